/**
 * The schedule engine's entry points: the sheet's fiscal year, each project's milestones (read from its
 * 実施状況 and 実施予定 text by the Japanese date grammar in parsers/ and refiners/), the overdue totals,
 * and the schedule rules. See docs/schedule.md.
 */
import type { Grid } from '../grid';
import type { ColumnKey, Milestone, Project, ScheduleSummary, TableSection } from '../model';
import type { Rule } from '../rules/rule';
import { inferFiscalYearFrom, inferSheetDateFrom } from './fiscal';
import { milestonesOfCells } from './milestones';
import { scheduleRuleList } from './rules';
import { summarizeScheduleOf } from './summary';

export { findImpossibleDates, milestonesOfText } from './milestones';
export { nextMilestone, overdueList, projectKey, type OverdueEntry } from './summary';
export { type ImpossibleDate } from './parse';
export { fiscalYearOf, fiscalYearLabelJa } from './dates';

/** The text cells of one project the schedule engine reads. */
export interface ScheduleInput {
  readonly sectionKind: Project['sectionKind'];
  readonly cells: ReadonlyArray<{ readonly column: ColumnKey; readonly cell: string; readonly text: string }>;
}

export interface ScheduleContext {
  readonly fiscalYear: number | null;
  readonly asOf: string;
  /**
   * Optional: the date the sheet was written (`inferSheetDate`). When given, a plan-column clause with
   * no plan word dated before it is read as done (6月に…提案し、… in a sheet of 11月8日).
   */
  readonly sheetDate?: string | null;
}

/** Western start year of the sheet's fiscal year, from its title/date lines and column labels. */
export function inferFiscalYear(grid: Grid, tables: readonly TableSection[]): number | null {
  return inferFiscalYearFrom(grid, tables);
}

/** The date the sheet was written (its date line above the tables: 令和6年11月8日 → 2024-11-08), or null. */
export function inferSheetDate(grid: Grid, tables: readonly TableSection[]): string | null {
  return inferSheetDateFrom(grid, tables);
}

/** Milestones of a project, from its 'status' and 'plan' cells, judged against ctx.asOf. */
export function readMilestones(input: ScheduleInput, ctx: ScheduleContext): Milestone[] {
  return milestonesOfCells(input.cells, ctx);
}

/** Overdue counts overall, per project (No. or name) and per lead department. */
export function summarizeSchedule(projects: readonly Project[]): ScheduleSummary {
  return summarizeScheduleOf(projects);
}

/** Schedule rules (overdue milestone, …), run by the pipeline with the other rules. */
export const scheduleRules: readonly Rule[] = scheduleRuleList;
