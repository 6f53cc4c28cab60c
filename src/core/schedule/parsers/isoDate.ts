/** ISO-style dates: 2025-01-15 (as pasted from another system). */
import { makeSpan, MARK, setDate, type Parser } from '../types';
import { checkMonthDay } from './validate';

export const isoDateParser: Parser = {
  name: 'iso-date',
  mayMatch: (marks) => (marks & MARK.dash) !== 0,
  pattern: /(?<![\d.,/-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/g,
  extract(match) {
    const y = Number(match[1]);
    const m = Number(match[2]);
    const d = Number(match[3]);
    if (y < 1900 || checkMonthDay(m, d)) return null;
    const span = makeSpan(this.name, match, 'day', true);
    setDate(span.start, y, m, d);
    setDate(span.finish, y, m, d);
    return span;
  },
};
