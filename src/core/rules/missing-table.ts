/** missing-table: no header row of a project table was found on the sheet. */
import type { IssueDraft, Rule } from './rule';

export const missingTable: Rule = {
  id: 'missing-table',
  severity: 'error',
  *check(ctx): Generator<IssueDraft> {
    if (ctx.tables.length === 0) yield { cell: null, row: null, messageKey: 'rule.missing-table' };
  },
};
