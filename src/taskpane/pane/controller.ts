/**
 * The task pane's state and actions, without a framework: the language, the workbook settings, the
 * as-of date, the running action, the last report and message, and the selected tab. The first screen
 * (first-screen/, plain DOM) and the React views below it (components/PaneBody.tsx, through
 * useSyncExternalStore) both render from getSnapshot() and call the actions.
 *
 * Excel goes through the WorkbookHost; the core and the Excel flows (the workflows chunk) are fetched
 * once the settings are read, so that the first click does not wait for them.
 */
import { DEFAULT_SETTINGS, todayInJapan, type WorkbookSettings } from '../../core/config';
import type { Report } from '../../core/model';
import type { WorkbookHost } from '../../excel/host';
import { errorDetail, messageForError, type UiMessage } from '../errors';
import { hasMessage, type Lang } from '../i18n';
import { isIsoDate } from '../iso-date';

export type Busy = 'validate' | 'summary' | 'clear' | null;
export type TabValue = 'results' | 'settings';

export interface AsOfValue {
  /** Judge against today (the default) or against `date`. */
  readonly today: boolean;
  readonly date: string;
}

export interface PaneState {
  readonly lang: Lang;
  /** Today's date in Japan (ISO), shown beside the 'today' switch. */
  readonly todayIso: string;
  /** The workbook's settings; null until they are read. */
  readonly settings: WorkbookSettings | null;
  readonly asOf: AsOfValue;
  readonly busy: Busy;
  readonly report: Report | null;
  readonly message: UiMessage | null;
  readonly tab: TabValue;
}

export interface PaneCapabilities {
  readonly canSummarize: boolean;
  readonly canHighlight: boolean;
}

export interface PaneController {
  readonly capabilities: PaneCapabilities;
  getSnapshot(): PaneState;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Reads the workbook's settings (once, at start-up); a failure leaves the defaults and a warning. */
  loadSettings(): Promise<void>;
  validate(): Promise<void>;
  summary(): Promise<void>;
  clearHighlights(): Promise<void>;
  /** Goes to a cell of the last report's sheet; a failure becomes the message. */
  selectCell(cell: string): void;
  /** Saves in the workbook (a rejection is the caller's to show), then takes the settings. */
  saveSettings(next: WorkbookSettings): Promise<void>;
  toggleLang(): void;
  setAsOf(value: AsOfValue): void;
  setTab(tab: TabValue): void;
  dismissMessage(): void;
  /** Stops notifying and ignores what is still running (the pane is gone). */
  dispose(): void;
}

export interface PaneControllerOptions {
  readonly host: WorkbookHost;
  /** Initial display language (from Office's display language). */
  readonly lang: Lang;
  /** Clock, for tests; default: the real one. */
  readonly now?: () => Date;
}

/** The as-of date is usable: 'today', or a real calendar date. */
export function asOfValid(state: PaneState): boolean {
  return state.asOf.today || isIsoDate(state.asOf.date);
}

/** 検証 and 集計 can start: settings read, a usable as-of date, nothing running. */
export function canRun(state: PaneState): boolean {
  return state.settings !== null && asOfValid(state) && state.busy === null;
}

/** The busy indicator's message key (null when idle). */
export function busyKey(state: PaneState): string | null {
  return state.busy ? `ui.busy.${state.busy}` : state.settings === null ? 'ui.busy.settings' : null;
}

/** The core (check, schedule grammar, rules, dictionary) and the Excel flows: their own chunk. */
type Workflows = typeof import('../../excel/workflows');
let workflows: Workflows | null = null;
const loadWorkflows = (): Promise<Workflows> =>
  workflows
    ? Promise.resolve(workflows)
    : import('../../excel/workflows').then((m) => {
        workflows = m;
        return m;
      });

function asOfFromSettings(settings: WorkbookSettings, today: string): AsOfValue {
  return settings.asOf === 'today' || !isIsoDate(settings.asOf)
    ? { today: true, date: today }
    : { today: false, date: settings.asOf };
}

function hasMissingTable(report: Report): boolean {
  return report.issues.some((i) => i.rule === 'missing-table');
}

/** The warning for stored settings that could not be used (the defaults were taken). */
function settingsNotice(notice: { readonly messageKey: string; readonly detail?: string }): UiMessage {
  return hasMessage(notice.messageKey)
    ? {
        intent: 'warning',
        key: notice.messageKey,
        extra: notice.detail ? { key: 'ui.error.detail', params: { detail: notice.detail } } : undefined,
      }
    : {
        intent: 'warning',
        key: 'ui.error.settingsLoad',
        params: { detail: notice.detail ?? notice.messageKey },
      };
}

