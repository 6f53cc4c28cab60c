/** Display helpers of the task pane: money, dates, days late, fiscal years. Pure functions. */
import { formatNumber, t, type Lang } from './i18n';
import { ISO_DATE } from './iso-date';

// The first screen imports isIsoDate from iso-date.ts alone; this module's other helpers come with the lazy views.
export { isIsoDate } from './iso-date';

/** Integer yen grouped: 159,642,281円 (ja) / ¥159,642,281 (en); 「—」 when null. */
export function formatYen(lang: Lang, amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return t(lang, 'ui.money.none');
  return t(lang, 'ui.money.yen', { amount: formatNumber(amount) });
}

function dayNumber(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) return NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

/** Whole days from `due` to `asOf` (positive when late); 0 when either is not an ISO date. */
export function daysLate(due: string, asOf: string): number {
  const d = dayNumber(asOf) - dayNumber(due);
  return Number.isFinite(d) ? Math.max(0, Math.round(d)) : 0;
}

/** 令和 year of a western fiscal year (2024 → 6). */
export function reiwaYear(year: number): number {
  return year - 2018;
}

/**
 * Parses a fiscal year as typed: '' → null (infer from the sheet); 2024, 令和6, R6, ２０２４ → 2024.
 * Returns undefined when the text cannot be read.
 */
export function parseFiscalYear(text: string): number | null | undefined {
  const s = text
    .normalize('NFKC')
    .trim()
    .replace(/\s+/g, '')
    .replace(/年度?$/, '');
  if (s === '') return null;
  let m = /^(?:令和|R|r)(\d{1,2}|元)$/.exec(s);
  if (m) {
    const n = m[1] === '元' ? 1 : Number(m[1]);
    return n >= 1 ? 2018 + n : undefined;
  }
  m = /^(\d{4})$/.exec(s);
  if (m) {
    const n = Number(m[1]);
    return n >= 2000 && n <= 2100 ? n : undefined;
  }
  return undefined;
}

/** Parses a grant rate: '' → null; 0.5, 1/2, 50% → 0.5; undefined when unreadable or outside 0–1. */
export function parseRate(text: string): number | null | undefined {
  const s = text.normalize('NFKC').trim();
  if (s === '') return null;
  let value: number;
  let m = /^(\d+)\s*\/\s*(\d+)$/.exec(s);
  if (m) {
    const den = Number(m[2]);
    if (den === 0) return undefined;
    value = Number(m[1]) / den;
  } else if ((m = /^(\d+(?:\.\d+)?)\s*%$/.exec(s))) {
    value = Number(m[1]) / 100;
  } else if (/^\d*\.?\d+$/.test(s)) {
    value = Number(s);
  } else {
    return undefined;
  }
  return value >= 0 && value <= 1 ? value : undefined;
}

/** A rate as the user would type it (0.5). */
export function formatRate(rate: number | null): string {
  return rate === null ? '' : String(rate);
}
