/**
 * start-unconfirmed (warning): a start-anchored plan (7年2月より…開始予定, 10月15日より…) whose start has
 * passed while the sheet still reads it as a plan: confirm it started.
 */
import type { Rule } from '../../rules/rule';
import { excerpt } from './excerpt';

export const startUnconfirmedRule: Rule = {
  id: 'start-unconfirmed',
  severity: 'warning',
  *check(ctx) {
    for (let i = 0; i < ctx.projects.length; i++) {
      const project = ctx.projects[i];
      for (let j = 0; j < project.milestones.length; j++) {
        const m = project.milestones[j];
        if (m.status !== 'overdue' || m.end !== null) continue;
        yield {
          cell: m.cell,
          row: project.row,
          messageKey: 'rule.start-unconfirmed',
          params: { cell: m.cell, start: m.start, text: excerpt(m.text) },
        };
      }
    }
  },
};
