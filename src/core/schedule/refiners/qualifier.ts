/**
 * Parts of a month or year written after it: 上旬/初旬/初め (1–10), 中旬 (11–20), 下旬 (21–end), 末/終わり
 * (the last day), 前半 (1–15) / 後半 (16–end), 中/内 (the whole month), 頃/ごろ (around: kept as written).
 */
import { isSpaceCode } from '../../text/space';
import { codeSet, mayStartAt, type PartialDate, type Refiner, type Span } from '../types';

const QUALIFIER = /\s*(?:上旬|初旬|初め|はじめ|中旬|下旬|末|終わり|前半|後半|中|内|頃|ごろ)/y;
/** The words of QUALIFIER, to name the one it matched without a match array. */
const WORDS = [
  '上旬',
  '初旬',
  '初め',
  'はじめ',
  '中旬',
  '下旬',
  '末',
  '終わり',
  '前半',
  '後半',
  '中',
  '内',
  '頃',
  'ごろ',
];

/** First characters of the qualifiers. */
const FIRSTS = codeSet('上初は中下末終前後内頃ご');

/** The qualifier written at text[from, to) (white space before it passed over). */
function wordAt(text: string, from: number, to: number): string {
  let at = from;
  while (at < to && isSpaceCode(text.charCodeAt(at))) at++;
  for (let i = 0; i < WORDS.length; i++) {
    const word = WORDS[i];
    if (word.length === to - at && text.startsWith(word, at)) return word;
  }
  return '';
}

/** Sets p to the date q (each span's dates are its own objects: changed in place). */
function setTo(p: PartialDate, q: PartialDate): void {
  p.y = q.y;
  p.m = q.m;
  p.d = q.d;
}

function apply(span: Span, q: string): boolean {
  if (q === '頃' || q === 'ごろ') return true;
  if (span.granularity === 'year') {
    if (q === '末' || q === '終わり') setTo(span.start, span.finish);
    return q === '末' || q === '終わり' || q === '中' || q === '内';
  }
  if (span.granularity !== 'month') return false;
  const { start, finish } = span;
  switch (q) {
    case '上旬':
    case '初旬':
    case '初め':
    case 'はじめ':
      finish.d = 10;
      return true;
    case '中旬':
      start.d = 11;
      finish.d = 20;
      return true;
    case '下旬':
      start.d = 21;
      return true;
    case '前半':
      finish.d = 15;
      return true;
    case '後半':
      start.d = 16;
      return true;
    case '末':
    case '終わり':
      setTo(start, finish);
      return true;
    default:
      return true; // 中, 内: the whole month
  }
}

export const qualifierRefiner: Refiner = {
  name: 'qualifier',
  refine(text, spans) {
    for (let s = 0; s < spans.length; s++) {
      const span = spans[s];
      // At most two qualifiers (中旬頃).
      for (let i = 0; i < 2; i++) {
        if (!mayStartAt(text, span.end, FIRSTS)) break;
        QUALIFIER.lastIndex = span.end;
        if (!QUALIFIER.test(text) || !apply(span, wordAt(text, span.end, QUALIFIER.lastIndex))) break;
        span.end = QUALIFIER.lastIndex;
      }
    }
    return spans;
  },
};
