/**
 * Plain calendar arithmetic on ISO date strings (YYYY-MM-DD) and Japanese fiscal years (4/1–3/31).
 * No time zones: Date.UTC is used only to count days.
 */

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1];
}

/** '00' … '31': months and days written once, not built for every date. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 32 }, (_, n) => (n < 10 ? `0${n}` : String(n)));

function two(n: number): string {
  return n >= 0 && n < 32 && Number.isInteger(n) ? TWO_DIGITS[n] : n < 10 ? `0${n}` : String(n);
}

/**
 * ISO strings of the calendar dates written so far, by date (not by any text): a sheet's milestones
 * fall on a few hundred days, each otherwise built again for every milestone on it.
 */
const ISO_OF_DAY = new Map<number, string>();

export function iso(y: number, m: number, d: number): string {
  const plain =
    Number.isInteger(y) &&
    y >= 1900 &&
    y <= 2199 &&
    Number.isInteger(m) &&
    m >= 1 &&
    m <= 12 &&
    Number.isInteger(d) &&
    d >= 1 &&
    d <= 31;
  if (!plain) return format(y, m, d);
  const key = (y * 13 + m) * 32 + d;
  let s = ISO_OF_DAY.get(key);
  if (s === undefined) {
    s = format(y, m, d);
    ISO_OF_DAY.set(key, s);
  }
  return s;
}

function format(y: number, m: number, d: number): string {
  const year = y >= 1000 ? String(y) : String(y).padStart(4, '0');
  return `${year}-${two(m)}-${two(d)}`;
}

/** The number written in s[from, from + n) by ASCII digits only, or -1. */
function digitsAt(s: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = s.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Parses an ISO date (exactly /^\d{4}-\d{2}-\d{2}$/, read by code unit); null when it is not a real date. */
export function parseIso(s: string): { y: number; m: number; d: number } | null {
  if (s.length !== 10 || s.charCodeAt(4) !== 0x2d || s.charCodeAt(7) !== 0x2d) return null;
  const y = digitsAt(s, 0, 4);
  const mo = digitsAt(s, 5, 2);
  const d = digitsAt(s, 8, 2);
  if (y < 0 || mo < 0 || d < 0) return null;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return { y, m: mo, d };
}

/** Western start year of the fiscal year containing the date (2025-02-15 → 2024). */
export function fiscalYearOf(isoDate: string): number {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  return m >= 4 ? y : y - 1;
}

export function fiscalYearStart(fy: number): string {
  return iso(fy, 4, 1);
}

export function fiscalYearEnd(fy: number): string {
  return iso(fy + 1, 3, 31);
}

/** Whole days from a to b (b − a); both ISO dates. */
export function daysBetween(a: string, b: string): number {
  const pa = parseIso(a);
  const pb = parseIso(b);
  if (!pa || !pb) return 0;
  return Math.round((Date.UTC(pb.y, pb.m - 1, pb.d) - Date.UTC(pa.y, pa.m - 1, pa.d)) / 86400000);
}

/** 令和 / 平成 year → western year. */
export function eraToWestern(era: 'reiwa' | 'heisei', year: number): number {
  return era === 'reiwa' ? 2018 + year : 1988 + year;
}

/** Era prefix as written (令和, R, 平成, H, 西暦) → era; null for 西暦 or none. */
export function eraOf(prefix: string | undefined): 'reiwa' | 'heisei' | 'western' | null {
  if (!prefix) return null;
  if (prefix === '令和' || prefix === 'R') return 'reiwa';
  if (prefix === '平成' || prefix === 'H') return 'heisei';
  if (prefix === '西暦') return 'western';
  return null;
}

/** A year number as written after an era prefix (or none): 元 → 1. */
export function yearNumber(s: string): number {
  return s === '元' ? 1 : Number(s);
}

/**
 * Western year from an era prefix and a year as written. Without a prefix, four digits are western
 * and one or two digits are a 令和 year (a 令和-era document); anything else is not a year (null).
 */
export function westernYear(prefix: string | undefined, year: string): number | null {
  const era = eraOf(prefix);
  const n = yearNumber(year);
  if (!Number.isInteger(n)) return null;
  if (era === 'reiwa' || era === 'heisei') return n >= 1 && n <= 99 ? eraToWestern(era, n) : null;
  if (era === 'western') return year.length === 4 ? n : null;
  if (year.length === 4) return n >= 1900 && n <= 2199 ? n : null;
  if (year === '元' || year.length <= 2) return n >= 1 && n <= 99 ? eraToWestern('reiwa', n) : null;
  return null;
}

/** 2024 → 令和6年度 (2019 → 令和元年度; before 2019: 平成). */
export function fiscalYearLabelJa(fy: number): string {
  if (fy >= 2019) {
    const n = fy - 2018;
    return `令和${n === 1 ? '元' : n}年度`;
  }
  return `平成${fy - 1988}年度`;
}
