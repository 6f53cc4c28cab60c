/** duplicate-value: a No. (error) or a project name (warning) that an earlier row already has. */
import { normalizeSpace } from '../text/normalize';
import { numberingRuns } from './numbering';
import type { IssueDraft, Rule } from './rule';

export const duplicateValue: Rule = {
  id: 'duplicate-value',
  severity: 'error',
  *check(ctx): Generator<IssueDraft> {
    const runs = numberingRuns(ctx.projects, ctx.tables);
    const numbers = new Map<string, string>();
    const names = new Map<string, string>();
    for (let i = 0; i < ctx.projects.length; i++) {
      const p = ctx.projects[i];
      if (p.no !== null && p.cells.no) {
        const key = `${runs[i]}:${p.no}`;
        const first = numbers.get(key);
        if (first) {
          yield {
            cell: p.cells.no,
            row: p.row,
            messageKey: 'rule.duplicate-value.no',
            params: { no: p.no, first },
          };
        } else numbers.set(key, p.cells.no);
      }
      const name = normalizeSpace(p.name);
      if (name && p.cells.name) {
        const first = names.get(name);
        if (first) {
          yield {
            cell: p.cells.name,
            row: p.row,
            severity: 'warning',
            messageKey: 'rule.duplicate-value.name',
            params: { name: p.name, first },
          };
        } else names.set(name, p.cells.name);
      }
    }
  },
};
