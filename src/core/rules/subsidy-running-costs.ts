/**
 * subsidy-running-costs: a project flagged eligible for a program that funds start-up costs only (デジ田),
 * whose cost includes multi-year running costs: the eligible amount needs checking (交付対象額を要確認).
 */
import type { IssueDraft, Rule } from './rule';

export const subsidyRunningCosts: Rule = {
  id: 'subsidy-running-costs',
  severity: 'warning',
  *check(ctx): Generator<IssueDraft> {
    const startUpOnly = new Map(ctx.options.subsidyPrograms.map((p) => [p.id, p.startUpCostsOnly]));
    for (let i = 0; i < ctx.projects.length; i++) {
      const p = ctx.projects[i];
      if (p.subsidies.length === 0 || (!p.cost.includesRunningCosts && !p.cost.multiYear)) continue;
      const done = new Set<string>();
      for (let j = 0; j < p.subsidies.length; j++) {
        const flag = p.subsidies[j];
        if (!flag.eligible || !startUpOnly.get(flag.program) || done.has(flag.program)) continue;
        done.add(flag.program);
        const cell = p.cost.cell ?? flag.cell;
        yield p.cost.multiYear
          ? {
              cell,
              row: p.row,
              messageKey: 'rule.subsidy-running-costs.multi-year',
              params: { program: flag.name, months: p.cost.multiYear.months },
            }
          : { cell, row: p.row, messageKey: 'rule.subsidy-running-costs', params: { program: flag.name } };
      }
    }
  },
};
