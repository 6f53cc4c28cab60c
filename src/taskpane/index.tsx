/**
 * Task-pane entry (webpack entry ./src/taskpane/index.tsx): waits for Office, reads the display
 * language and theme once, creates the Office.js workbook host and renders the app. The dark theme's
 * tokens are loaded only when Office's theme is dark (most panes open light).
 */
import { FluentProvider, webLightTheme, type Theme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createExcelHost } from '../excel/excel-host';
import { App } from './components/App';
import { HostProvider } from './host-context';
import { langFrom, themeKindFrom, type OfficeEnvironment } from './office-env';

Office.onReady(async () => {
  const container = document.getElementById('container');
  if (!container) return;
  const env: OfficeEnvironment = {
    displayLanguage: Office.context?.displayLanguage,
    officeTheme: Office.context?.officeTheme,
  };
  const lang = langFrom(env);
  // Should the dark theme's chunk fail to load, the pane still opens (light) rather than not at all.
  const theme: Theme =
    themeKindFrom(env) === 'dark'
      ? await import('./dark-theme').then(
          (m) => m.webDarkTheme,
          () => webLightTheme,
        )
      : webLightTheme;
  document.documentElement.lang = lang;
  document.getElementById('loading')?.remove();
  createRoot(container).render(
    <FluentProvider theme={theme}>
      <HostProvider host={createExcelHost()}>
        <App lang={lang} />
      </HostProvider>
    </FluentProvider>,
  );
});
