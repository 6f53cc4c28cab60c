/**
 * Parts of a fiscal year (年度 runs 4/1–3/31): the whole year, its end (年度末), halves (上半期/前期 4/1–9/30,
 * 下半期/後期 10/1–3/31) and quarters (第1四半期 4–6 … 第4四半期 1–3). Shared by the fiscal-year parsers.
 */
import type { PartialDate } from '../types';

/** Suffixes that may follow 年度 (or stand alone, for the halves and quarters). */
export const FISCAL_SUFFIX = '(中|内|末|上半期|下半期|前期|後期|前半|後半|第([1-4])四半期)';

export function fiscalPeriod(
  fy: number,
  suffix: string | undefined,
  quarter: string | undefined,
): { start: PartialDate; finish: PartialDate } {
  switch (suffix) {
    case '末':
      return { start: { y: fy + 1, m: 3, d: 31 }, finish: { y: fy + 1, m: 3, d: 31 } };
    case '上半期':
    case '前期':
    case '前半':
      return { start: { y: fy, m: 4, d: 1 }, finish: { y: fy, m: 9, d: 30 } };
    case '下半期':
    case '後期':
    case '後半':
      return { start: { y: fy, m: 10, d: 1 }, finish: { y: fy + 1, m: 3, d: 31 } };
    default:
      if (quarter) {
        const q = Number(quarter);
        const m = q === 4 ? 1 : 4 + (q - 1) * 3;
        const y = q === 4 ? fy + 1 : fy;
        return { start: { y, m, d: 1 }, finish: { y, m: m + 2, d: 0 } };
      }
      return { start: { y: fy, m: 4, d: 1 }, finish: { y: fy + 1, m: 3, d: 31 } };
  }
}
