/**
 * overdue-milestone (warning): a milestone whose due date has passed while the sheet still calls it a
 * plan. Start-anchored ones (7年2月より…) are left to start-unconfirmed.
 */
import type { Rule } from '../../rules/rule';
import { daysBetween } from '../dates';
import { excerpt } from './excerpt';

export const overdueMilestoneRule: Rule = {
  id: 'overdue-milestone',
  severity: 'warning',
  *check(ctx) {
    for (let i = 0; i < ctx.projects.length; i++) {
      const project = ctx.projects[i];
      for (let j = 0; j < project.milestones.length; j++) {
        const m = project.milestones[j];
        if (m.status !== 'overdue' || m.end === null) continue;
        yield {
          cell: m.cell,
          row: project.row,
          messageKey: 'rule.overdue-milestone',
          params: {
            cell: m.cell,
            due: m.due,
            days: daysBetween(m.due, ctx.options.asOf),
            text: excerpt(m.text),
          },
        };
      }
    }
  },
};
