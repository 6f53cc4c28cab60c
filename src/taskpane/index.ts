/**
 * Task-pane entry (webpack entry ./src/taskpane/index.ts), without React or Fluent: waits for Office,
 * reads the display language and theme once, builds the first screen (plain DOM, first-screen/) on the
 * pane controller (pane/controller.ts), reads the workbook's settings (which enables the actions), and
 * then loads the views below the first screen (React + Fluent UI, components/mount-body.tsx) when the
 * page is idle — or at once when an action, a message or a report needs them.
 */
import { createExcelHost } from '../excel/excel-host';
import { mountFirstScreen } from './first-screen/first-screen';
import { langFrom, themeKindFrom, type OfficeEnvironment } from './office-env';
import { createPaneController } from './pane/controller';

/** Runs `task` when the page is idle (soon after where requestIdleCallback is missing). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 0);
}

Office.onReady(() => {
  const container = document.getElementById('container');
  if (!container) return;
  const env: OfficeEnvironment = {
    displayLanguage: Office.context?.displayLanguage,
    officeTheme: Office.context?.officeTheme,
  };
  const lang = langFrom(env);
  const theme = themeKindFrom(env);
  document.documentElement.lang = lang;
  document.getElementById('loading')?.remove();

  const controller = createPaneController({ host: createExcelHost(), lang });
  // The settings are asked for first: Excel answers while the first screen is being built.
  const settingsRead = controller.loadSettings();
  const screen = mountFirstScreen(container, controller, { theme, deferDateInput: true });

  // The views below the first screen: fetched once; a failed fetch (network) is tried again when needed.
  let body: Promise<void> | null = null;
  const loadBody = (): void => {
    if (body) return;
    body = import('./components/mount-body')
      .then((m) => m.mountPaneBody(screen.body, controller, theme))
      .then(
        () => {
          screen.bodyMounted();
          unsubscribe();
        },
        () => {
          body = null;
        },
      );
  };
  // Needed at once for what only they show: an action's progress and outcome, a message, a report.
  const unsubscribe = controller.subscribe(() => {
    const s = controller.getSnapshot();
    if (s.busy !== null || s.message !== null || s.report !== null) loadBody();
  });
  void settingsRead.then(() => {
    // Interactive now. Right after: the date input (in its own task, see deferDateInput), then, when
    // the page is idle, the views below.
    setTimeout(() => screen.ensureDateInput(), 0);
    whenIdle(loadBody);
  });
});
