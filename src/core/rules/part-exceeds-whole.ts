/** part-exceeds-whole: a stated sub-amount (うち…) larger than the whole cost, or parts adding up to more. */
import type { IssueDraft, Rule } from './rule';

export const partExceedsWhole: Rule = {
  id: 'part-exceeds-whole',
  severity: 'error',
  *check(ctx): Generator<IssueDraft> {
    for (let i = 0; i < ctx.projects.length; i++) {
      const p = ctx.projects[i];
      const whole = p.cost.amount;
      if (whole === null || p.cost.parts.length === 0) continue;
      const cell = p.cost.cell ?? p.cells.cost ?? null;
      const over = p.cost.parts.find((part) => part.amount > whole);
      if (over) {
        yield {
          cell,
          row: p.row,
          messageKey: 'rule.part-exceeds-whole',
          params: { part: over.amount, whole },
        };
        continue;
      }
      const sum = p.cost.parts.reduce((s, part) => s + part.amount, 0);
      if (sum > whole) {
        yield { cell, row: p.row, messageKey: 'rule.part-exceeds-whole.sum', params: { part: sum, whole } };
      }
    }
  },
};
