/**
 * Gives every span its year. A written year stands. A month without one follows the last written year
 * of the same sentence (令和7年1月から…、4月から… → 2025-04), rolling over when the month goes back;
 * otherwise the fiscal year decides: April–December → its start year, January–March → the next.
 * The end of a range follows its start (11月~1月 → the next January). Runs once per sentence, across
 * its clauses, through `YearCarry`.
 */
import { partialDate, type PartialDate, type Span } from '../types';

/** The last dated anchor of the sentence: a month of a known year, or an explicit fiscal year. */
export type YearCarry = { kind: 'month'; y: number; m: number } | { kind: 'fiscal'; fy: number } | null;

function byFiscalYear(fy: number, m: number): number {
  return m >= 4 ? fy : fy + 1;
}

function before(a: PartialDate, b: PartialDate): boolean {
  const ad = a.d === 0 ? 32 : a.d;
  const bd = b.d === 0 ? 32 : b.d;
  return a.m < b.m || (a.m === b.m && ad < bd);
}

/** Resolves the years of the spans in place and returns the carry for the next clause. */
export function resolveYears(spans: readonly Span[], fiscalYear: number, carry: YearCarry): YearCarry {
  let c = carry;
  for (const span of spans) {
    if (span.start.y === null) {
      const m = span.start.m;
      let y: number;
      if (c?.kind === 'month') y = m < c.m ? c.y + 1 : c.y;
      else if (c?.kind === 'fiscal') y = byFiscalYear(c.fy, m);
      else y = byFiscalYear(fiscalYear, m);
      span.start = partialDate(y, m, span.start.d);
      if (c) c = { kind: 'month', y, m };
    } else if (span.explicitYear) {
      c =
        span.granularity === 'fiscal'
          ? { kind: 'fiscal', fy: span.start.m >= 4 ? span.start.y : span.start.y - 1 }
          : { kind: 'month', y: span.start.y, m: span.start.m };
    }
    if (span.finish.y === null) {
      const y = span.start.y as number;
      const f = span.finish;
      span.finish = partialDate(before(f, span.start) ? y + 1 : y, f.m, f.d);
    }
    if (
      span.explicitYear &&
      span.finish.y !== null &&
      span.granularity !== 'fiscal' &&
      span.granularity !== 'year'
    ) {
      c = { kind: 'month', y: span.finish.y, m: span.finish.m };
    }
  }
  return c;
}
