/**
 * A day alone (the 15日 of 12月1日~15日). Its month comes from the range's start, so the range refiner
 * keeps it only as the end of a range; a lone day is dropped.
 */
import { makeSpan, MARK, setDate, type Parser } from '../types';

export const dayParser: Parser = {
  name: 'day',
  mayMatch: (marks) => (marks & MARK.day) !== 0,
  pattern: /(?<![\d.,/月])(\d{1,2})\s*日(?!\s*(?:間|分|以内|以上|程度|目|ぶり|前|後|あたり|当たり|付))/g,
  extract(match) {
    const d = Number(match[1]);
    if (d < 1 || d > 31) return null;
    const span = makeSpan(this.name, match, 'day', false);
    setDate(span.start, null, 0, d);
    setDate(span.finish, null, 0, d);
    span.dayOnly = true;
    return span;
  },
};
