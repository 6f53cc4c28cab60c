/**
 * empty-table: a header row (or a section label inside a table) with no project row under it, so the
 * sheet says "0 projects" without saying why.
 */
import { a1, cellAt, cellText, isEmptyCell } from '../grid';
import type { Grid } from '../grid';
import type { TableSection } from '../model';
import type { IssueDraft, Rule } from './rule';

/** The leftmost non-empty cell of a sheet row (0-based), else `fallback`. */
function firstFilledCol(grid: Grid, row: number, fallback: number): number {
  const cells = grid.rows[row - grid.top] ?? [];
  for (let c = 0; c < cells.length; c++) if (!isEmptyCell(cells[c])) return grid.left + c;
  return fallback;
}

function leftmostColumn(table: TableSection, grid: Grid): number {
  const cols = Object.values(table.columns).map((c) => c.col);
  return cols.length ? Math.min(...cols) : grid.left;
}

export const emptyTable: Rule = {
  id: 'empty-table',
  severity: 'warning',
  *check(ctx): Generator<IssueDraft> {
    for (const table of ctx.tables) {
      if (table.lastRow >= table.firstRow) continue;
      // A section opened by a label row inside the table starts under that label, not under the header.
      const labelRow = table.firstRow - 1;
      const underHeader = labelRow === table.headerRow;
      const row = underHeader ? table.headerRow : labelRow;
      const col = firstFilledCol(ctx.grid, row, leftmostColumn(table, ctx.grid));
      if (underHeader) {
        yield { cell: a1(row, col), row: row + 1, messageKey: 'rule.empty-table' };
      } else {
        const title = table.title ?? cellText(cellAt(ctx.grid, row, col));
        yield { cell: a1(row, col), row: row + 1, messageKey: 'rule.empty-table.section', params: { title } };
      }
    }
  },
};
