/** A written year alone: 2025年, 令和7年中, 令和8年以降 (a calendar year, 1/1–12/31). */
import { westernYear } from '../dates';
import { makeSpan, MARK, setDate, type Parser } from '../types';

export const yearOnlyParser: Parser = {
  name: 'year-only',
  mayMatch: (marks) => (marks & MARK.year) !== 0,
  pattern:
    /(?:(令和|平成|西暦|(?<![A-Za-z])[RH])\s*(\d{1,4}|元)|(?<![\d.,/])(\d{4}))\s*年(?!\s*(?:度|間|目|生|代|分|前|後|ぶり|以上|以内|程度|\d))/g,
  extract(match) {
    const era = match[1];
    const y = westernYear(era, era ? match[2] : match[3]);
    if (y === null) return null;
    const span = makeSpan(this.name, match, 'year', true);
    setDate(span.start, y, 1, 1);
    setDate(span.finish, y, 12, 31);
    return span;
  },
};
