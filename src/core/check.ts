/**
 * The pipeline: Grid → tables → projects → rules → Report. Pure and total: a bad grid gives a report
 * with issues, never an exception. Linear in the number of rows (sorting issues aside).
 */
import type { CheckOptions } from './config';
import { todayInJapan } from './config';
import type { Grid } from './grid';
import { parseA1 } from './grid';
import { t } from './i18n';
import type { MessageParams } from './i18n';
import type { Issue, Report, Severity, TableSection } from './model';
import { DEFAULT_NOTATION_YAML } from './notation/default-dictionary';
import type { NotationRule } from './notation/prh';
import { parseNotationDictionary } from './notation/prh';
import { departmentsOnSheet, extractProjects } from './projects';
import type { ExtractProblem } from './projects';
import { RULES } from './rules';
import type { IssueDraft, ResolvedOptions, Rule, RuleContext } from './rules/rule';
import { inferFiscalYear, inferSheetDate, summarizeSchedule } from './schedule';
import { DEFAULT_SUBSIDY_PROGRAMS } from './subsidies/programs';
import { detectTables } from './table/detect';
import { computeTotals, sumTotals } from './totals';
import type { TotalsResult } from './totals';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A pipeline-level issue (not from a rule module). */
function pipelineDraft(messageKey: string, params: MessageParams, row: number | null = null): IssueDraft {
  return { cell: null, row, messageKey, params };
}

/** The 0-based column of an A1 address (-1 when it is none): plain "E12" read directly, else parseA1. */
function columnOf(cell: string | null): number {
  if (!cell) return -1;
  let col = 0;
  let i = 0;
  for (; i < cell.length && i < 3; i++) {
    const c = cell.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  const letters = i;
  for (; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c < 48 || c > 57) break;
  }
  if (letters > 0 && i === cell.length && i - letters >= 1 && i - letters <= 7) return col - 1;
  return parseA1(cell)?.col ?? -1;
}

/** Issues by row, column, severity, then drafting order (sort keys in typed arrays: no object per issue). */
function sortIssues(issues: Issue[]): Issue[] {
  const n = issues.length;
  const rows = new Float64Array(n);
  const cols = new Float64Array(n);
  const sevs = new Uint8Array(n);
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const issue = issues[i];
    rows[i] = issue.row ?? -1;
    cols[i] = columnOf(issue.cell);
    sevs[i] = SEVERITY_ORDER[issue.severity];
    order.push(i);
  }
  order.sort((a, b) => rows[a] - rows[b] || cols[a] - cols[b] || sevs[a] - sevs[b] || a - b);
  const sorted: Issue[] = [];
  for (let i = 0; i < n; i++) sorted.push(issues[order[i]]);
  return sorted;
}

export function check(grid: Grid, options: CheckOptions = {}): Report {
  const lang = options.lang ?? 'ja';
  const issues: Issue[] = [];
  const push = (rule: string, severity: Severity, d: IssueDraft) => {
    const params = d.params ?? {};
    issues.push({
      rule,
      severity: d.severity ?? severity,
      cell: d.cell,
      row: d.row,
      message: t(lang, d.messageKey, params),
      messageKey: d.messageKey,
      params,
    });
  };
  const internal = (step: string, e: unknown, row: number | null = null) =>
    push('internal-error', 'error', pipelineDraft('rule.internal-error', { step, reason: reason(e) }, row));

  let asOf = options.asOf ?? todayInJapan();
  if (!ISO_DATE.test(asOf)) {
    push('invalid-option', 'error', pipelineDraft('rule.invalid-option', { value: asOf }));
    asOf = todayInJapan();
  }

  const subsidyPrograms = options.subsidyPrograms ?? DEFAULT_SUBSIDY_PROGRAMS;

  let notation: readonly NotationRule[] = [];
  try {
    notation = parseNotationDictionary(options.notationYaml ?? DEFAULT_NOTATION_YAML);
  } catch (e) {
    if (options.notationYaml === undefined) internal('notation', e);
    else {
      push(
        'invalid-notation-dictionary',
        'warning',
        pipelineDraft('rule.invalid-notation-dictionary', { reason: reason(e) }),
      );
      try {
        notation = parseNotationDictionary(DEFAULT_NOTATION_YAML);
      } catch (e2) {
        internal('notation', e2);
      }
    }
  }

  let tables: TableSection[] = [];
  try {
    tables = detectTables(grid);
  } catch (e) {
    internal('tables', e);
  }

  let fiscalYear: number | null = options.fiscalYear ?? null;
  if (options.fiscalYear === undefined || options.fiscalYear === null) {
    try {
      fiscalYear = inferFiscalYear(grid, tables);
    } catch (e) {
      internal('fiscal-year', e);
    }
  }

  let sheetDate: string | null = null;
  try {
    sheetDate = inferSheetDate(grid, tables);
  } catch (e) {
    internal('sheet-date', e);
  }

  const problems: ExtractProblem[] = [];
  const projects = extractProjects(grid, tables, { subsidyPrograms, fiscalYear, asOf, sheetDate }, problems);
  for (const p of problems) internal(p.step, p.reason, p.row);

  const resolved: ResolvedOptions = {
    asOf,
    fiscalYear,
    lang,
    subsidyPrograms,
    // An empty configured list means "none configured": the sheet's own names are used.
    knownDepartments: options.knownDepartments?.length
      ? options.knownDepartments
      : departmentsOnSheet(projects),
    knownDepartmentsConfigured: Boolean(options.knownDepartments?.length),
    notation,
  };
  // Summed once: the totals of the report and the costs the total-too-large rule names.
  let totals: TotalsResult | undefined;
  try {
    totals = sumTotals(projects, subsidyPrograms);
  } catch {
    // Left to the rule (reported as its internal error) and to computeTotals below, as without it.
  }
  const ctx: RuleContext = totals
    ? { grid, tables, projects, options: resolved, totals }
    : { grid, tables, projects, options: resolved };

  for (let r = 0; r < RULES.length; r++) {
    const rule: Rule = RULES[r];
    try {
      for (const d of rule.check(ctx)) push(rule.id, rule.severity, d);
    } catch (e) {
      internal(`rule ${rule.id}`, e);
    }
  }

  let schedule: Report['schedule'] = { overdue: 0, overdueByProject: {}, overdueByDepartment: {} };
  try {
    schedule = summarizeSchedule(projects);
  } catch (e) {
    internal('schedule', e);
  }

  const sorted = sortIssues(issues);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (let i = 0; i < sorted.length; i++) counts[sorted[i].severity]++;

  return {
    tool: 'dx-status',
    schemaVersion: 1,
    sheet: grid.sheet,
    asOf,
    fiscalYear,
    lang,
    tables,
    projects,
    totals: totals ? totals.totals : computeTotals(projects, subsidyPrograms),
    schedule,
    issues: sorted,
    counts,
  };
}
