/** formula-error: a cell of a table (header and data rows) holding an Excel error (#REF!, #VALUE!, #N/A…). */
import { a1, cellAt } from '../grid';
import type { Cell } from '../grid';
import type { IssueDraft, Rule } from './rule';

/** Error values Excel shows in a cell. */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#PYTHON!',
]);

/** The error a cell shows, or null. */
export function formulaErrorOf(cell: Cell): string | null {
  if (cell.error) return cell.error;
  if (typeof cell.value === 'string') {
    const v = cell.value.trim().toUpperCase();
    if (EXCEL_ERRORS.has(v)) return v;
  }
  return null;
}

export const formulaError: Rule = {
  id: 'formula-error',
  severity: 'error',
  *check(ctx): Generator<IssueDraft> {
    for (const table of ctx.tables) {
      const cols = Object.values(table.columns).map((c) => c.col);
      if (cols.length === 0) continue;
      const left = Math.min(...cols);
      const right = Math.max(...cols);
      const last = Math.max(table.lastRow, table.headerRow);
      for (let row = table.headerRow; row <= last; row++) {
        for (let col = left; col <= right; col++) {
          const error = formulaErrorOf(cellAt(ctx.grid, row, col));
          if (error)
            yield {
              cell: a1(row, col),
              row: row + 1,
              messageKey: 'rule.formula-error',
              params: { value: error },
            };
        }
      }
    }
  },
};
