/**
 * The sheet's fiscal year and date, from its title and date lines (令和6年度, 令和6年11月8日) and its
 * column labels (R6前期実施状況, R6後期→R7実施予定).
 */
import { cellAt, cellText, columnCount, type Grid } from '../grid';
import type { TableSection } from '../model';
import { normalizeText } from '../text/normalize';
import { fiscalYearOf, iso, parseIso, westernYear } from './dates';
import { checkMonthDay } from './parsers/validate';

const TITLE_FISCAL_YEAR = /(?:(令和|平成|(?<![A-Za-z])[RH])\s*(\d{1,2}|元)|(?<!\d)(\d{4}))\s*年度(?!\s*以降)/;
const LABEL_FISCAL_YEAR =
  /(?:(令和|平成|(?<![A-Za-z])[RH])\s*(\d{1,2}|元))\s*(?:年度)?\s*(?:前期|後期|上半期|下半期|実施|予定|~|→|$)/;
const FULL_DATE =
  /(?:(令和|平成|西暦|(?<![A-Za-z])[RH])\s*)?(?<![\d.,/])(\d{4}|\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** Texts of the rows above the first table's header (all rows when there is no table), first 30 at most. */
function titleTexts(grid: Grid, tables: readonly TableSection[]): string[] {
  const firstHeader = tables.length
    ? Math.min(...tables.map((t) => t.headerRow))
    : grid.top + grid.rows.length;
  const last = Math.min(firstHeader, grid.top + 30);
  const width = columnCount(grid);
  const out: string[] = [];
  for (let r = grid.top; r < last; r++) {
    for (let c = grid.left; c < grid.left + width; c++) {
      const cell = cellAt(grid, r, c);
      if (cell.date) out.push(cell.date);
      const text = cellText(cell);
      if (text) out.push(normalizeText(text));
    }
  }
  return out;
}

function fiscalYearInTitle(texts: readonly string[]): number | null {
  for (const text of texts) {
    const m = TITLE_FISCAL_YEAR.exec(text);
    if (!m) continue;
    const fy = m[1] ? westernYear(m[1], m[2]) : westernYear(undefined, m[3]);
    if (fy !== null) return fy;
  }
  return null;
}

function fiscalYearInLabels(tables: readonly TableSection[]): number | null {
  for (const table of tables) {
    for (const key of ['status', 'plan'] as const) {
      const label = table.columns[key]?.label;
      if (!label) continue;
      const m = LABEL_FISCAL_YEAR.exec(normalizeText(label));
      const fy = m ? westernYear(m[1], m[2]) : null;
      if (fy !== null) return fy;
    }
  }
  return null;
}

function dateIn(texts: readonly string[]): string | null {
  for (const text of texts) {
    if (parseIso(text)) return text;
    const m = FULL_DATE.exec(text);
    if (!m) continue;
    const y = westernYear(m[1], m[2]);
    const mo = Number(m[3]);
    const d = Number(m[4]);
    if (y === null || checkMonthDay(mo, d)) continue;
    const date = iso(y, mo, d);
    if (parseIso(date)) return date;
  }
  return null;
}

/** The date the sheet was written (its date line above the tables), or null. */
export function inferSheetDateFrom(grid: Grid, tables: readonly TableSection[]): string | null {
  return dateIn(titleTexts(grid, tables));
}

/** Western start year of the sheet's fiscal year: title 年度, then column labels, then the date line. */
export function inferFiscalYearFrom(grid: Grid, tables: readonly TableSection[]): number | null {
  const texts = titleTexts(grid, tables);
  const fromTitle = fiscalYearInTitle(texts);
  if (fromTitle !== null) return fromTitle;
  const fromLabels = fiscalYearInLabels(tables);
  if (fromLabels !== null) return fromLabels;
  const date = dateIn(texts);
  return date ? fiscalYearOf(date) : null;
}
