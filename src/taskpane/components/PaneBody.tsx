/**
 * What the task pane shows below its first screen (first-screen/): the outcome message, the results /
 * settings tabs and the selected panel. It draws from the pane controller (the same state as the first
 * screen) and calls its actions. The results view and the settings panel stay their own chunks.
 */
import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import { t } from '../i18n';
import type { PaneController } from '../pane/controller';
import { BusyIndicator } from './BusyIndicator';
import PaneTabs from './PaneTabs';
import type { ResultsViewProps } from './ResultsView';
import { StatusMessage } from './StatusMessage';
import { useTypography } from './typography';

/** The settings panel is its own chunk (with the YAML parser): fetched when its tab is opened. */
const SettingsPanel = lazy(() => import('./SettingsPanel'));
/**
 * The results view (with the core's catalog for the issues' messages) is its own chunk, fetched as soon
 * as these views are mounted; once it is there it renders directly, in the same commit as the message
 * of the action that made the report (no loading frame in between).
 */
type ResultsModule = typeof import('./ResultsView');
let resultsModule: ResultsModule | null = null;
const loadResults = (): Promise<ResultsModule> =>
  import('./ResultsView').then((m) => {
    resultsModule = m;
    return m;
  });
const LazyResultsView = lazy(() => loadResults().then((m) => ({ default: m.ResultsView })));

function Results(props: ResultsViewProps) {
  const loaded = resultsModule;
  if (loaded) return <loaded.ResultsView {...props} />;
  return (
    <Suspense fallback={<BusyIndicator label={t(props.lang, 'ui.app.loading')} />}>
      <LazyResultsView {...props} />
    </Suspense>
  );
}

export interface PaneBodyProps {
  readonly controller: PaneController;
}

export function PaneBody({ controller }: PaneBodyProps) {
  const type = useTypography();
  const s = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const { lang, settings, report, message, tab } = s;
  useEffect(() => {
    loadResults().catch(() => undefined); // fetched again when a report needs it
  }, []);
  return (
    <>
      {message && <StatusMessage lang={lang} message={message} onDismiss={controller.dismissMessage} />}
      {/* Keeps the tab bar's place (a medium TabList) until the settings are read. */}
      <div className="dx-tabs-slot">
        {settings && <PaneTabs lang={lang} selected={tab} onSelect={controller.setTab} />}
      </div>
      {tab === 'results' ? (
        <div id="panel-results" role="tabpanel" aria-labelledby="tab-results">
          {report ? (
            <Results lang={lang} report={report} onSelectCell={controller.selectCell} />
          ) : (
            <span className={type.body1}>{t(lang, 'ui.results.empty')}</span>
          )}
        </div>
      ) : (
        <div id="panel-settings" role="tabpanel" aria-labelledby="tab-settings">
          <Suspense fallback={<BusyIndicator label={t(lang, 'ui.app.loading')} />}>
            {settings ? (
              <SettingsPanel lang={lang} settings={settings} onSave={controller.saveSettings} />
            ) : (
              <BusyIndicator label={t(lang, 'ui.busy.settings')} />
            )}
          </Suspense>
        </div>
      )}
    </>
  );
}
