/** unreadable-amount: a cost that looks like an amount but cannot be read exactly (negative: warning). */
import type { IssueDraft, Rule } from './rule';

export const unreadableAmount: Rule = {
  id: 'unreadable-amount',
  severity: 'error',
  *check(ctx): Generator<IssueDraft> {
    for (let i = 0; i < ctx.projects.length; i++) {
      const p = ctx.projects[i];
      const { problem, cell, text } = p.cost;
      if (!problem) continue;
      yield {
        cell: cell ?? p.cells.cost ?? null,
        row: p.row,
        severity: problem === 'negative' ? 'warning' : 'error',
        messageKey: problem === 'unreadable' ? 'rule.unreadable-amount' : `rule.unreadable-amount.${problem}`,
        params: { value: text },
      };
    }
  },
};
