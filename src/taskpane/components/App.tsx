import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_SETTINGS, todayInJapan, type WorkbookSettings } from '../../core/config';
import { hasMessage, t, type Lang } from '../i18n';
import type { Report } from '../../core/model';
import { errorDetail, messageForError, type UiMessage } from '../errors';
import { isIsoDate } from '../iso-date';
import { useHost } from '../host-context';
import { AsOfField, type AsOfValue } from './AsOfField';
import { BusyIndicator } from './BusyIndicator';
import { Header } from './Header';
import { useTypography } from './typography';
import type { TabValue } from './PaneTabs';

/** The settings panel is its own chunk: the first screen does not need its code (or the YAML parser). */
const SettingsPanel = lazy(() => import('./SettingsPanel'));
/** The results and the message bar are their own chunks too: the first screen shows neither. */
const ResultsView = lazy(() => import('./ResultsView').then((m) => ({ default: m.ResultsView })));
const StatusMessage = lazy(() => import('./StatusMessage').then((m) => ({ default: m.StatusMessage })));
/** The tab bar too (TabList brings tabster): shown once the settings are read, i.e. the pane is usable. */
const PaneTabs = lazy(() => import('./PaneTabs'));
/** The core (check, schedule grammar, rules, dictionary) and the Excel flows: fetched once the pane is ready. */
type Workflows = typeof import('../../excel/workflows');
let workflows: Workflows | null = null;
const loadWorkflows = (): Promise<Workflows> =>
  workflows
    ? Promise.resolve(workflows)
    : import('../../excel/workflows').then((m) => {
        workflows = m;
        return m;
      });

type Busy = 'validate' | 'summary' | 'clear' | null;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  /** Keeps the tab bar's place (a medium TabList) while its chunk loads, so nothing moves when it appears. */
  tabs: { minHeight: '44px' },
});

export interface AppProps {
  /** Initial display language (from Office's display language). */
  readonly lang: Lang;
  /** Clock, for tests; default: the real one. */
  readonly now?: () => Date;
}

function asOfFromSettings(settings: WorkbookSettings, today: string): AsOfValue {
  return settings.asOf === 'today' || !isIsoDate(settings.asOf)
    ? { today: true, date: today }
    : { today: false, date: settings.asOf };
}

function hasMissingTable(report: Report): boolean {
  return report.issues.some((i) => i.rule === 'missing-table');
}

