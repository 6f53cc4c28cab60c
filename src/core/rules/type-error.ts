/** type-error: the No. cell holds something other than a whole number (formula errors are left to formula-error). */
import { EXCEL_ERRORS } from './formula-error';
import type { IssueDraft, Rule } from './rule';

export const typeError: Rule = {
  id: 'type-error',
  severity: 'error',
  *check(ctx): Generator<IssueDraft> {
    for (let i = 0; i < ctx.projects.length; i++) {
      const p = ctx.projects[i];
      const text = p.texts.no;
      if (p.no === null && text && p.cells.no && !EXCEL_ERRORS.has(text.toUpperCase())) {
        yield { cell: p.cells.no, row: p.row, messageKey: 'rule.type-error', params: { value: text } };
      }
    }
  },
};
