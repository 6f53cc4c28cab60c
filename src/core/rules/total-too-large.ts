/**
 * total-too-large: a cost that would push a total (the sheet's, a department's, a section's, a
 * program's) past Number.MAX_SAFE_INTEGER yen is left out of the totals (src/core/totals.ts); this rule
 * names each such cell, so the totals are never silently short or inexact.
 */
import { sumTotals } from '../totals';
import type { IssueDraft, Rule } from './rule';

export const totalTooLarge: Rule = {
  id: 'total-too-large',
  severity: 'error',
  *check(ctx): Generator<IssueDraft> {
    const { excluded } = ctx.totals ?? sumTotals(ctx.projects, ctx.options.subsidyPrograms);
    for (const p of excluded) {
      yield {
        cell: p.cost.cell,
        row: p.row,
        messageKey: 'rule.total-too-large',
        params: { value: p.cost.text, name: p.name },
      };
    }
  },
};
