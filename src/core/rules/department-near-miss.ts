/**
 * department-near-miss: a department name that is almost a known one (情報政策化 → 情報政策課).
 * With a configured list, any name not on it is compared with the list. Without one, the known names
 * are those on the sheet, and a name is compared only with names written more often than it.
 */
import { similarDepartment } from '../departments/parse';
import type { IssueDraft, Rule } from './rule';

export const departmentNearMiss: Rule = {
  id: 'department-near-miss',
  severity: 'warning',
  *check(ctx): Generator<IssueDraft> {
    const configured = ctx.options.knownDepartmentsConfigured === true;
    const known = new Set(ctx.options.knownDepartments);
    const counts = new Map<string, number>();
    if (!configured) {
      for (let i = 0; i < ctx.projects.length; i++) {
        const departments = ctx.projects[i].departments;
        for (let j = 0; j < departments.length; j++) {
          const d = departments[j];
          counts.set(d, (counts.get(d) ?? 0) + 1);
        }
      }
    }
    const byCount = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const suggestion = new Map<string, string | null>();
    const suggest = (name: string): string | null => {
      const cached = suggestion.get(name);
      if (cached !== undefined) return cached;
      let result: string | null = null;
      if (configured) {
        if (!known.has(name)) result = similarDepartment(name, ctx.options.knownDepartments);
      } else {
        const n = counts.get(name) ?? 0;
        const candidates: string[] = [];
        for (const [d, c] of byCount) {
          if (c <= n) break;
          candidates.push(d);
        }
        if (candidates.length) result = similarDepartment(name, candidates);
      }
      if (result === name) result = null;
      suggestion.set(name, result);
      return result;
    };
    for (let i = 0; i < ctx.projects.length; i++) {
      const p = ctx.projects[i];
      for (let j = 0; j < p.departments.length; j++) {
        const d = p.departments[j];
        const expected = suggest(d);
        if (expected) {
          yield {
            cell: p.cells.department ?? null,
            row: p.row,
            messageKey: 'rule.department-near-miss',
            params: { found: d, expected },
          };
        }
      }
    }
  },
};
