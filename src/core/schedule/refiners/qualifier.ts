/**
 * Parts of a month or year written after it: 上旬/初旬/初め (1–10), 中旬 (11–20), 下旬 (21–end), 末/終わり
 * (the last day), 前半 (1–15) / 後半 (16–end), 中/内 (the whole month), 頃/ごろ (around: kept as written).
 */
import { codeSet, mayStartAt, partialDate, type PartialDate, type Refiner, type Span } from '../types';

const QUALIFIER = /\s*(上旬|初旬|初め|はじめ|中旬|下旬|末|終わり|前半|後半|中|内|頃|ごろ)/y;

/** First characters of the qualifiers. */
const FIRSTS = codeSet('上初は中下末終前後内頃ご');

function copy(p: PartialDate): PartialDate {
  return partialDate(p.y, p.m, p.d);
}

function apply(span: Span, q: string): boolean {
  if (q === '頃' || q === 'ごろ') return true;
  if (span.granularity === 'year') {
    if (q === '末' || q === '終わり') span.start = copy(span.finish);
    return q === '末' || q === '終わり' || q === '中' || q === '内';
  }
  if (span.granularity !== 'month') return false;
  const { start, finish } = span;
  switch (q) {
    case '上旬':
    case '初旬':
    case '初め':
    case 'はじめ':
      span.finish = partialDate(finish.y, finish.m, 10);
      return true;
    case '中旬':
      span.start = partialDate(start.y, start.m, 11);
      span.finish = partialDate(finish.y, finish.m, 20);
      return true;
    case '下旬':
      span.start = partialDate(start.y, start.m, 21);
      return true;
    case '前半':
      span.finish = partialDate(finish.y, finish.m, 15);
      return true;
    case '後半':
      span.start = partialDate(start.y, start.m, 16);
      return true;
    case '末':
    case '終わり':
      span.start = copy(finish);
      return true;
    default:
      return true; // 中, 内: the whole month
  }
}

export const qualifierRefiner: Refiner = {
  name: 'qualifier',
  refine(text, spans) {
    for (const span of spans) {
      // At most two qualifiers (中旬頃).
      for (let i = 0; i < 2; i++) {
        if (!mayStartAt(text, span.end, FIRSTS)) break;
        QUALIFIER.lastIndex = span.end;
        const m = QUALIFIER.exec(text);
        if (!m || !apply(span, m[1])) break;
        span.end = QUALIFIER.lastIndex;
      }
    }
    return spans;
  },
};
