import { DEFAULT_SETTINGS, type WorkbookSettings } from '../core/config';
import type { Issue, Report, Severity } from '../core/model';
import { HostError, type WorkbookHost } from '../excel/host';
import {
  COMMAND_OUTCOME_KEY,
  firstIssueToShow,
  parseCommandOutcome,
  runCommand,
  type CommandDeps,
  type WorkflowOptions,
} from './run-command';

function issue(severity: Severity, cell: string | null, rule = 'r'): Issue {
  return { rule, severity, cell, row: null, message: rule, messageKey: rule, params: {} };
}

/** The fields of a report the commands read (sheet, issues, counts); the rest is not used by them. */
function reportWith(issues: Issue[], sheet = '進捗表'): Report {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return { sheet, issues, counts } as unknown as Report;
}

const SETTINGS: WorkbookSettings = { ...DEFAULT_SETTINGS, asOf: '2024-11-08', fiscalYear: 2024 };

class FakeHost implements WorkbookHost {
  readonly capabilities = { undoGroup: false, charts: true };
  readonly selections: Array<[string, string]> = [];
  readActiveSheet = jest.fn();
  highlight = jest.fn();
  clearHighlights = jest.fn();
  writeSummary = jest.fn();
  saveSettings = jest.fn();
  async selectCell(sheet: string, address: string): Promise<void> {
    this.selections.push([sheet, address]);
  }
  async loadSettings(): Promise<WorkbookSettings> {
    return SETTINGS;
  }
}

interface Harness {
  deps: CommandDeps;
  host: FakeHost;
  stored: Map<string, string>;
  event: { completed: jest.Mock };
  log: { error: jest.Mock; warn: jest.Mock };
  validateCalls: WorkflowOptions[];
}

function harness(overrides: Partial<CommandDeps> = {}, report = reportWith([])): Harness {
  const host = new FakeHost();
  const stored = new Map<string, string>();
  const validateCalls: WorkflowOptions[] = [];
  const log = { error: jest.fn(), warn: jest.fn() };
  const deps: CommandDeps = {
    createHost: () => host,
    runValidate: async (_h, options) => {
      validateCalls.push(options);
      return { report, highlighted: report.issues.length };
    },
    runSummary: async () => ({ report, sheetName: '集計 (2)' }),
    displayLanguage: () => 'en-US',
    storage: { setItem: (k: string, v: string) => void stored.set(k, v) },
    now: () => new Date('2024-11-08T01:02:03Z'),
    log,
    ...overrides,
  };
  return { deps, host, stored, event: { completed: jest.fn() }, log, validateCalls };
}

describe('firstIssueToShow', () => {
  it('prefers the first located error over earlier warnings, and skips sheet-wide issues', () => {
    const issues = [
      issue('warning', 'B3'),
      issue('error', null),
      issue('error', 'C7', 'e1'),
      issue('error', 'A1'),
    ];
    expect(firstIssueToShow(issues)?.rule).toBe('e1');
  });
  it('falls back to warnings, then infos, and is null without located issues', () => {
    expect(firstIssueToShow([issue('info', 'A2'), issue('warning', 'D4', 'w')])?.rule).toBe('w');
    expect(firstIssueToShow([issue('info', 'A2', 'i')])?.rule).toBe('i');
    expect(firstIssueToShow([issue('error', null)])).toBeNull();
  });
});

