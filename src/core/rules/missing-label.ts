/** missing-label: a header row lacks a required column (name, department, cost). */
import { a1 } from '../grid';
import type { ColumnKey } from '../model';
import type { IssueDraft, Rule } from './rule';

export const REQUIRED_COLUMNS: readonly ColumnKey[] = ['name', 'department', 'cost'];

export const missingLabel: Rule = {
  id: 'missing-label',
  severity: 'error',
  *check(ctx): Generator<IssueDraft> {
    for (const table of ctx.tables) {
      const cols = Object.values(table.columns).map((c) => c.col);
      const first = cols.length ? Math.min(...cols) : ctx.grid.left;
      for (const key of REQUIRED_COLUMNS) {
        if (table.columns[key]) continue;
        yield {
          cell: a1(table.headerRow, first),
          row: table.headerRow + 1,
          messageKey: `rule.missing-label.${key}`,
        };
      }
    }
  },
};
