/**
 * ignored-columns: a header row goes on with the same labels again (a second table beside the first);
 * only the left table is read, so say that the right one is not checked.
 */
import { a1, columnLetters } from '../grid';
import type { IssueDraft, Rule } from './rule';

export const ignoredColumns: Rule = {
  id: 'ignored-columns',
  severity: 'warning',
  *check(ctx): Generator<IssueDraft> {
    const seen = new Set<number>();
    for (const table of ctx.tables) {
      const cols = table.ignoredColumns;
      // Sections under one header share it: one issue per header row.
      if (!cols?.length || seen.has(table.headerRow)) continue;
      seen.add(table.headerRow);
      const first = Math.min(...cols);
      yield {
        cell: a1(table.headerRow, first),
        row: table.headerRow + 1,
        messageKey: 'rule.ignored-columns',
        params: { column: columnLetters(first) },
      };
    }
  },
};
