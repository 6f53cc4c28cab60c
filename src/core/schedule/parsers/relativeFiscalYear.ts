/** Fiscal years named relative to the document's: 今年度/本年度/当年度, 次年度/来年度/翌年度, 前年度/昨年度. */
import { makeSpan, type Parser } from '../types';
import { FISCAL_SUFFIX, fiscalPeriod } from './fiscalPeriod';

const OFFSET: Readonly<Record<string, number>> = { 今: 0, 本: 0, 当: 0, 次: 1, 来: 1, 翌: 1, 前: -1, 昨: -1 };

export const relativeFiscalYearParser: Parser = {
  name: 'relative-fiscal-year',
  pattern: new RegExp(`(今|本|当|次|来|翌|前|昨)年度\\s*${FISCAL_SUFFIX}?`, 'g'),
  extract(match, options) {
    const fy = options.fiscalYear + OFFSET[match[1]];
    const { start, finish } = fiscalPeriod(fy, match[2], match[3]);
    return makeSpan(this.name, match, start, finish, 'fiscal', false);
  },
};
