/** A month alone: 6月に, 12月中, 11月~12月, 13月 (kept as impossible). Not 3ヶ月 / 3か月 (durations). */
import { makeSpan, MARK, setDate, type Parser } from '../types';
import { checkMonthDay } from './validate';

export const monthParser: Parser = {
  name: 'month',
  mayMatch: (marks) => (marks & MARK.month) !== 0,
  pattern: /(?<![\d.,/年])(\d{1,2})\s*月(?!\s*\d{1,2}\s*日|間|額|々|曜)/g,
  extract(match) {
    const m = Number(match[1]);
    const span = makeSpan(this.name, match, 'month', false);
    setDate(span.start, null, m, 1);
    setDate(span.finish, null, m, 0);
    span.impossible = checkMonthDay(m, null);
    return span;
  },
};
