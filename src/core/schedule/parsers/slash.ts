/**
 * Slashed dates: 10/30, 2025/1/15 (and the ends of 10/30~11/3). Fractions are not dates: a slash pair
 * after 率/国/県/市/比/割/分 or before 以内/以上/補助/負担/程度 is left alone, and so is an impossible one.
 */
import { makeSpan, MARK, setDate, type Parser } from '../types';
import { checkMonthDay } from './validate';

export const slashParser: Parser = {
  name: 'slash',
  mayMatch: (marks) => (marks & MARK.slash) !== 0,
  pattern:
    /(?<![\d.,/率国県市比割分])(?:(\d{4})\/)?(\d{1,2})\/(\d{1,2})(?![\d/]|\s*(?:以内|以上|補助|負担|程度|を補助))/g,
  extract(match) {
    const year = match[1];
    const m = Number(match[2]);
    const d = Number(match[3]);
    if (checkMonthDay(m, d)) return null;
    const y = year === undefined ? null : Number(year);
    const span = makeSpan(this.name, match, 'day', y !== null);
    setDate(span.start, y, m, d);
    setDate(span.finish, y, m, d);
    return span;
  },
};
