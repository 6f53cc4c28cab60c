/**
 * Task-pane entry (webpack entry ./src/taskpane/index.tsx): waits for Office, reads the display
 * language and theme once, creates the Office.js workbook host and renders the app.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createExcelHost } from '../excel/excel-host';
import { App } from './components/App';
import { HostProvider } from './host-context';
import { langFrom, themeKindFrom, type OfficeEnvironment } from './office-env';

Office.onReady(() => {
  const container = document.getElementById('container');
  if (!container) return;
  const env: OfficeEnvironment = {
    displayLanguage: Office.context?.displayLanguage,
    officeTheme: Office.context?.officeTheme,
  };
  const lang = langFrom(env);
  document.documentElement.lang = lang;
  document.getElementById('loading')?.remove();
  createRoot(container).render(
    <FluentProvider theme={themeKindFrom(env) === 'dark' ? webDarkTheme : webLightTheme}>
      <HostProvider host={createExcelHost()}>
        <App lang={lang} />
      </HostProvider>
    </FluentProvider>,
  );
});
