/** formula-error: a cell of a table (header and data rows) holding an Excel error (#REF!, #VALUE!, #N/A…). */
import { a1, cellAt } from '../grid';
import type { Cell } from '../grid';
import type { IssueDraft, Rule } from './rule';
import { isSpaceCode } from '../text/space';

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

/** Whether the code unit may be white space String#trim removes (a superset: every control character). */
function mayBeSpace(c: number): boolean {
  return c <= 0x20 || isSpaceCode(c);
}

/** The error a cell shows, or null. */
export function formulaErrorOf(cell: Cell): string | null {
  if (cell.error) return cell.error;
  const raw = cell.value;
  if (typeof raw === 'string' && raw.length > 0) {
    // Every error value starts with '#': text that starts with anything else but white space is none,
    // and is passed over without a trimmed, upper-cased copy.
    const c0 = raw.charCodeAt(0);
    if (c0 !== 0x23 && !mayBeSpace(c0)) return null;
    const v = raw.trim().toUpperCase();
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
