/**
 * The ribbon commands' logic, apart from Office.js so that it can be tested: 検証 (validateSheet) and
 * 集計シート作成 (createSummary) run the same workflows as the task pane's buttons.
 *
 * How the outcome is shown. An ExecuteFunction command in Excel has no notification API of its own
 * (Office.context.mailbox and its notification messages exist only in Outlook), and a dialog for every
 * click would be intrusive. So the outcome is shown in the workbook itself, without touching the data:
 * - 検証: the highlights appear and the selection moves to the first issue's cell (errors first);
 * - 集計シート作成: the summary sheet is activated (its A1 selected);
 * - where the add-in runs in a shared runtime (SharedRuntime 1.1), the task pane is opened as well; with
 *   the current manifest (separate FunctionFile) that is not available and nothing else is done;
 * - the outcome (counts, sheet name or the error) is kept in localStorage under COMMAND_OUTCOME_KEY, which
 *   the task pane (same origin) can read when it is opened next.
 * Whatever happens, `event.completed()` is called exactly once, so that Office does not keep the command
 * "running".
 */
import type { WorkbookSettings } from '../core/config';
import { langFromTag, type Lang } from '../core/i18n';
import type { Issue, Report, Severity } from '../core/model';
import type { WorkbookHost } from '../excel/host';

export type CommandName = 'validateSheet' | 'createSummary';

export interface WorkflowOptions {
  readonly lang: Lang;
  readonly settings: WorkbookSettings;
}

/** What a command needs; commands.ts passes the Office.js implementations. */
export interface CommandDeps {
  createHost(): WorkbookHost | Promise<WorkbookHost>;
  runValidate(
    host: WorkbookHost,
    options: WorkflowOptions,
  ): Promise<{ readonly report: Report; readonly highlighted: number; readonly highlightError?: Error }>;
  runSummary(
    host: WorkbookHost,
    options: WorkflowOptions,
  ): Promise<{ readonly report: Report; readonly sheetName: string }>;
  /** Office.context.displayLanguage. */
  displayLanguage(): string | null | undefined;
  /** Opens the task pane; absent where the platform cannot (no shared runtime). */
  readonly showTaskpane?: () => Promise<void>;
  /** Where the last outcome is kept for the task pane; null when storage is unavailable. */
  readonly storage?: Pick<Storage, 'setItem'> | null;
  now(): Date;
  readonly log?: Pick<Console, 'error' | 'warn'>;
}

/** The record kept under COMMAND_OUTCOME_KEY (JSON). */
export interface CommandOutcome {
  readonly command: CommandName;
  readonly ok: boolean;
  /** ISO timestamp of the end of the run. */
  readonly at: string;
  readonly sheet?: string;
  readonly counts?: Readonly<Record<Severity, number>>;
  readonly highlighted?: number;
  /** The check ran but its highlights could not be written (a protected sheet): the HostError's key. */
  readonly highlightErrorKey?: string;
  readonly summarySheet?: string;
  /** HostError code (protected, unsupported, empty-sheet, excel-error) or 'error'. */
  readonly errorCode?: string;
  /** Catalog key of a HostError's message, for the task pane to render in its language. */
  readonly errorKey?: string;
  readonly errorDetail?: string;
}

export const COMMAND_OUTCOME_KEY = 'dx-status-checker:last-command';

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** The issue whose cell the selection moves to: the first located error, else warning, else info. */
export function firstIssueToShow(issues: readonly Issue[]): Issue | null {
  for (const severity of SEVERITY_ORDER) {
    const found = issues.find((i) => i.severity === severity && i.cell !== null);
    if (found) return found;
  }
  return null;
}

/** Parses a stored outcome; null when absent or not one of ours. */
export function parseCommandOutcome(text: string | null | undefined): CommandOutcome | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const o = value as Partial<CommandOutcome>;
    if ((o.command !== 'validateSheet' && o.command !== 'createSummary') || typeof o.ok !== 'boolean')
      return null;
    if (typeof o.at !== 'string') return null;
    return o as CommandOutcome;
  } catch {
    return null;
  }
}

function describeError(err: unknown): Pick<CommandOutcome, 'errorCode' | 'errorKey' | 'errorDetail'> {
  if (err instanceof Error && err.name === 'HostError') {
    const e = err as Error & { code?: unknown; messageKey?: unknown; detail?: unknown };
    return {
      errorCode: typeof e.code === 'string' ? e.code : 'error',
      errorKey: typeof e.messageKey === 'string' ? e.messageKey : undefined,
      errorDetail: typeof e.detail === 'string' ? e.detail : e.message,
    };
  }
  return { errorCode: 'error', errorDetail: err instanceof Error ? err.message || err.name : String(err) };
}

async function perform(name: CommandName, deps: CommandDeps): Promise<CommandOutcome> {
  const host = await deps.createHost();
  const settings = await host.loadSettings();
  const options: WorkflowOptions = { lang: langFromTag(deps.displayLanguage()), settings };
  if (name === 'validateSheet') {
    const { report, highlighted, highlightError } = await deps.runValidate(host, options);
    const first = firstIssueToShow(report.issues);
    if (first?.cell) await host.selectCell(report.sheet, first.cell);
    return {
      command: name,
      ok: true,
      at: deps.now().toISOString(),
      sheet: report.sheet,
      counts: report.counts,
      highlighted,
      ...(highlightError ? { highlightErrorKey: describeError(highlightError).errorKey ?? 'error' } : {}),
    };
  }
  const { report, sheetName } = await deps.runSummary(host, options);
  await host.selectCell(sheetName, 'A1');
  return {
    command: name,
    ok: true,
    at: deps.now().toISOString(),
    sheet: report.sheet,
    summarySheet: sheetName,
  };
}

/**
 * Runs a ribbon command and always completes the event (once), also when the workflow throws.
 * Resolves to the outcome (never rejects).
 */
export async function runCommand(
  name: CommandName,
  event: { completed(): void },
  deps: CommandDeps,
): Promise<CommandOutcome> {
  const log = deps.log ?? console;
  let outcome: CommandOutcome = { command: name, ok: false, at: '' };
  try {
    try {
      outcome = await perform(name, deps);
    } catch (err) {
      log.error(`[dx-status] ${name} failed`, err);
      outcome = { command: name, ok: false, at: deps.now().toISOString(), ...describeError(err) };
    }
    try {
      deps.storage?.setItem(COMMAND_OUTCOME_KEY, JSON.stringify(outcome));
    } catch (err) {
      // Storage full or blocked (private mode): the outcome is still visible in the workbook and the log.
      log.warn('[dx-status] could not keep the outcome for the task pane', err);
    }
    if (deps.showTaskpane) {
      try {
        await deps.showTaskpane();
      } catch (err) {
        log.warn('[dx-status] could not open the task pane', err);
      }
    }
  } finally {
    event.completed();
  }
  return outcome;
}
