/**
 * The date grammar: every parser runs over a clause of normalised text, then the refiners settle
 * overlaps, read qualifiers (上旬, 末, 中), join ranges, read anchors (以降, まで, 現在) and give each
 * span its year. The result is a list of dated mentions in the clause.
 */
import { daysInMonth, iso } from './dates';
import { parsers } from './parsers';
import { anchorRefiner } from './refiners/anchor';
import { overlapRefiner } from './refiners/overlap';
import { qualifierRefiner } from './refiners/qualifier';
import { rangeRefiner } from './refiners/range';
import { resolveYears, type YearCarry } from './refiners/years';
import {
  clauseMarks,
  MAY_HOLD_DATE_MARKS,
  partialDate,
  type ParseOptions,
  type PartialDate,
  type Refiner,
  type Span,
  type SpanAnchor,
} from './types';

export type { YearCarry } from './refiners/years';

/** A date expression found in a clause. */
export interface DateMention {
  /** Offsets in the normalised clause (end exclusive) and the words as normalised. */
  readonly index: number;
  readonly end: number;
  readonly text: string;
  readonly anchor: SpanAnchor;
  readonly granularity: Span['granularity'];
  /** Inclusive ISO dates; end null when start-anchored (open-ended). */
  readonly start: string;
  readonly finish: string | null;
  /** End of the period, the deadline, or the start of a start-anchored one. */
  readonly due: string;
  /** An as-of stamp (9月30日現在): not a milestone. */
  readonly stamp: boolean;
}

/** A date that cannot exist (2月30日, 13月, 令和7年2月29日). */
export interface ImpossibleDate {
  readonly text: string;
  readonly reason: 'month' | 'day';
}

export interface ClauseDates {
  readonly mentions: readonly DateMention[];
  readonly impossible: readonly ImpossibleDate[];
  /** The year carry for the next clause of the same sentence. */
  readonly carry: YearCarry;
}

const REFINERS: readonly Refiner[] = [overlapRefiner, qualifierRefiner, rangeRefiner, anchorRefiner];

function finalDay(p: PartialDate): PartialDate {
  return p.d === 0 ? partialDate(p.y, p.m, daysInMonth(p.y as number, p.m)) : p;
}

function isoOf(p: PartialDate): string {
  return iso(p.y as number, p.m, p.d);
}

/** What a clause without dates gives (and the carry it leaves as it was), by carry. */
const NONE: readonly DateMention[] = Object.freeze([]);
const NO_IMPOSSIBLE: readonly ImpossibleDate[] = Object.freeze([]);
const NO_DATES: ClauseDates = Object.freeze({ mentions: NONE, impossible: NO_IMPOSSIBLE, carry: null });

function noDates(carry: YearCarry): ClauseDates {
  return carry === null ? NO_DATES : { mentions: NONE, impossible: NO_IMPOSSIBLE, carry };
}

/** Finds the date expressions in one clause of normalised text (normalizeText + normalizeDashes). */
export function parseClause(text: string, options: ParseOptions, carry: YearCarry = null): ClauseDates {
  const marks = clauseMarks(text);
  if ((marks & MAY_HOLD_DATE_MARKS) === 0) return noDates(carry);
  // Allocated at the first span: most clauses hold none.
  let spans: Span[] | null = null;
  for (const parser of parsers) {
    if (parser.mayMatch && !parser.mayMatch(marks)) continue;
    const re = parser.pattern;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const span = parser.extract(m, options);
      if (span) (spans ??= []).push(span);
    }
  }
  if (spans === null) return noDates(carry);
  for (const refiner of REFINERS) spans = refiner.refine(text, spans, options);

  const impossible: ImpossibleDate[] = [];
  // The spans but those of an impossible month (the same array when there is none).
  let possible = spans;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.impossible === 'month') {
      if (possible === spans) possible = spans.slice(0, i);
      impossible.push({ text: text.slice(s.index, s.end), reason: 'month' });
    } else if (possible !== spans) possible.push(s);
  }
  const next = resolveYears(possible, options.fiscalYear, carry);

  const mentions: DateMention[] = [];
  for (const s of possible) {
    const start = finalDay(s.start);
    const finish = finalDay(s.finish);
    if (
      s.impossible ||
      start.d > daysInMonth(start.y as number, start.m) ||
      finish.d > daysInMonth(finish.y as number, finish.m)
    ) {
      impossible.push({ text: text.slice(s.index, s.end), reason: 'day' });
      continue;
    }
    const startIso = isoOf(start);
    const finishIso = s.anchor === 'from' ? null : isoOf(finish);
    mentions.push({
      index: s.index,
      end: s.end,
      text: text.slice(s.index, s.end),
      anchor: s.anchor,
      granularity: s.granularity,
      start: startIso,
      finish: finishIso,
      due: finishIso ?? startIso,
      stamp: s.stamp,
    });
  }
  return { mentions, impossible, carry: next };
}
