/**
 * The views below the first screen, with React and Fluent UI: one chunk, loaded by index.ts when the
 * pane is idle after it became interactive, or at once when an action needs it.
 */
import { FluentProvider, webLightTheme, type Theme } from '@fluentui/react-components';
import { createRoot, type Root } from 'react-dom/client';
import type { ThemeKind } from '../first-screen/theme';
import type { PaneController } from '../pane/controller';
import { PaneBody } from './PaneBody';

/** Fluent's theme for the pane's theme kind (the dark theme is its own chunk; light if it fails). */
export function fluentTheme(kind: ThemeKind): Promise<Theme> {
  return kind === 'dark'
    ? import('../dark-theme').then(
        (m) => m.webDarkTheme,
        () => webLightTheme,
      )
    : Promise.resolve(webLightTheme);
}

/** Renders the views into `container` (replacing its placeholder) with the given Fluent theme. */
export function renderPaneBody(container: HTMLElement, controller: PaneController, theme: Theme): Root {
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={theme}>
      <PaneBody controller={controller} />
    </FluentProvider>,
  );
  return root;
}

export async function mountPaneBody(
  container: HTMLElement,
  controller: PaneController,
  kind: ThemeKind,
): Promise<Root> {
  return renderPaneBody(container, controller, await fluentTheme(kind));
}
