/** Month and day without a year: 12月12日, 10月1日付, 2月30日 (kept as impossible). */
import { makeSpan, MARK, setDate, type Parser } from '../types';
import { checkMonthDay } from './validate';

export const monthDayParser: Parser = {
  name: 'month-day',
  mayMatch: (marks) => (marks & (MARK.month | MARK.day)) === (MARK.month | MARK.day),
  pattern: /(?<![\d.,/年])(\d{1,2})\s*月\s*(\d{1,2})\s*日/g,
  extract(match) {
    const m = Number(match[1]);
    const d = Number(match[2]);
    const span = makeSpan(this.name, match, 'day', false);
    setDate(span.start, null, m, d);
    setDate(span.finish, null, m, d);
    span.impossible = checkMonthDay(m, d);
    return span;
  },
};
