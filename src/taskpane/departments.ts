/**
 * The task pane's cost-by-department rows: the summary sheet's own rows (buildSummary's
 * 'by-department' block), so that the pane and the 集計 sheet always list the same departments —
 * co-departments with 0円 and the "no department" row included — in the same order.
 */
import type { Lang } from '../core/i18n';
import type { Report } from '../core/model';
import { buildSummary } from '../core/summary/build';
import type { SummaryValue } from '../core/summary/model';

export interface DepartmentRow {
  readonly department: string;
  readonly cost: number | null;
  readonly projects: number;
}

export const DEPARTMENT_BLOCK_ID = 'by-department';

function textOf(v: SummaryValue | undefined): string {
  if (!v) return '';
  switch (v.kind) {
    case 'text':
    case 'link':
      return v.text;
    default:
      return '';
  }
}

/** The by-department rows of the summary model the 集計 sheet is written from. */
export function departmentRows(report: Report, lang: Lang): DepartmentRow[] {
  const block = buildSummary(report, lang).blocks.find((b) => b.id === DEPARTMENT_BLOCK_ID);
  if (!block) return [];
  return block.rows.map(([name, cost, projects]) => ({
    department: textOf(name),
    cost: cost?.kind === 'yen' ? cost.amount : null,
    projects: projects?.kind === 'count' ? projects.value : 0,
  }));
}