export function createPaneController({ host, lang, now }: PaneControllerOptions): PaneController {
  const clock = now ?? (() => new Date());
  const today = () => todayInJapan(clock());
  const listeners = new Set<() => void>();
  let disposed = false;
  const todayIso = today();
  let state: PaneState = {
    lang,
    todayIso,
    settings: null,
    asOf: { today: true, date: todayIso },
    busy: null,
    report: null,
    message: null,
    tab: 'results',
  };

  const set = (patch: Partial<PaneState>): void => {
    if (disposed) return;
    // Today is read again at each change (the pane may stay open past midnight).
    state = { ...state, ...patch, todayIso: today() };
    for (const listener of [...listeners]) listener();
  };

  const capabilities: PaneCapabilities = {
    canSummarize: host.capabilities.summarySheet !== false,
    canHighlight: host.capabilities.highlights !== false,
  };

  /** Runs one Excel action at a time; errors become messages. */
  const run = async (kind: Exclude<Busy, null>, action: () => Promise<UiMessage | null>): Promise<void> => {
    if (state.busy !== null) return;
    set({ busy: kind, message: null });
    let message: UiMessage | null;
    try {
      message = await action();
    } catch (err) {
      message = messageForError(err);
    }
    set({ busy: null, message });
  };

  const runSettings = (): WorkbookSettings => ({
    ...(state.settings ?? DEFAULT_SETTINGS),
    asOf: state.asOf.today ? 'today' : state.asOf.date,
  });

  const controller: PaneController = {
    capabilities,
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async loadSettings() {
      try {
        const { settings, notice } = host.loadSettingsChecked
          ? await host.loadSettingsChecked()
          : { settings: await host.loadSettings(), notice: null };
        set({
          settings,
          asOf: asOfFromSettings(settings, today()),
          // Stored settings that could not be used: say so (the defaults were taken).
          ...(notice ? { message: settingsNotice(notice) } : {}),
        });
      } catch (err) {
        set({
          settings: DEFAULT_SETTINGS,
          message: { intent: 'warning', key: 'ui.error.settingsLoad', params: { detail: errorDetail(err) } },
        });
      }
      // The pane is usable now: fetch the core in the background so the first click does not wait for it.
      if (!disposed) loadWorkflows().catch(() => undefined);
    },

    validate: () =>
      run('validate', async () => {
        // Usually fetched already (see loadSettings): then the flow starts in the same tick.
        const { runValidate } = workflows ?? (await loadWorkflows());
        const outcome = await runValidate(host, { lang: state.lang, settings: runSettings(), now: clock() });
        const r = outcome.report;
        set({ report: r, tab: 'results' });
        if (hasMissingTable(r)) return { intent: 'warning', key: 'ui.error.missingTable' };
        // The report stands even when the highlights could not be written (e.g. a protected sheet).
        const highlightProblem = outcome.highlightError ? messageForError(outcome.highlightError) : null;
        return {
          intent: r.counts.error > 0 || highlightProblem ? 'warning' : 'success',
          key: 'ui.msg.validated',
          params: { ...r.counts },
          extra: highlightProblem
            ? { key: highlightProblem.key, params: highlightProblem.params }
            : outcome.highlighted > 0
              ? { key: 'ui.msg.highlighted', params: { count: outcome.highlighted } }
              : undefined,
        };
      }),

    summary: () =>
      run('summary', async () => {
        const { runSummary } = workflows ?? (await loadWorkflows());
        const { report: r, sheetName } = await runSummary(host, {
          lang: state.lang,
          settings: runSettings(),
          now: clock(),
        });
        set({ report: r, tab: 'results' });
        if (hasMissingTable(r)) return { intent: 'warning', key: 'ui.error.missingTable' };
        return { intent: 'success', key: 'ui.msg.summaryCreated', params: { sheet: sheetName } };
      }),

    clearHighlights: () =>
      run('clear', async () => {
        await host.clearHighlights();
        return { intent: 'success', key: 'ui.msg.cleared' };
      }),

    selectCell(cell) {
      const report = state.report;
      if (!report) return;
      host.selectCell(report.sheet, cell).catch((err: unknown) => set({ message: messageForError(err) }));
    },

    async saveSettings(next) {
      await host.saveSettings(next);
      set({ settings: next, asOf: asOfFromSettings(next, today()) });
    },

    toggleLang: () => set({ lang: state.lang === 'ja' ? 'en' : 'ja' }),
    setAsOf: (asOf) => set({ asOf }),
    setTab: (tab) => set({ tab }),
    dismissMessage: () => set({ message: null }),
    dispose() {
      disposed = true;
      listeners.clear();
    },
  };
  return controller;
}
