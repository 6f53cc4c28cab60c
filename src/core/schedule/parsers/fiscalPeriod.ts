/**
 * Parts of a fiscal year (年度 runs 4/1–3/31): the whole year, its end (年度末), halves (上半期/前期 4/1–9/30,
 * 下半期/後期 10/1–3/31) and quarters (第1四半期 4–6 … 第4四半期 1–3). Shared by the fiscal-year parsers.
 */
import { setDate, type Span } from '../types';

/** Suffixes that may follow 年度 (or stand alone, for the halves and quarters). */
export const FISCAL_SUFFIX = '(中|内|末|上半期|下半期|前期|後期|前半|後半|第([1-4])四半期)';

/** Sets the span's start and finish to the part of fiscal year `fy` the suffix (or quarter) names. */
export function setFiscalPeriod(
  span: Span,
  fy: number,
  suffix: string | undefined,
  quarter: string | undefined,
): void {
  switch (suffix) {
    case '末':
      setDate(span.start, fy + 1, 3, 31);
      setDate(span.finish, fy + 1, 3, 31);
      return;
    case '上半期':
    case '前期':
    case '前半':
      setDate(span.start, fy, 4, 1);
      setDate(span.finish, fy, 9, 30);
      return;
    case '下半期':
    case '後期':
    case '後半':
      setDate(span.start, fy, 10, 1);
      setDate(span.finish, fy + 1, 3, 31);
      return;
    default:
      if (quarter) {
        const q = Number(quarter);
        const m = q === 4 ? 1 : 4 + (q - 1) * 3;
        const y = q === 4 ? fy + 1 : fy;
        setDate(span.start, y, m, 1);
        setDate(span.finish, y, m + 2, 0);
        return;
      }
      setDate(span.start, fy, 4, 1);
      setDate(span.finish, fy + 1, 3, 31);
  }
}
