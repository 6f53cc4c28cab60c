/**
 * What the task pane reads from Office at start-up: the display language and the theme. Kept apart
 * from index.ts so it can be tested without Office.js.
 */
import { langFromTag, type Lang } from './i18n';

/** The part of Office.context the task pane reads. */
export interface OfficeEnvironment {
  readonly displayLanguage?: string | null;
  readonly officeTheme?: { readonly bodyBackgroundColor?: string | null } | null;
}

export type ThemeKind = 'light' | 'dark';

/** Relative luminance (0–1) of a #rgb / #rrggbb colour; null when it cannot be read. */
export function luminance(color: string): number | null {
  let hex = color.trim().replace(/^#/, '');
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = hex.replace(/./g, (c) => c + c);
  if (!/^[0-9a-f]{6}$/i.test(hex)) return null;
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** Dark Office themes (black, dark grey) have a dark body background; anything else is light. */
export function themeKindFrom(env: OfficeEnvironment | null | undefined): ThemeKind {
  const bg = env?.officeTheme?.bodyBackgroundColor;
  if (!bg) return 'light';
  const l = luminance(bg);
  return l !== null && l < 0.2 ? 'dark' : 'light';
}

/** Japanese when Office's display language is Japanese, English otherwise. */
export function langFrom(env: OfficeEnvironment | null | undefined): Lang {
  const tag = env?.displayLanguage;
  if (!tag) return 'ja';
  return langFromTag(tag);
}
