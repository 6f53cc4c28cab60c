/** Schedule totals and lists for the report and the summary sheet. */
import type { Milestone, Project, ScheduleSummary } from '../model';
import { daysBetween } from './dates';

/** Key of a project in per-project counts: its No., else its name. */
export function projectKey(project: Pick<Project, 'no' | 'name'>): string {
  return project.no !== null ? String(project.no) : project.name;
}

/** Overdue counts overall, per project (No. or name) and per lead department; only non-zero entries. */
export function summarizeScheduleOf(projects: readonly Project[]): ScheduleSummary {
  let overdue = 0;
  const byProject: Record<string, number> = {};
  const byDepartment: Record<string, number> = {};
  // Indexed loops: a for…of allocates an iterator result per element where it is not optimised.
  for (let i = 0; i < projects.length; i++) {
    const p = projects[i];
    let n = 0;
    for (let j = 0; j < p.milestones.length; j++) if (p.milestones[j].status === 'overdue') n++;
    if (n === 0) continue;
    overdue += n;
    const key = projectKey(p);
    byProject[key] = (byProject[key] ?? 0) + n;
    const dept = p.departments[0] ?? '';
    byDepartment[dept] = (byDepartment[dept] ?? 0) + n;
  }
  return { overdue, overdueByProject: byProject, overdueByDepartment: byDepartment };
}

/** The project's next milestone not done yet and not yet due (earliest due, then earliest start); null when none. */
export function nextMilestone(project: Pick<Project, 'milestones'>, asOf: string): Milestone | null {
  let best: Milestone | null = null;
  for (const m of project.milestones) {
    if (m.status === 'done' || m.due < asOf) continue;
    if (!best || m.due < best.due || (m.due === best.due && m.start < best.start)) best = m;
  }
  return best;
}

export interface OverdueEntry {
  readonly project: Project;
  readonly milestone: Milestone;
  /** Days from the due date to the as-of date. */
  readonly daysLate: number;
}

/** Milestones still planned whose due date is before asOf, latest first (then by sheet row, then cell). */
export function overdueList(projects: readonly Project[], asOf: string): OverdueEntry[] {
  const out: OverdueEntry[] = [];
  for (const project of projects) {
    for (const milestone of project.milestones) {
      if (milestone.status === 'done' || milestone.due >= asOf) continue;
      out.push({ project, milestone, daysLate: daysBetween(milestone.due, asOf) });
    }
  }
  return out.sort(
    (a, b) =>
      b.daysLate - a.daysLate ||
      a.project.row - b.project.row ||
      a.milestone.cell.localeCompare(b.milestone.cell),
  );
}
