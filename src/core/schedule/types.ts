/**
 * The date grammar's working types. A parser finds candidate spans in one clause of normalised text;
 * refiners then join, anchor, date and check them (as chrono-node organises its parsers and refiners).
 */

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
  readonly parser: string;
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
  /** Turns a match into a span, or null when the match is not a date after all. */
  extract(match: RegExpExecArray, options: ParseOptions): Span | null;
}

export interface Refiner {
  readonly name: string;
  /** Spans sorted by position, after the refiners before this one. */
  refine(text: string, spans: Span[], options: ParseOptions): Span[];
}

/** A new span with the defaults most parsers want. */
export function makeSpan(
  parser: string,
  match: RegExpExecArray,
  start: PartialDate,
  finish: PartialDate,
  granularity: Span['granularity'],
  explicitYear: boolean,
): Span {
  return {
    index: match.index,
    end: match.index + match[0].length,
    parser,
    start,
    finish,
    granularity,
    explicitYear,
    dayOnly: false,
    anchor: 'point',
    stamp: false,
    impossible: null,
  };
}
