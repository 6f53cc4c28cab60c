/**
 * The date grammar's working types. A parser finds candidate spans in one clause of normalised text;
 * refiners then join, anchor, date and check them (as chrono-node organises its parsers and refiners).
 */

import { isSpaceCode } from '../text/space';

/** A calendar date whose year may still be unknown. `d` 0 means "the last day of the month". */
export interface PartialDate {
  y: number | null;
  m: number;
  d: number;
}

export type SpanAnchor =
  /** A date or a period (12月12日, 12月中, R6年度中). */
  | 'point'
  /** Start-anchored, open-ended (7年2月より, R8年度以降). */
  | 'from'
  /** A deadline (12月末までに). */
  | 'until'
  /** A closed range (10/30~11/3, 11月~12月にかけて). */
  | 'range';

export interface Span {
  /** Offsets in the normalised clause (end exclusive). */
  index: number;
  end: number;
  /** Which parser found it. */
  parser: string;
  start: PartialDate;
  /** Inclusive end of the period. */
  finish: PartialDate;
  /** 'day' | 'month' | 'year' | 'fiscal': how fine the expression is. */
  granularity: 'day' | 'month' | 'year' | 'fiscal';
  /** The year was written (令和7年, 2025年, R7年度), not inferred. */
  explicitYear: boolean;
  /** A day without its month (the 15日 of 12月1日~15日): only kept as the end of a range. */
  dayOnly: boolean;
  anchor: SpanAnchor;
  /** An as-of stamp (9月30日現在, 9月末時点): not a milestone. */
  stamp: boolean;
  /** Why the date cannot exist (13月, 2月30日); null when it can. */
  impossible: string | null;
}

/** What parsers and refiners know about the document. */
export interface ParseOptions {
  /** Western start year of the fiscal year the text belongs to. */
  readonly fiscalYear: number;
}

export interface Parser {
  readonly name: string;
  /** One precompiled global regular expression; reset before each clause. */
  readonly pattern: RegExp;
  /**
   * A cheap test of the clause's MARK bits: false when the pattern cannot yield a date in it, because
   * a character every date of this parser holds is missing. Absent: always run the pattern.
   */
  readonly mayMatch?: (marks: number) => boolean;
  /** Turns a match into a span, or null when the match is not a date after all. */
  extract(match: RegExpExecArray, options: ParseOptions): Span | null;
}

export interface Refiner {
  readonly name: string;
  /**
   * Spans sorted by position, after the refiners before this one. The list and its spans are the
   * clause's own (each span's start and finish too): a refiner may change them in place.
   */
  refine(text: string, spans: Span[], options: ParseOptions): Span[];
}

/**
 * Characters a clause holds, as bits (see `clauseMarks`): a parser whose every date holds 年 and 月
 * need not run on a clause without them.
 */
export const MARK = {
  year: 1, // 年
  month: 2, // 月
  day: 4, // 日
  dot: 8, // .
  slash: 16, // /
  dash: 32, // -
  term: 64, // 期
  nendo: 128, // 年度
  eraLetter: 256, // R or H
  digit: 512, // 0-9
  gen: 1024, // 元
  degree: 2048, // 度
} as const;

/** A clause without any of these holds no date for any parser. */
export const MAY_HOLD_DATE_MARKS = MARK.digit | MARK.gen | MARK.year | MARK.degree | MARK.term;

/** The MARK bits of a clause of normalised text, in one pass over it. */
export function clauseMarks(text: string): number {
  let marks = 0;
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    switch (c) {
      case 0x5e74: // 年
        marks |= MARK.year;
        break;
      case 0x6708: // 月
        marks |= MARK.month;
        break;
      case 0x65e5: // 日
        marks |= MARK.day;
        break;
      case 0x2e: // .
        marks |= MARK.dot;
        break;
      case 0x2f: // /
        marks |= MARK.slash;
        break;
      case 0x2d: // -
        marks |= MARK.dash;
        break;
      case 0x671f: // 期
        marks |= MARK.term;
        break;
      case 0x5ea6: // 度
        marks |= MARK.degree;
        if (previous === 0x5e74) marks |= MARK.nendo;
        break;
      case 0x5143: // 元
        marks |= MARK.gen;
        break;
      case 0x52: // R
      case 0x48: // H
        marks |= MARK.eraLetter;
        break;
      default:
        if (c >= 0x30 && c <= 0x39) marks |= MARK.digit;
    }
    previous = c;
  }
  return marks;
}

/**
 * Spans are scratch objects of the clause being read: `readClause` turns each into a mention or a
 * milestone (copying what it needs) before it reads the next clause, so the spans (and their dates)
 * are reused clause after clause instead of being made for every date found. `resetSpans` starts a
 * clause; past POOL_SIZE spans in one clause (or without a reset), new ones are made.
 */
const POOL_SIZE = 64;
const pool: Span[] = [];
let pooled = 0;

/** Called at the start of each clause: the spans of the previous one may be reused. */
export function resetSpans(): void {
  pooled = 0;
}

function blankSpan(): Span {
  return {
    index: 0,
    end: 0,
    parser: '',
    start: { y: null, m: 0, d: 0 },
    finish: { y: null, m: 0, d: 0 },
    granularity: 'day',
    explicitYear: false,
    dayOnly: false,
    anchor: 'point',
    stamp: false,
    impossible: null,
  };
}

/**
 * A span over the match with the defaults most parsers want; its start and finish (its own objects)
 * are set by the parser with `setDate`.
 */
export function makeSpan(
  parser: string,
  match: RegExpExecArray,
  granularity: Span['granularity'],
  explicitYear: boolean,
): Span {
  let span: Span;
  if (pooled < POOL_SIZE) {
    if (pooled === pool.length) pool.push(blankSpan());
    span = pool[pooled++];
  } else span = blankSpan();
  span.index = match.index;
  span.end = match.index + match[0].length;
  span.parser = parser;
  span.granularity = granularity;
  span.explicitYear = explicitYear;
  span.dayOnly = false;
  span.anchor = 'point';
  span.stamp = false;
  span.impossible = null;
  return span;
}

/**
 * Shortens a reused list to n. Popped, not cut by setting its length: a shorter length makes V8 drop
 * or trim the list's storage, and the next use of the list would allocate it again.
 */
export function truncate<T>(list: T[], n: number): void {
  while (list.length > n) list.pop();
}

/** Sets a span's date. */
export function setDate(p: PartialDate, y: number | null, m: number, d: number): void {
  p.y = y;
  p.m = m;
  p.d = d;
}

/** The UTF-16 code units of `chars`, for `mayStartAt`. */
export function codeSet(chars: string): ReadonlySet<number> {
  const set = new Set<number>();
  for (let i = 0; i < chars.length; i++) set.add(chars.charCodeAt(i));
  return set;
}

/**
 * Whether a sticky pattern /\s*(?:word|…)/y may match at `at`: the character there is white space or
 * the first character of one of its words (`firsts`). False lets a refiner skip the pattern.
 */
export function mayStartAt(text: string, at: number, firsts: ReadonlySet<number>): boolean {
  const c = text.charCodeAt(at);
  return firsts.has(c) || isSpaceCode(c);
}
