/**
 * The flows the task pane and the ribbon commands both call: read → core check → highlight, and
 * read → check → summary model → summary sheet. With the Office.js host each flow is one Excel.run of
 * at most 3 `context.sync` calls (host.validateActiveSheet / summarizeActiveSheet); a host without
 * those members (a test double) gets the same flow through its basic members.
 */
import { check } from '../core/check';
import { optionsFromSettings, type WorkbookSettings } from '../core/config';
import type { Grid } from '../core/grid';
import type { Lang } from '../core/i18n';
import type { Report } from '../core/model';
import { buildSummary } from '../core/summary/build';
import type { HostError, WorkbookHost } from './host';

export interface WorkflowOptions {
  readonly lang: Lang;
  readonly settings: WorkbookSettings;
  /** The clock reading 'today' is taken from (tests pin it). */
  readonly now?: Date;
}

export interface ValidateOutcome {
  readonly report: Report;
  readonly highlighted: number;
  /** The report stands but the highlights could not be written (protected sheet). */
  readonly highlightError?: HostError;
}

export async function runValidate(host: WorkbookHost, opts: WorkflowOptions): Promise<ValidateOutcome> {
  const options = optionsFromSettings(opts.settings, opts.lang, opts.now);
  const run = (grid: Grid) => check(grid, options);
  if (host.validateActiveSheet) return host.validateActiveSheet(run);
  const grid = await host.readActiveSheet();
  const report = run(grid);
  const highlighted = await host.highlight(grid.sheet, report.issues);
  return { report, highlighted };
}

export async function runSummary(
  host: WorkbookHost,
  opts: WorkflowOptions,
): Promise<{ readonly report: Report; readonly sheetName: string }> {
  const options = optionsFromSettings(opts.settings, opts.lang, opts.now);
  const run = (grid: Grid) => check(grid, options);
  const build = (report: Report) => buildSummary(report, opts.lang);
  if (host.summarizeActiveSheet) return host.summarizeActiveSheet(run, build);
  const grid = await host.readActiveSheet();
  const report = run(grid);
  const { sheetName } = await host.writeSummary(build(report));
  return { report, sheetName };
}
