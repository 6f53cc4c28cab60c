/** subsidy-rate-unknown: a project flagged eligible for a program whose grant rate is not known. */
import type { IssueDraft, Rule } from './rule';

export const subsidyRateUnknown: Rule = {
  id: 'subsidy-rate-unknown',
  severity: 'info',
  *check(ctx): Generator<IssueDraft> {
    for (let i = 0; i < ctx.projects.length; i++) {
      const p = ctx.projects[i];
      if (p.subsidies.length === 0) continue;
      const rated = new Set(p.subsidies.filter((f) => f.eligible && f.rate !== null).map((f) => f.program));
      const done = new Set<string>();
      for (let j = 0; j < p.subsidies.length; j++) {
        const flag = p.subsidies[j];
        if (!flag.eligible || flag.rate !== null || rated.has(flag.program) || done.has(flag.program))
          continue;
        done.add(flag.program);
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
