/**
 * Dates with a written year: 令和7年1月, 令和6年10月1日, R7年4月, 7年2月 (令和 implied), 2025年1月15日,
 * 西暦2025年4月, 平成31年4月, 令和元年5月. The day is optional.
 */
import { westernYear } from '../dates';
import { makeSpan, MARK, setDate, type Parser } from '../types';
import { checkMonthDay } from './validate';

export const eraDateParser: Parser = {
  name: 'era-date',
  mayMatch: (marks) => (marks & (MARK.year | MARK.month)) === (MARK.year | MARK.month),
  pattern:
    /(?:(令和|平成|西暦|(?<![A-Za-z])[RH])\s*)?(?<![\d.,/])(\d{1,4}|元)\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/g,
  extract(match) {
    const era = match[1];
    const year = match[2];
    const day = match[4];
    const y = westernYear(era, year);
    if (y === null) return null;
    const m = Number(match[3]);
    const d = day === undefined ? null : Number(day);
    const span = makeSpan(this.name, match, d === null ? 'month' : 'day', true);
    setDate(span.start, y, m, d ?? 1);
    setDate(span.finish, y, m, d ?? 0);
    span.impossible = checkMonthDay(m, d);
    return span;
  },
};
