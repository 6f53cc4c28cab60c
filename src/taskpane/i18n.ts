/**
 * The task pane's own messages: the ui.* and excel.* areas of the one catalog (src/core/i18n), taken
 * from their area files and rendered exactly as the core's t() renders them ({name} parameters,
 * integers grouped). The first screen loads only these; the core's full catalog (rules, schedule,
 * summary, CLI: most of its size) comes with the core's chunk, where the report's issue messages are
 * rendered (IssueList uses the core's t() for those). i18n.test.ts checks both give the same text.
 */
import type { Lang, Message, MessageParams } from '../core/i18n';
import { excelMessages } from '../core/i18n/messages/excel';
import { uiMessages } from '../core/i18n/messages/ui';

export type { Lang, MessageParams };

const catalog: Readonly<Record<string, Message>> = { ...excelMessages, ...uiMessages };

/** True when the pane's messages (ui.*, excel.*) have `key`. */
export function hasMessage(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(catalog, key);
}

/** The keys the pane can render (for tests). */
export function messageKeys(): string[] {
  return Object.keys(catalog);
}

/** Renders a pane message; a missing key or parameter is visible in the output rather than a crash. */
export function t(lang: Lang, key: string, params: MessageParams = {}): string {
  const entry = hasMessage(key) ? catalog[key] : undefined;
  const text = entry ? entry[lang] : key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? formatNumber(v) : v;
  });
}

/** Numbers in messages: integers grouped (19,140,000), others as written (as the core's formatNumber). */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : String(n);
}

/** A language tag (ja-JP, en-US, ja) to a supported language, Japanese first (as the core's langFromTag). */
export function langFromTag(tag: string | null | undefined): Lang {
  if (!tag) return 'ja';
  const lower = tag.toLowerCase();
  return lower.startsWith('en') ? 'en' : lower.startsWith('ja') ? 'ja' : 'en';
}
