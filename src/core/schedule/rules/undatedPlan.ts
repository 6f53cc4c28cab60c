/** undated-plan (info): a project whose plan text holds no date at all (not even 来年度 or 年度末). */
import type { Rule } from '../../rules/rule';
import { effectiveFiscalYear, scanText } from '../milestones';

function hasDate(text: string, fiscalYear: number): boolean {
  let found = false;
  scanText(text, fiscalYear, (_c, _n, mentions) => {
    if (mentions.some((m) => !m.stamp)) found = true;
  });
  return found;
}

export const undatedPlanRule: Rule = {
  id: 'undated-plan',
  severity: 'info',
  *check(ctx) {
    const fy = effectiveFiscalYear(ctx.options.fiscalYear, ctx.options.asOf);
    for (const project of ctx.projects) {
      const text = project.texts.plan;
      const cell = project.cells.plan;
      if (!text || !cell || hasDate(text, fy)) continue;
      yield { cell, row: project.row, messageKey: 'rule.undated-plan', params: { cell } };
    }
  },
};
