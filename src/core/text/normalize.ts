/**
 * Text normalisation shared by every parser: NFKC (full-width digits and letters to ASCII,
 * half-width katakana to full-width) plus the wave dashes NFKC leaves alone.
 */

const WAVE_DASHES = /[\u301C\uFF5E\u223C\u223E\u2053]/g; // 〜 ～ ∼ ∾ ⁓
const DASHES = /[\u2010-\u2015\u2212\uFF0D]/g; // ‐ ‑ ‒ – — ― − －

/** NFKC, 〜/～ → '~', line breaks kept. Does not trim. */
export function normalizeText(s: string): string {
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
