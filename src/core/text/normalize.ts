/**
 * Text normalisation shared by every parser: NFKC (full-width digits and letters to ASCII,
 * half-width katakana to full-width) plus the wave dashes NFKC leaves alone.
 */

const WAVE_DASHES = /[\u301C\uFF5E\u223C\u223E\u2053]/g; // 〜 ～ ∼ ∾ ⁓
const DASHES = /[\u2010-\u2015\u2212\uFF0D]/g; // ‐ ‑ ‒ – — ― − －

/**
 * A character outside the ranges NFKC leaves as they are, alone and next to each other (ASCII; CJK
 * punctuation but the ideographic space and 〜; kana but the combining and spacing sound marks and
 * ヿ; CJK unified ideographs). Text without one is its own normalizeText form, so most Japanese
 * cells skip NFKC (checked code point by code point, and in pairs, in normalize.test.ts).
 */
const MAY_CHANGE =
  /[^\0-\x7F\u3001-\u3003\u3005-\u3011\u3013-\u301B\u301D-\u301F\u3041-\u3096\u30A1-\u30FE\u4E00-\u9FFF]/;

/** NFKC, 〜/～ → '~', line breaks kept. Does not trim. */
export function normalizeText(s: string): string {
  if (!MAY_CHANGE.test(s)) return s;
  return s.normalize('NFKC').replace(WAVE_DASHES, '~');
}

/** normalizeText, then collapses runs of white space to one space and trims. */
export function normalizeSpace(s: string): string {
  return normalizeText(s)
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

/** Minus-like dashes (−, －, ‐, –) → '-' (used for ranges such as 10/30－11/3). */
export function normalizeDashes(s: string): string {
  return s.replace(DASHES, '-');
}
