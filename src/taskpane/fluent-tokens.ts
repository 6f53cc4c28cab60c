/**
 * Fluent UI's design tokens (`tokens` of @fluentui/tokens) for the task pane's build: every token is the
 * CSS variable of its own name (`tokens.colorNeutralForeground1` is 'var(--colorNeutralForeground1)'),
 * the z-index ones with Fluent's fallback values; the variables themselves are set by FluentProvider
 * from the theme.
 *
 * Why: Fluent ships `tokens` as a table of ~470 such strings (~30 KB, ~5 KB gzip). In a single bundle
 * the minifier keeps only the entries used, but the pane's lazy chunks (results, settings, message
 * bar) use the table too, so it would be loaded whole with the first screen. webpack.config.js puts
 * this module in place of Fluent's (production and development builds alike); fluent-tokens.test.ts
 * checks it gives Fluent's value for every token, and that no Fluent code lists the table's keys.
 */
import type { Theme } from '@fluentui/react-components';

/** Tokens whose variable carries a fallback value (as Fluent's table writes them). */
const FALLBACKS: Readonly<Record<string, string>> = {
  zIndexBackground: '0',
  zIndexContent: '1',
  zIndexOverlay: '1000',
  zIndexPopup: '2000',
  zIndexMessages: '3000',
  zIndexFloating: '4000',
  zIndexPriority: '5000',
  zIndexDebug: '6000',
};

/** The CSS variable for a token name. */
export function tokenValue(name: string): string {
  const fallback = Object.prototype.hasOwnProperty.call(FALLBACKS, name) ? FALLBACKS[name] : undefined;
  return fallback === undefined ? `var(--${name})` : `var(--${name}, ${fallback})`;
}

export const tokens = new Proxy({} as Record<keyof Theme, string>, {
  get: (_target, key) => (typeof key === 'string' ? tokenValue(key) : undefined),
});
