/**
 * Dates with a written year: 令和7年1月, 令和6年10月1日, R7年4月, 7年2月 (令和 implied), 2025年1月15日,
 * 西暦2025年4月, 平成31年4月, 令和元年5月. The day is optional.
 */
import { westernYear } from '../dates';
import { makeSpan, MARK, type Parser } from '../types';
import { checkMonthDay } from './validate';

export const eraDateParser: Parser = {
  name: 'era-date',
  mayMatch: (marks) => (marks & (MARK.year | MARK.month)) === (MARK.year | MARK.month),
  pattern:
    /(?:(令和|平成|西暦|(?<![A-Za-z])[RH])\s*)?(?<![\d.,/])(\d{1,4}|元)\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/g,
  extract(match) {
    const [, era, year, month, day] = match;
    const y = westernYear(era, year);
    if (y === null) return null;
    const m = Number(month);
    const d = day === undefined ? null : Number(day);
    const span = makeSpan(
      this.name,
      match,
      { y, m, d: d ?? 1 },
      { y, m, d: d ?? 0 },
      d === null ? 'month' : 'day',
      true,
    );
    span.impossible = checkMonthDay(m, d);
    return span;
  },
};
