/**
 * Gives every span its year. A written year stands. A month without one follows the last written year
 * of the same sentence (令和7年1月から…、4月から… → 2025-04), rolling over when the month goes back;
 * otherwise the fiscal year decides: April–December → its start year, January–March → the next.
 * The end of a range follows its start (11月~1月 → the next January). Runs once per sentence, across
 * its clauses, through `YearCarry`.
 */
import type { PartialDate, Span } from '../types';

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

/** The kinds of carry, while a clause is read (the YearCarry object is built once, at its end). */
const NO_CARRY = 0;
const MONTH = 1;
const FISCAL = 2;

/**
 * Resolves the years of the spans in place (each span's start and finish are its own objects) and
 * returns the carry for the next clause: `carry` itself when no span changed it.
 */
export function resolveYears(spans: readonly Span[], fiscalYear: number, carry: YearCarry): YearCarry {
  let kind = carry === null ? NO_CARRY : carry.kind === 'month' ? MONTH : FISCAL;
  let cy = carry !== null && carry.kind === 'month' ? carry.y : 0;
  let cm = carry !== null && carry.kind === 'month' ? carry.m : 0;
  let cfy = carry !== null && carry.kind === 'fiscal' ? carry.fy : 0;
  let changed = false;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    const start = span.start;
    let startYear: number;
    if (start.y === null) {
      const m = start.m;
      if (kind === MONTH) startYear = m < cm ? cy + 1 : cy;
      else startYear = byFiscalYear(kind === FISCAL ? cfy : fiscalYear, m);
      start.y = startYear;
      if (kind !== NO_CARRY) {
        kind = MONTH;
        cy = startYear;
        cm = m;
        changed = true;
      }
    } else {
      startYear = start.y;
      if (span.explicitYear) {
        if (span.granularity === 'fiscal') {
          kind = FISCAL;
          cfy = start.m >= 4 ? startYear : startYear - 1;
        } else {
          kind = MONTH;
          cy = startYear;
          cm = start.m;
        }
        changed = true;
      }
    }
    const finish = span.finish;
    if (finish.y === null) finish.y = before(finish, start) ? startYear + 1 : startYear;
    if (span.explicitYear && span.granularity !== 'fiscal' && span.granularity !== 'year') {
      kind = MONTH;
      cy = finish.y;
      cm = finish.m;
      changed = true;
    }
  }
  if (!changed) return carry;
  return kind === MONTH ? { kind: 'month', y: cy, m: cm } : { kind: 'fiscal', fy: cfy };
}
