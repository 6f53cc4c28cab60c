/**
 * The schedule engine's entry points (placeholder until the date grammar lands: no milestones yet).
 */
import type { Grid } from '../grid';
import type { ColumnKey, Milestone, Project, ScheduleSummary, TableSection } from '../model';
import type { Rule } from '../rules/rule';

/** The text cells of one project the schedule engine reads. */
export interface ScheduleInput {
  readonly sectionKind: Project['sectionKind'];
  readonly cells: ReadonlyArray<{ readonly column: ColumnKey; readonly cell: string; readonly text: string }>;
}

export interface ScheduleContext {
  readonly fiscalYear: number | null;
  readonly asOf: string;
}

/** Western start year of the sheet's fiscal year, from its title/date lines and column labels. */
export function inferFiscalYear(grid: Grid, tables: readonly TableSection[]): number | null {
  void grid;
  void tables;
  return null;
}

export function readMilestones(input: ScheduleInput, ctx: ScheduleContext): Milestone[] {
  void input;
  void ctx;
  return [];
}

export function summarizeSchedule(projects: readonly Project[]): ScheduleSummary {
  void projects;
  return { overdue: 0, overdueByProject: {}, overdueByDepartment: {} };
}

/** Schedule rules (overdue milestone, …), run by the pipeline with the other rules. */
export const scheduleRules: readonly Rule[] = [];
