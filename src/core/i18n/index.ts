/**
 * The one message catalog (ja, en). Each area keeps its messages in its own file under messages/,
 * every entry with both languages side by side; this module merges them and renders a message.
 *
 * Parameters are written {name} in the text.
 */
import { cliMessages } from './messages/cli';
import { coreMessages } from './messages/core';
import { excelMessages } from './messages/excel';
import { ruleMessages } from './messages/rules';
import { scheduleMessages } from './messages/schedule';
import { summaryMessages } from './messages/summary';
import { uiMessages } from './messages/ui';

export type Lang = 'ja' | 'en';
export const LANGS: readonly Lang[] = ['ja', 'en'];

export interface Message {
  readonly ja: string;
  readonly en: string;
}

export type MessageParams = Readonly<Record<string, string | number>>;

const catalog: Readonly<Record<string, Message>> = {
  ...coreMessages,
  ...ruleMessages,
  ...scheduleMessages,
  ...summaryMessages,
  ...cliMessages,
  ...excelMessages,
  ...uiMessages,
};

export function hasMessage(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(catalog, key);
}

/** All catalog keys (for tests that check both languages are filled in). */
export function messageKeys(): string[] {
  return Object.keys(catalog);
}

/** Renders a message; a missing key or parameter is visible in the output rather than a crash. */
export function t(lang: Lang, key: string, params: MessageParams = {}): string {
  const entry = hasMessage(key) ? catalog[key] : undefined;
  const text = entry ? entry[lang] : key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? formatNumber(v) : v;
  });
}

/** Numbers in messages: integers grouped (19,140,000), others as written. */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : String(n);
}

/** Parses a language tag (ja-JP, en-US, ja) to a supported language; Japanese first. */
export function langFromTag(tag: string | null | undefined): Lang {
  if (!tag) return 'ja';
  return tag.toLowerCase().startsWith('en') ? 'en' : tag.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
