/** subsidy-rate-unknown: a project flagged eligible for a program whose grant rate is not known. */
import type { SubsidyFlag } from '../model';
import type { IssueDraft, Rule } from './rule';

/**
 * Whether flag j's program is already covered: another eligible flag of it has a rate, or an earlier one
 * without a rate was reported (a project has a flag or two: no sets built).
 */
function namedBefore(flags: readonly SubsidyFlag[], j: number): boolean {
  const program = flags[j].program;
  for (let k = 0; k < flags.length; k++) {
    const f = flags[k];
    if (k === j || f.program !== program || !f.eligible) continue;
    if (f.rate !== null || k < j) return true;
  }
  return false;
}

export const subsidyRateUnknown: Rule = {
  id: 'subsidy-rate-unknown',
  severity: 'info',
  *check(ctx): Generator<IssueDraft> {
    for (let i = 0; i < ctx.projects.length; i++) {
      const p = ctx.projects[i];
      if (p.subsidies.length === 0) continue;
      const flags = p.subsidies;
      for (let j = 0; j < flags.length; j++) {
        const flag = flags[j];
        if (!flag.eligible || flag.rate !== null || namedBefore(flags, j)) continue;
        yield {
          cell: flag.cell,
          row: p.row,
          messageKey: 'rule.subsidy-rate-unknown',
          params: { program: flag.name },
        };
      }
    }
  },
};
