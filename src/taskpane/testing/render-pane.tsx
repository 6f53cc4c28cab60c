/**
 * Mounts the whole task pane for the DOM tests: the first screen (plain DOM) and the React views below
 * it, on one controller, as index.ts does in the pane (there the React views come later, in their own
 * chunk; here they are mounted at once). Unmounted after each test by the returned cleanup, which the
 * helper registers with jest's afterEach.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act } from '@testing-library/react';
import { createRoot, type Root } from 'react-dom/client';
import type { Lang } from '../../core/i18n';
import type { WorkbookHost } from '../../excel/host';
import { PaneBody } from '../components/PaneBody';
import { mountFirstScreen, type FirstScreen } from '../first-screen/first-screen';
import { createPaneController, type PaneController } from '../pane/controller';

export interface RenderedPane {
  readonly container: HTMLElement;
  readonly controller: PaneController;
  readonly screen: FirstScreen;
  /** Mounts the React views (done at once unless `withBody: false`). */
  mountBody(): void;
}

export interface RenderPaneOptions {
  readonly lang?: Lang;
  readonly now?: () => Date;
  /** Mount the React views at once (default), or leave the placeholder until mountBody(). */
  readonly withBody?: boolean;
}

const mounted: Array<() => void> = [];

afterEach(() => {
  for (const cleanup of mounted.splice(0)) act(() => cleanup());
});

export function renderPane(host: WorkbookHost, options: RenderPaneOptions = {}): RenderedPane {
  const container = document.body.appendChild(document.createElement('div'));
  const controller = createPaneController({ host, lang: options.lang ?? 'ja', now: options.now });
  const screen = mountFirstScreen(container, controller);
  let root: Root | null = null;
  const mountBody = () => {
    if (root) return;
    act(() => {
      root = createRoot(screen.body);
      root.render(
        <FluentProvider theme={webLightTheme}>
          <PaneBody controller={controller} />
        </FluentProvider>,
      );
    });
    screen.bodyMounted();
  };
  if (options.withBody !== false) mountBody();
  mounted.push(() => {
    root?.unmount();
    screen.dispose();
    controller.dispose();
    container.remove();
  });
  void controller.loadSettings();
  return { container, controller, screen, mountBody };
}
