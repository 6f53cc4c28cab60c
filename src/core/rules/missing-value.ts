/**
 * missing-value: an empty cell where a value is expected — No. (warning), name (error), department
 * (warning); for a project being carried out, cost and status text (warnings).
 */
import type { ColumnKey, Project, Severity } from '../model';
import type { IssueDraft, Rule } from './rule';

function missing(p: Project, key: ColumnKey, severity: Severity): IssueDraft | null {
  const cell = p.cells[key];
  if (!cell || p.texts[key]) return null;
  return {
    cell,
    row: p.row,
    severity,
    messageKey: `rule.missing-value.${key}`,
    params: { name: p.name, no: p.no ?? p.texts.no ?? '' },
  };
}

export const missingValue: Rule = {
  id: 'missing-value',
  severity: 'warning',
  *check(ctx): Generator<IssueDraft> {
    for (const p of ctx.projects) {
      const drafts = [
        missing(p, 'no', 'warning'),
        missing(p, 'name', 'error'),
        missing(p, 'department', 'warning'),
      ];
      if (p.sectionKind === 'implementing') {
        drafts.push(missing(p, 'cost', 'warning'), missing(p, 'status', 'warning'));
      }
      for (const d of drafts) if (d) yield d;
    }
  },
};
