/** Reads a project's milestones (and impossible dates) from its text cells. */
import type { ColumnKey, Milestone } from '../model';
import { normalizeDashes, normalizeText } from '../text/normalize';
import { splitSentences } from './clauses';
import { fiscalYearOf } from './dates';
import { parseClause, type DateMention, type ImpossibleDate, type YearCarry } from './parse';
import { clauseStatus } from './status';

/** Columns milestones are read from: what was done, and what is planned (not the overview). */
export const MILESTONE_COLUMNS: readonly ColumnKey[] = ['status', 'plan'];

export interface MilestoneOptions {
  readonly fiscalYear: number | null;
  readonly asOf: string;
  /** The date the sheet was written (令和6年11月8日), when known. */
  readonly sheetDate?: string | null;
}

/** Text that may hold a date before normalisation (ASCII, full-width and enclosed digits, 元, 年, 度, 期). */
const MAY_HOLD_DATE = /[0-9\uFF10-\uFF19\u2460-\u24FF\u3251-\u32BF元年度期]/;

/**
 * Calls `visit` for each clause of the text that may hold a date, with its dates (years carried
 * within a sentence).
 */
export function scanText(
  text: string,
  fiscalYear: number,
  visit: (clause: string, normalized: string, mentions: DateMention[], impossible: ImpossibleDate[]) => void,
): void {
  if (!MAY_HOLD_DATE.test(text)) return;
  for (const sentence of splitSentences(text)) {
    let carry: YearCarry = null;
    for (const clause of sentence) {
      const normalized = normalizeDashes(normalizeText(clause));
      const found = parseClause(normalized, { fiscalYear }, carry);
      carry = found.carry;
      visit(clause, normalized, found.mentions, found.impossible);
    }
  }
}

/** The fiscal year to read dates in: the sheet's, else the one containing the as-of date. */
export function effectiveFiscalYear(fiscalYear: number | null, asOf: string): number {
  return fiscalYear ?? fiscalYearOf(asOf);
}

/** Milestones of one cell's text. */
export function milestonesOfText(
  cell: string,
  column: ColumnKey,
  text: string,
  options: MilestoneOptions,
): Milestone[] {
  const out: Milestone[] = [];
  const fy = effectiveFiscalYear(options.fiscalYear, options.asOf);
  const sheetDate = options.sheetDate ?? null;
  scanText(text, fy, (clause, normalized, mentions) => {
    for (const m of mentions) {
      if (m.stamp) continue;
      const decided = clauseStatus(normalized, column, m.due, sheetDate);
      const overdue = decided.status === 'planned' && m.due < options.asOf;
      out.push({
        cell,
        text: clause,
        start: m.start,
        end: m.finish,
        due: m.due,
        status: overdue ? 'overdue' : decided.status,
        reason: decided.reason,
      });
    }
  });
  return out;
}

/** Dates in the text that cannot exist (2月30日, 13月), as written after normalisation. */
export function findImpossibleDates(text: string, fiscalYear: number): ImpossibleDate[] {
  const out: ImpossibleDate[] = [];
  scanText(text, fiscalYear, (_clause, _normalized, _mentions, impossible) => {
    out.push(...impossible);
  });
  return out;
}
