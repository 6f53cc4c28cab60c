/** A written year alone: 2025年, 令和7年中, 令和8年以降 (a calendar year, 1/1–12/31). */
import { westernYear } from '../dates';
import { makeSpan, MARK, type Parser } from '../types';

export const yearOnlyParser: Parser = {
  name: 'year-only',
  mayMatch: (marks) => (marks & MARK.year) !== 0,
  pattern:
    /(?:(令和|平成|西暦|(?<![A-Za-z])[RH])\s*(\d{1,4}|元)|(?<![\d.,/])(\d{4}))\s*年(?!\s*(?:度|間|目|生|代|分|前|後|ぶり|以上|以内|程度|\d))/g,
  extract(match) {
    const [, era, eraYear, bare] = match;
    const y = westernYear(era, era ? eraYear : bare);
    if (y === null) return null;
    return makeSpan(this.name, match, { y, m: 1, d: 1 }, { y, m: 12, d: 31 }, 'year', true);
  },
};
