/** duplicate-value: a No. (error) or a project name (warning) that an earlier row already has. */
import { normalizeSpace } from '../text/normalize';
import { numberingRuns } from './numbering';
import type { IssueDraft, Rule } from './rule';

export const duplicateValue: Rule = {
  id: 'duplicate-value',
  severity: 'error',
  *check(ctx): Generator<IssueDraft> {
    const runs = numberingRuns(ctx.projects, ctx.tables);
    // Keyed by run, then number: no string keys built per row.
    const numbers = new Map<number, Map<number, string>>();
    const names = new Map<string, string>();
    for (let i = 0; i < ctx.projects.length; i++) {
      const p = ctx.projects[i];
      if (p.no !== null && p.cells.no) {
        let run = numbers.get(runs[i]);
        if (!run) {
          run = new Map();
          numbers.set(runs[i], run);
        }
        const first = run.get(p.no);
        if (first) {
          yield {
            cell: p.cells.no,
            row: p.row,
            messageKey: 'rule.duplicate-value.no',
            params: { no: p.no, first },
          };
        } else run.set(p.no, p.cells.no);
      }
      // NFKC only when the name has something it could change (full-width or odd spaces).
      const name = /^[\x21-\x7e\u3041-\u30ff\u4e00-\u9fff]*$/.test(p.name) ? p.name : normalizeSpace(p.name);
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