/** The task pane: as-of date, actions, outcome message, results and settings. */
export function App({ lang: initialLang, now }: AppProps) {
  const styles = useStyles();
  const type = useTypography();
  const host = useHost();
  const clock = useMemo(() => now ?? (() => new Date()), [now]);
  const todayIso = todayInJapan(clock());

  const [lang, setLang] = useState<Lang>(initialLang);
  const [settings, setSettings] = useState<WorkbookSettings | null>(null);
  const [asOf, setAsOf] = useState<AsOfValue>({ today: true, date: todayIso });
  const [busy, setBusy] = useState<Busy>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [message, setMessage] = useState<UiMessage | null>(null);
  const [tab, setTab] = useState<TabValue>('results');
  const busyRef = useRef(false);

  // Settings kept in the workbook, read once at start-up.
  useEffect(() => {
    let live = true;
    const load = host.loadSettingsChecked
      ? host.loadSettingsChecked()
      : host.loadSettings().then((loaded) => ({ settings: loaded, notice: null }));
    load.then(
      ({ settings: loaded, notice }) => {
        if (!live) return;
        setSettings(loaded);
        setAsOf(asOfFromSettings(loaded, todayInJapan(clock())));
        // Stored settings that could not be used: say so (the defaults were taken).
        if (notice) {
          setMessage(
            hasMessage(notice.messageKey)
              ? {
                  intent: 'warning',
                  key: notice.messageKey,
                  extra: notice.detail
                    ? { key: 'ui.error.detail', params: { detail: notice.detail } }
                    : undefined,
                }
              : {
                  intent: 'warning',
                  key: 'ui.error.settingsLoad',
                  params: { detail: notice.detail ?? notice.messageKey },
                },
          );
        }
      },
      (err: unknown) => {
        if (!live) return;
        setSettings(DEFAULT_SETTINGS);
        setMessage({ intent: 'warning', key: 'ui.error.settingsLoad', params: { detail: errorDetail(err) } });
      },
    );
    return () => {
      live = false;
    };
  }, [host, clock]);

  // Once the pane is interactive, fetch the core in the background so the first click does not wait for it.
  useEffect(() => {
    if (settings !== null) loadWorkflows().catch(() => undefined);
  }, [settings]);

  const asOfValid = asOf.today || isIsoDate(asOf.date);
  const canSummarize = host.capabilities.summarySheet !== false;
  const canHighlight = host.capabilities.highlights !== false;
  const ready = settings !== null && asOfValid && busy === null;

  /** Runs one Excel action at a time; errors become messages. */
  const run = useCallback(async (kind: Exclude<Busy, null>, action: () => Promise<UiMessage | null>) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(kind);
    setMessage(null);
    try {
      setMessage(await action());
    } catch (err) {
      setMessage(messageForError(err));
    } finally {
      busyRef.current = false;
      setBusy(null);
    }
  }, []);

  const runSettings = useCallback(
    (): WorkbookSettings => ({ ...(settings ?? DEFAULT_SETTINGS), asOf: asOf.today ? 'today' : asOf.date }),
    [settings, asOf],
  );

  const onValidate = () =>
    run('validate', async () => {
      // Usually fetched already (see the effect above): then the flow starts in the same tick.
      const { runValidate } = workflows ?? (await loadWorkflows());
      const outcome = await runValidate(host, { lang, settings: runSettings(), now: clock() });
      const r = outcome.report;
      setReport(r);
      setTab('results');
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
    });

  const onSummary = () =>
    run('summary', async () => {
      // Usually fetched already (see the effect above): then the flow starts in the same tick.
      const { runSummary } = workflows ?? (await loadWorkflows());
      const { report: r, sheetName } = await runSummary(host, {
        lang,
        settings: runSettings(),
        now: clock(),
      });
      setReport(r);
      setTab('results');
      if (hasMissingTable(r)) return { intent: 'warning', key: 'ui.error.missingTable' };
      return { intent: 'success', key: 'ui.msg.summaryCreated', params: { sheet: sheetName } };
    });

  const onClear = () =>
    run('clear', async () => {
      await host.clearHighlights();
      return { intent: 'success', key: 'ui.msg.cleared' };
    });

  const onSelectCell = useCallback(
    (cell: string) => {
      if (!report) return;
      host.selectCell(report.sheet, cell).catch((err: unknown) => setMessage(messageForError(err)));
    },
    [host, report],
  );

  const onSaveSettings = useCallback(
    async (next: WorkbookSettings) => {
      await host.saveSettings(next);
      setSettings(next);
      setAsOf(asOfFromSettings(next, todayInJapan(clock())));
    },
    [host, clock],
  );

  const busyKey = busy ? `ui.busy.${busy}` : settings === null ? 'ui.busy.settings' : null;

  return (
    <main className={styles.root} lang={lang} aria-busy={busy !== null}>
      <Header lang={lang} onToggleLang={() => setLang(lang === 'ja' ? 'en' : 'ja')} />
      <AsOfField lang={lang} value={asOf} todayIso={todayIso} disabled={busy !== null} onChange={setAsOf} />
      <div className={styles.actions} role="group" aria-label={t(lang, 'ui.action.group')}>
        <Button appearance="primary" disabled={!ready} onClick={onValidate}>
          {t(lang, 'ui.action.validate')}
        </Button>
        <Button
          appearance="primary"
          disabled={!ready || !canSummarize}
          onClick={onSummary}
          aria-describedby={canSummarize ? undefined : 'capability-note'}
        >
          {t(lang, 'ui.action.summary')}
        </Button>
        {canHighlight && (
          <Button appearance="secondary" disabled={busy !== null} onClick={onClear}>
            {t(lang, 'ui.action.clear')}
          </Button>
        )}
      </div>
      {(!canSummarize || !canHighlight) && (
        <span id="capability-note" className={type.caption1}>
          {!canSummarize && t(lang, 'ui.capability.noSummary')}
          {!canSummarize && !canHighlight && ' '}
          {!canHighlight && t(lang, 'ui.capability.noHighlights')}
        </span>
      )}
      {busyKey && <BusyIndicator label={t(lang, busyKey)} />}
      {message && (
        <Suspense fallback={null}>
          <StatusMessage lang={lang} message={message} onDismiss={() => setMessage(null)} />
        </Suspense>
      )}
      <div className={styles.tabs}>
        {settings && (
          <Suspense fallback={null}>
            <PaneTabs lang={lang} selected={tab} onSelect={setTab} />
          </Suspense>
        )}
      </div>
      {tab === 'results' ? (
        <div id="panel-results" role="tabpanel" aria-labelledby="tab-results">
          {report ? (
            <Suspense fallback={<BusyIndicator label={t(lang, 'ui.app.loading')} />}>
              <ResultsView lang={lang} report={report} onSelectCell={onSelectCell} />
            </Suspense>
          ) : (
            <span className={type.body1}>{t(lang, 'ui.results.empty')}</span>
          )}
        </div>
      ) : (
        <div id="panel-settings" role="tabpanel" aria-labelledby="tab-settings">
          <Suspense fallback={<BusyIndicator label={t(lang, 'ui.app.loading')} />}>
            {settings ? (
              <SettingsPanel lang={lang} settings={settings} onSave={onSaveSettings} />
            ) : (
              <BusyIndicator label={t(lang, 'ui.busy.settings')} />
            )}
          </Suspense>
        </div>
      )}
    </main>
  );
}
