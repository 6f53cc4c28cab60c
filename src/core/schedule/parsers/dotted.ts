/**
 * Dotted dates: R7.6.30, 令和7.6.30, R7.6 (a month), 2025.1.15, 2025.1, and 7.6.30 (令和 implied; three
 * parts needed without an era, so 0.7 or 1.5 stay numbers). A bare form with an impossible month or day
 * is not a date (a version number, say); with an era or a western year it is reported as impossible.
 */
import { westernYear } from '../dates';
import { makeSpan, MARK, setDate, type Parser } from '../types';
import { checkMonthDay } from './validate';

export const dottedParser: Parser = {
  name: 'dotted',
  mayMatch: (marks) => (marks & MARK.dot) !== 0,
  pattern:
    /(?:(令和|平成|(?<![A-Za-z])[RH])\s*|(?<![\d.,/A-Za-z]))(\d{1,4}|元)\.(\d{1,2})(?:\.(\d{1,2}))?(?![\d.])/g,
  extract(match) {
    const era = match[1];
    const year = match[2];
    const day = match[4];
    const western = !era && year.length === 4;
    if (!era && !western && day === undefined) return null;
    const y = westernYear(era, year);
    if (y === null) return null;
    const m = Number(match[3]);
    const d = day === undefined ? null : Number(day);
    const impossible = checkMonthDay(m, d);
    if (impossible && !era && !western) return null;
    const span = makeSpan(this.name, match, d === null ? 'month' : 'day', true);
    setDate(span.start, y, m, d ?? 1);
    setDate(span.finish, y, m, d ?? 0);
    span.impossible = impossible;
    return span;
  },
};
