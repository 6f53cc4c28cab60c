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
      // The first part over the whole, and the sum of the parts, in one indexed pass (no closures).
      const parts = p.cost.parts;
      let over: number | null = null;
      let sum = 0;
      for (let j = 0; j < parts.length; j++) {
        if (over === null && parts[j].amount > whole) over = parts[j].amount;
        sum += parts[j].amount;
      }
      if (over !== null) {
        yield {
          cell,
          row: p.row,
          messageKey: 'rule.part-exceeds-whole',
          params: { part: over, whole },
        };
        continue;
      }
      if (sum > whole) {
        yield { cell, row: p.row, messageKey: 'rule.part-exceeds-whole.sum', params: { part: sum, whole } };
      }
    }
  },
};
