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

/**
 * A message's text split once at its {name} parameters: literal, name, literal, …, literal (odd
 * indexes are names). Kept per language and key; the catalog never changes.
 */
type Template = readonly string[];

const PARAM = /\{(\w+)\}/g;
const templates: Record<Lang, Map<string, Template>> = { ja: new Map(), en: new Map() };

function compile(text: string): Template {
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(PARAM)) {
    parts.push(text.slice(last, m.index), m[1]);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

function templateOf(lang: Lang, key: string): Template {
  const cache = templates[lang] ?? templates.ja;
  let parts = cache.get(key);
  if (parts === undefined) {
    const entry = hasMessage(key) ? catalog[key] : undefined;
    parts = compile(entry ? entry[lang] : key);
    // Keys not in the catalog are rendered as themselves; only catalog keys are kept.
    if (entry && templates[lang]) cache.set(key, parts);
  }
  return parts;
}

/** Renders a message; a missing key or parameter is visible in the output rather than a crash. */
export function t(lang: Lang, key: string, params: MessageParams = {}): string {
  const parts = templateOf(lang, key);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    const v = params[name];
    out += v === undefined ? `{${name}}` : typeof v === 'number' ? formatNumber(v) : v;
    out += parts[i + 1];
  }
  return out;
}

/** Numbers in messages: integers grouped (19,140,000), others as written. */
export function formatNumber(n: number): string {
  if (!Number.isInteger(n)) return String(n);
  // Safe integers grouped by hand (what toLocaleString('en-US') gives, without its cost); -0 and
  // larger integers through toLocaleString.
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  const digits = String(n < 0 ? -n : n);
  if (digits.length <= 3) return n < 0 ? '-' + digits : digits;
  let head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (; head < digits.length; head += 3) out += ',' + digits.slice(head, head + 3);
  return n < 0 ? '-' + out : out;
}

/** Parses a language tag (ja-JP, en-US, ja) to a supported language; Japanese first. */
export function langFromTag(tag: string | null | undefined): Lang {
  if (!tag) return 'ja';
  return tag.toLowerCase().startsWith('en') ? 'en' : tag.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
