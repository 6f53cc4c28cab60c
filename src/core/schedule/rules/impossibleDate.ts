/** impossible-date (error): a date that cannot exist (2月30日, 13月, 令和7年2月29日) in a project's text. */
import type { ColumnKey } from '../../model';
import type { Rule } from '../../rules/rule';
import { effectiveFiscalYear, impossibleDatesOf } from '../milestones';

const COLUMNS: readonly ColumnKey[] = ['status', 'plan', 'remarks'];

export const impossibleDateRule: Rule = {
  id: 'impossible-date',
  severity: 'error',
  *check(ctx) {
    const fy = effectiveFiscalYear(ctx.options.fiscalYear, ctx.options.asOf);
    for (let i = 0; i < ctx.projects.length; i++) {
      const project = ctx.projects[i];
      for (let j = 0; j < COLUMNS.length; j++) {
        const column = COLUMNS[j];
        const text = project.texts[column];
        const cell = project.cells[column];
        if (!text || !cell) continue;
        const impossible = impossibleDatesOf(project.milestones, text, fy);
        for (let k = 0; k < impossible.length; k++) {
          const bad = impossible[k];
          yield {
            cell,
            row: project.row,
            messageKey: 'rule.impossible-date',
            params: { cell, text: bad.text },
          };
        }
      }
    }
  },
};