describe('runCommand validateSheet', () => {
  it('runs the workflow with the settings and display language, selects the first issue and keeps the outcome', async () => {
    const report = reportWith([issue('warning', 'E5'), issue('error', 'B12')]);
    const h = harness({}, report);
    const outcome = await runCommand('validateSheet', h.event, h.deps);

    expect(h.event.completed).toHaveBeenCalledTimes(1);
    expect(h.validateCalls).toEqual([{ lang: 'en', settings: SETTINGS }]);
    expect(h.host.selections).toEqual([['進捗表', 'B12']]);
    expect(outcome).toEqual({
      command: 'validateSheet',
      ok: true,
      at: '2024-11-08T01:02:03.000Z',
      sheet: '進捗表',
      counts: { error: 1, warning: 1, info: 0 },
      highlighted: 2,
    });
    expect(parseCommandOutcome(h.stored.get(COMMAND_OUTCOME_KEY))).toEqual(outcome);
    expect(h.log.error).not.toHaveBeenCalled();
  });

  it('uses Japanese for a Japanese (or unknown) display language and leaves the selection alone without issues', async () => {
    const ja = harness({ displayLanguage: () => 'ja-JP' });
    await runCommand('validateSheet', ja.event, ja.deps);
    expect(ja.validateCalls[0].lang).toBe('ja');
    expect(ja.host.selections).toEqual([]);

    const none = harness({ displayLanguage: () => undefined });
    await runCommand('validateSheet', none.event, none.deps);
    expect(none.validateCalls[0].lang).toBe('ja');
  });

  it('completes the event and records the HostError when the workflow fails', async () => {
    const h = harness({
      runValidate: async () => {
        throw new HostError('protected', 'excel.error.protected', 'Sheet1 is protected');
      },
    });
    const outcome = await runCommand('validateSheet', h.event, h.deps);
    expect(h.event.completed).toHaveBeenCalledTimes(1);
    expect(outcome).toMatchObject({
      ok: false,
      errorCode: 'protected',
      errorKey: 'excel.error.protected',
      errorDetail: 'Sheet1 is protected',
    });
    expect(JSON.parse(h.stored.get(COMMAND_OUTCOME_KEY) ?? '{}')).toMatchObject({
      ok: false,
      errorCode: 'protected',
    });
    expect(h.log.error).toHaveBeenCalledTimes(1);
  });

  it('completes the event when even the host cannot be created', async () => {
    const h = harness({
      createHost: () => {
        throw new TypeError('Excel is not defined');
      },
    });
    const outcome = await runCommand('validateSheet', h.event, h.deps);
    expect(h.event.completed).toHaveBeenCalledTimes(1);
    expect(outcome).toMatchObject({ ok: false, errorCode: 'error', errorDetail: 'Excel is not defined' });
  });

  it('keeps a failed highlight (protected sheet) in an otherwise successful outcome', async () => {
    const report = reportWith([issue('error', 'B2')]);
    const h = harness({
      runValidate: async () => ({
        report,
        highlighted: 0,
        highlightError: new HostError('protected', 'excel.error.protected'),
      }),
    });
    const outcome = await runCommand('validateSheet', h.event, h.deps);
    expect(outcome).toMatchObject({ ok: true, highlighted: 0, highlightErrorKey: 'excel.error.protected' });
    expect(h.event.completed).toHaveBeenCalledTimes(1);
  });
});

describe('runCommand createSummary', () => {
  it('activates the summary sheet it wrote and keeps its name', async () => {
    const h = harness();
    const outcome = await runCommand('createSummary', h.event, h.deps);
    expect(h.event.completed).toHaveBeenCalledTimes(1);
    expect(h.host.selections).toEqual([['集計 (2)', 'A1']]);
    expect(outcome).toMatchObject({
      command: 'createSummary',
      ok: true,
      summarySheet: '集計 (2)',
      sheet: '進捗表',
    });
  });

  it('opens the task pane where the platform can, after the work is done', async () => {
    const order: string[] = [];
    const h = harness({
      runSummary: async () => {
        order.push('summary');
        return { report: reportWith([]), sheetName: '集計' };
      },
      showTaskpane: async () => {
        order.push('taskpane');
      },
    });
    await runCommand('createSummary', h.event, h.deps);
    expect(order).toEqual(['summary', 'taskpane']);
    expect(h.event.completed).toHaveBeenCalledTimes(1);
  });

  it('still completes when the storage and the task pane fail, and says so in the log', async () => {
    const h = harness({
      storage: {
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
      },
      showTaskpane: () => Promise.reject(new Error('not in a shared runtime')),
    });
    const outcome = await runCommand('createSummary', h.event, h.deps);
    expect(outcome.ok).toBe(true);
    expect(h.event.completed).toHaveBeenCalledTimes(1);
    expect(h.log.warn).toHaveBeenCalledTimes(2);
  });
});

describe('parseCommandOutcome', () => {
  it('rejects what is not an outcome', () => {
    expect(parseCommandOutcome(null)).toBeNull();
    expect(parseCommandOutcome('not json')).toBeNull();
    expect(parseCommandOutcome('{"command":"other","ok":true,"at":"x"}')).toBeNull();
    expect(parseCommandOutcome('{"command":"createSummary","ok":"yes","at":"x"}')).toBeNull();
  });
});
