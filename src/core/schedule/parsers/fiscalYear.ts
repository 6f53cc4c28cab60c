/**
 * Numbered fiscal years: 令和6年度, R6年度中, R7年度, 2025年度末, 平成31年度, 元年度, 6年度 (令和 implied),
 * and an era year with a half but no 年度 (R6前期, R6後期). An era year alone (R7) is read as that
 * fiscal year, as municipal plans write it.
 */
import { westernYear } from '../dates';
import { makeSpan, MARK, type Parser } from '../types';
import { FISCAL_SUFFIX, setFiscalPeriod } from './fiscalPeriod';

const HALVES = new Set(['上半期', '下半期', '前期', '後期']);

export const fiscalYearParser: Parser = {
  name: 'fiscal-year',
  // A date needs 年度, or an R/H era year (R7, R6前期): see extract.
  mayMatch: (marks) => (marks & (MARK.nendo | MARK.eraLetter)) !== 0,
  pattern: new RegExp(
    `(?:(令和|平成|(?<![A-Za-z])[RH])\\s*(\\d{1,2}|元)|(?<![\\d.,/])(\\d{4}|\\d{1,2}|元))\\s*(年度)?\\s*${FISCAL_SUFFIX}?(?![\\d.年月/])`,
    'g',
  ),
  extract(match) {
    const era = match[1];
    const nendo = match[4];
    const suffix = match[5];
    if (!nendo) {
      // Without 年度 only an R/H era year counts: R7, R6前期 (not 令和7 alone, not a bare number).
      if (!era || era === '令和' || era === '平成') return null;
      if (suffix && !HALVES.has(suffix)) return null;
    }
    const fy = westernYear(era, era ? match[2] : match[3]);
    if (fy === null) return null;
    const span = makeSpan(this.name, match, 'fiscal', true);
    setFiscalPeriod(span, fy, suffix, match[6]);
    return span;
  },
};
