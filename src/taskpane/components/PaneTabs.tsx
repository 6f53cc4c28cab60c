/**
 * The results / settings tabs (their own chunk, loaded once the pane is usable: TabList brings the
 * keyboard-navigation library tabster, which the first screen does not need otherwise).
 */
import { Tab, TabList } from '@fluentui/react-components';
import { t, type Lang } from '../i18n';

export type TabValue = 'results' | 'settings';

export interface PaneTabsProps {
  readonly lang: Lang;
  readonly selected: TabValue;
  readonly onSelect: (tab: TabValue) => void;
}

export default function PaneTabs({ lang, selected, onSelect }: PaneTabsProps) {
  return (
    <TabList
      selectedValue={selected}
      onTabSelect={(_, data) => onSelect(data.value as TabValue)}
      aria-label={t(lang, 'ui.tab.label')}
    >
      <Tab id="tab-results" value="results" aria-controls="panel-results">
        {t(lang, 'ui.tab.results')}
      </Tab>
      <Tab id="tab-settings" value="settings" aria-controls="panel-settings">
        {t(lang, 'ui.tab.settings')}
      </Tab>
    </TabList>
  );
}
