/**
 * Fiscal years named relative to the document's: 今年度/本年度/当年度, 次年度/来年度/翌年度, 前年度/昨年度,
 * and the document's own year with a part but no name (年度末, 年度内, 年度中, 年度後半).
 */
import { makeSpan, MARK, type Parser } from '../types';
import { FISCAL_SUFFIX, setFiscalPeriod } from './fiscalPeriod';

const OFFSET: Readonly<Record<string, number>> = { 今: 0, 本: 0, 当: 0, 次: 1, 来: 1, 翌: 1, 前: -1, 昨: -1 };

export const relativeFiscalYearParser: Parser = {
  name: 'relative-fiscal-year',
  // Without a prefix, 年度 must carry a part (年度末) and not follow a number or 各/毎/同/単/初/新.
  mayMatch: (marks) => (marks & MARK.nendo) !== 0,
  pattern: new RegExp(`(?:(今|本|当|次|来|翌|前|昨)|(?<![\\d元各毎同単初新]))年度\\s*${FISCAL_SUFFIX}?`, 'g'),
  extract(match, options) {
    const prefix = match[1];
    const suffix = match[2];
    if (!prefix && !suffix) return null;
    const fy = options.fiscalYear + (prefix ? OFFSET[prefix] : 0);
    const span = makeSpan(this.name, match, 'fiscal', false);
    setFiscalPeriod(span, fy, suffix, match[3]);
    return span;
  },
};
