/**
 * The date grammar: every parser runs over a clause of normalised text, then the refiners settle
 * overlaps, read qualifiers (上旬, 末, 中), join ranges, read anchors (以降, まで, 現在) and give each
 * span its year. The result is the clause's dates as spans (see `readClause`).
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
  resetSpans,
  truncate,
  type ParseOptions,
  type PartialDate,
  type Refiner,
  type Span,
} from './types';

export type { YearCarry } from './refiners/years';

/** A date that cannot exist (2月30日, 13月, 令和7年2月29日). */
export interface ImpossibleDate {
  readonly text: string;
  readonly reason: 'month' | 'day';
}

const REFINERS: readonly Refiner[] = [overlapRefiner, qualifierRefiner, rangeRefiner, anchorRefiner];

const NO_SPANS: readonly Span[] = Object.freeze([]);
/** The spans of the clause being read (refined in place): one list, as the spans are (see makeSpan). */
const SPANS: Span[] = [];
const NO_IMPOSSIBLE: readonly ImpossibleDate[] = Object.freeze([]);

/** The dates of one clause as spans (see `readClause`). */
export interface ClauseSpans {
  /** Spans of possible dates, years resolved, in order of position (reused by the next clause). */
  readonly spans: readonly Span[];
  /** Dates that cannot exist: impossible months first, then impossible days. */
  readonly impossible: readonly ImpossibleDate[];
  /** The year carry for the next clause of the same sentence. */
  readonly carry: YearCarry;
}

/** The one answer `readClause` fills in (valid until its next call; parsing is synchronous). */
const found: { spans: readonly Span[]; impossible: readonly ImpossibleDate[]; carry: YearCarry } = {
  spans: NO_SPANS,
  impossible: NO_IMPOSSIBLE,
  carry: null,
};

/** Day of a partial date whose year is known, 0 (the last day) read as the month's last day. */
function dayOf(p: PartialDate): number {
  return p.d === 0 ? daysInMonth(p.y as number, p.m) : p.d;
}

/** ISO start of a span read by `readClause`. */
export function spanStart(s: Span): string {
  return iso(s.start.y as number, s.start.m, dayOf(s.start));
}

/** ISO end of a span read by `readClause`: null when start-anchored (open-ended). */
export function spanFinish(s: Span): string | null {
  return s.anchor === 'from' ? null : iso(s.finish.y as number, s.finish.m, dayOf(s.finish));
}

/**
 * Finds the dates in one clause of normalised text (normalizeText + normalizeDashes) as spans. The
 * answer, its list and its spans are shared: valid until the next call.
 */
export function readClause(text: string, options: ParseOptions, carry: YearCarry = null): ClauseSpans {
  found.spans = NO_SPANS;
  found.impossible = NO_IMPOSSIBLE;
  found.carry = carry;
  const marks = clauseMarks(text);
  if ((marks & MAY_HOLD_DATE_MARKS) === 0) return found;
  resetSpans();
  // One list for every clause (see `found`); most clauses hold no span.
  let spans: Span[] = SPANS;
  truncate(spans, 0);
  for (let p = 0; p < parsers.length; p++) {
    const parser = parsers[p];
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
      if (span) spans.push(span);
    }
  }
  if (spans.length === 0) return found;
  for (let r = 0; r < REFINERS.length; r++) spans = REFINERS[r].refine(text, spans, options);

  // The refiners' list is this clause's own: the spans of an impossible month are dropped in place.
  let impossible: ImpossibleDate[] | null = null;
  let n = 0;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.impossible === 'month')
      (impossible ??= []).push({ text: text.slice(s.index, s.end), reason: 'month' });
    else spans[n++] = s;
  }
  truncate(spans, n);
  found.carry = resolveYears(spans, options.fiscalYear, carry);

  n = 0;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (
      s.impossible ||
      dayOf(s.start) > daysInMonth(s.start.y as number, s.start.m) ||
      dayOf(s.finish) > daysInMonth(s.finish.y as number, s.finish.m)
    ) {
      (impossible ??= []).push({ text: text.slice(s.index, s.end), reason: 'day' });
    } else spans[n++] = s;
  }
  truncate(spans, n);
  if (n > 0) found.spans = spans;
  if (impossible !== null) found.impossible = impossible;
  return found;
}
