import { DEFAULT_SETTINGS, type WorkbookSettings } from '../../core/config';
import { HostError, type WorkbookHost } from '../../excel/host';
import { fakeHost, gridFromTsv } from '../testing/fake-host';
import { busyKey, canRun, createPaneController, type PaneController, type PaneState } from './controller';

const SAMPLE_SETTINGS: WorkbookSettings = { ...DEFAULT_SETTINGS, asOf: '2024-11-08' };
const NOW = () => new Date('2024-11-08T03:00:00Z');

function controllerFor(host: WorkbookHost, lang: 'ja' | 'en' = 'ja'): PaneController {
  return createPaneController({ host, lang, now: NOW });
}

/** Every state the controller went through, from now on. */
function record(c: PaneController): PaneState[] {
  const states: PaneState[] = [];
  c.subscribe(() => states.push(c.getSnapshot()));
  return states;
}

// The core and the Excel flows are their own chunk: compiled once up front (a cold ts-jest cache is slow).
beforeAll(() => import('../../excel/workflows'), 120_000);

describe('the pane controller', () => {
  it('starts with the settings unread: actions off, the settings read shown as busy', () => {
    const c = controllerFor(fakeHost());
    const s = c.getSnapshot();
    expect(s).toMatchObject({ lang: 'ja', settings: null, busy: null, report: null, message: null });
    expect(s.todayIso).toBe('2024-11-08');
    expect(s.asOf).toEqual({ today: true, date: '2024-11-08' });
    expect(canRun(s)).toBe(false);
    expect(busyKey(s)).toBe('ui.busy.settings');
  });

  it('reads the settings: the stored as-of date is taken, the actions are on', async () => {
    const c = controllerFor(fakeHost({ settings: SAMPLE_SETTINGS }));
    const states = record(c);
    await c.loadSettings();
    const s = c.getSnapshot();
    expect(s.settings).toEqual(SAMPLE_SETTINGS);
    expect(s.asOf).toEqual({ today: false, date: '2024-11-08' });
    expect(canRun(s)).toBe(true);
    expect(busyKey(s)).toBeNull();
    expect(states).toHaveLength(1);
  });

  it("takes 'today' (and an unusable stored date) as today", async () => {
    const c = controllerFor(fakeHost({ settings: { ...DEFAULT_SETTINGS, asOf: '2024-02-30' } }));
    await c.loadSettings();
    expect(c.getSnapshot().asOf).toEqual({ today: true, date: '2024-11-08' });
  });

  it('falls back to the defaults with a warning when the settings cannot be read', async () => {
    const host: WorkbookHost = {
      ...fakeHost(),
      loadSettings: () => Promise.reject(new Error('GeneralException: boom')),
    };
    const c = controllerFor(host);
    await c.loadSettings();
    const s = c.getSnapshot();
    expect(s.settings).toBe(DEFAULT_SETTINGS);
    expect(s.message).toEqual({
      intent: 'warning',
      key: 'ui.error.settingsLoad',
      params: { detail: 'GeneralException: boom' },
    });
    expect(canRun(s)).toBe(true);
  });

  it('says when the stored settings were unusable (the defaults were taken)', async () => {
    const host: WorkbookHost = {
      ...fakeHost(),
      loadSettingsChecked: async () => ({
        settings: DEFAULT_SETTINGS,
        notice: { messageKey: 'excel.settings.corrupt', detail: 'bad JSON' },
      }),
    };
    const c = controllerFor(host);
    await c.loadSettings();
    expect(c.getSnapshot().message).toEqual({
      intent: 'warning',
      key: 'excel.settings.corrupt',
      extra: { key: 'ui.error.detail', params: { detail: 'bad JSON' } },
    });
  });

  it('validates: busy while Excel works, then the report, the counts and the highlights', async () => {
    const host = fakeHost({ settings: SAMPLE_SETTINGS });
    const c = controllerFor(host);
    await c.loadSettings();
    const states = record(c);
    const done = c.validate();
    expect(c.getSnapshot().busy).toBe('validate');
    expect(busyKey(c.getSnapshot())).toBe('ui.busy.validate');
    expect(canRun(c.getSnapshot())).toBe(false);
    await done;
    const s = c.getSnapshot();
    expect(s.busy).toBeNull();
    expect(s.report?.totals.cost).toBe(159642281);
    expect(s.report?.asOf).toBe('2024-11-08');
    expect(s.report?.counts.error).toBe(0);
    expect(s.tab).toBe('results');
    expect(s.message).toMatchObject({
      intent: 'success',
      key: 'ui.msg.validated',
      params: { error: 0 },
      extra: { key: 'ui.msg.highlighted' },
    });
    expect(host.calls.highlight).toEqual([['R6', (s.message?.extra?.params?.count as number) ?? -1]]);
    // The message is cleared when the action starts, the report comes before the outcome message.
    expect(states[0]).toMatchObject({ busy: 'validate', message: null });
    expect(states.findIndex((x) => x.report !== null)).toBeLessThan(
      states.findIndex((x) => x.message !== null),
    );
  });

  it('runs one action at a time', async () => {
    const host = fakeHost({ settings: SAMPLE_SETTINGS });
    const c = controllerFor(host);
    await c.loadSettings();
    const first = c.summary();
    await c.validate(); // ignored: the summary is running
    await first;
    expect(host.calls.writeSummary).toHaveLength(1);
    expect(host.calls.highlight).toHaveLength(0);
    expect(c.getSnapshot().message).toEqual({
      intent: 'success',
      key: 'ui.msg.summaryCreated',
      params: { sheet: '集計' },
    });
  });

  it('checks against the chosen as-of date', async () => {
    const c = controllerFor(fakeHost({ settings: DEFAULT_SETTINGS }));
    await c.loadSettings();
    c.setAsOf({ today: false, date: '2025-03-31' });
    await c.validate();
    expect(c.getSnapshot().report?.asOf).toBe('2025-03-31');
  });

  it('does not run with an invalid as-of date', async () => {
    const c = controllerFor(fakeHost({ settings: DEFAULT_SETTINGS }));
    await c.loadSettings();
    c.setAsOf({ today: false, date: '2025-02-30' });
    expect(canRun(c.getSnapshot())).toBe(false);
    c.setAsOf({ today: true, date: '2025-02-30' });
    expect(canRun(c.getSnapshot())).toBe(true);
  });

  it('turns host errors into messages', async () => {
    const c = controllerFor(
      fakeHost({
        settings: SAMPLE_SETTINGS,
        readError: new HostError('protected', 'excel.error.protected', 'AccessDenied'),
      }),
    );
    await c.loadSettings();
    await c.validate();
    expect(c.getSnapshot()).toMatchObject({
      busy: null,
      report: null,
      message: { intent: 'error', key: 'ui.error.protected' },
    });
  });

  it('warns when no table is found', async () => {
    const c = controllerFor(
      fakeHost({ settings: SAMPLE_SETTINGS, grid: gridFromTsv('買い物リスト\nりんご\t3') }),
    );
    await c.loadSettings();
    await c.validate();
    expect(c.getSnapshot().message).toEqual({ intent: 'warning', key: 'ui.error.missingTable' });
  });

  it('keeps the report when the highlights cannot be written, and says why', async () => {
    const base = fakeHost({ settings: SAMPLE_SETTINGS });
    const c = controllerFor({
      ...base,
      validateActiveSheet: async (run) => ({
        report: run(await base.readActiveSheet()),
        highlighted: 0,
        highlightError: new HostError('protected', 'excel.error.protected'),
      }),
    });
    await c.loadSettings();
    await c.validate();
    const s = c.getSnapshot();
    expect(s.report?.totals.cost).toBe(159642281);
    expect(s.message).toMatchObject({
      intent: 'warning',
      key: 'ui.msg.validated',
      extra: { key: 'ui.error.protected' },
    });
  });

  it('clears the highlights', async () => {
    const host = fakeHost({ settings: SAMPLE_SETTINGS });
    const c = controllerFor(host);
    await c.loadSettings();
    await c.clearHighlights();
    expect(host.calls.clearHighlights).toBe(1);
    expect(c.getSnapshot().message).toEqual({ intent: 'success', key: 'ui.msg.cleared' });
  });

  it("selects a cell on the report's sheet; a failure becomes the message", async () => {
    const host = fakeHost({ settings: SAMPLE_SETTINGS });
    const c = controllerFor(host);
    await c.loadSettings();
    c.selectCell('B5'); // no report yet: nothing to go to
    expect(host.calls.selectCell).toEqual([]);
    await c.validate();
    c.selectCell('B5');
    expect(host.calls.selectCell).toEqual([['R6', 'B5']]);

    const failing = controllerFor({
      ...host,
      selectCell: () => Promise.reject(new HostError('excel-error', 'excel.error.generic', 'gone')),
    });
    await failing.loadSettings();
    await failing.validate();
    failing.selectCell('B5');
    await new Promise((r) => setTimeout(r, 0));
    expect(failing.getSnapshot().message).toEqual({
      intent: 'error',
      key: 'ui.error.generic',
      params: { detail: 'gone' },
    });
  });

  it('saves the settings in the workbook and takes their as-of date', async () => {
    const host = fakeHost({ settings: DEFAULT_SETTINGS });
    const c = controllerFor(host);
    await c.loadSettings();
    const next = { ...DEFAULT_SETTINGS, asOf: '2025-01-31', fiscalYear: 2024 };
    await c.saveSettings(next);
    expect(host.calls.saveSettings).toEqual([next]);
    expect(c.getSnapshot().settings).toEqual(next);
    expect(c.getSnapshot().asOf).toEqual({ today: false, date: '2025-01-31' });
  });

  it('leaves the settings as they were when saving fails (the caller shows why)', async () => {
    const host = fakeHost({ settings: SAMPLE_SETTINGS });
    const c = controllerFor({ ...host, saveSettings: () => Promise.reject(new Error('locked')) });
    await c.loadSettings();
    await expect(c.saveSettings(DEFAULT_SETTINGS)).rejects.toThrow('locked');
    expect(c.getSnapshot().settings).toEqual(SAMPLE_SETTINGS);
  });

  it('switches language, tab and dismisses the message', async () => {
    const c = controllerFor(fakeHost({ settings: SAMPLE_SETTINGS }), 'en');
    await c.loadSettings();
    await c.clearHighlights();
    c.toggleLang();
    expect(c.getSnapshot().lang).toBe('ja');
    c.setTab('settings');
    expect(c.getSnapshot().tab).toBe('settings');
    c.dismissMessage();
    expect(c.getSnapshot().message).toBeNull();
  });

  it('validates in the current language', async () => {
    const messages = async (lang: 'ja' | 'en') => {
      const c = controllerFor(fakeHost({ settings: SAMPLE_SETTINGS }), lang);
      await c.loadSettings();
      await c.validate();
      return c.getSnapshot().report?.issues.map((i) => i.message) ?? [];
    };
    const [ja, en] = [await messages('ja'), await messages('en')];
    expect(ja.length).toBeGreaterThan(0);
    expect(en).toHaveLength(ja.length);
    expect(en).not.toEqual(ja);
  });

  it('notifies until unsubscribed, and not at all once disposed', async () => {
    const c = controllerFor(fakeHost({ settings: SAMPLE_SETTINGS }));
    let calls = 0;
    const off = c.subscribe(() => calls++);
    c.setTab('settings');
    off();
    c.setTab('results');
    expect(calls).toBe(1);
    const states = record(c);
    const reading = c.loadSettings();
    c.dispose();
    await reading;
    expect(states).toEqual([]);
    expect(c.getSnapshot().settings).toBeNull();
  });
});
