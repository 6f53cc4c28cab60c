/** undated-plan (info): a project whose plan text holds no date at all (not even 来年度 or 年度末). */
import type { Rule } from '../../rules/rule';
import { effectiveFiscalYear, hasDateOf } from '../milestones';

export const undatedPlanRule: Rule = {
  id: 'undated-plan',
  severity: 'info',
  *check(ctx) {
    const fy = effectiveFiscalYear(ctx.options.fiscalYear, ctx.options.asOf);
    for (let i = 0; i < ctx.projects.length; i++) {
      const project = ctx.projects[i];
      const text = project.texts.plan;
      const cell = project.cells.plan;
      if (!text || !cell || hasDateOf(project.milestones, text, fy)) continue;
      yield { cell, row: project.row, messageKey: 'rule.undated-plan', params: { cell } };
    }
  },
};
