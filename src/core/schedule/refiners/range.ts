/**
 * Joins two spans written as a range: 10/30~11/3, 11月~12月にかけて, 10月30日から11月3日まで, 12月1日~15日
 * (the lone day takes the start's month). A lone day that ends no range is dropped here.
 */
import { isSpaceCode } from '../../text/space';
import { truncate, type Refiner, type Span } from '../types';

/**
 * Whether text[from, to) is a range connector, /^\s*(?:~|-|から|より)\s*$/, read by code unit (no
 * substring per pair of spans).
 */
function isConnector(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  if (i >= to) return false;
  const c = text.charCodeAt(i);
  if (c === 0x7e || c === 0x2d)
    i += 1; // ~ -
  else if (i + 1 < to && (text.startsWith('から', i) || text.startsWith('より', i))) i += 2;
  else return false;
  while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  return i === to;
}

const CLOSER = /\s*(?:までの間|までに|まで|迄|にかけて|の間)/y;

/** Each span's dates are its own objects: the start's finish is changed in place. */
function joinDay(start: Span, dayEnd: Span): void {
  const f = start.finish;
  if (f.d !== 0 && dayEnd.finish.d < f.d) {
    f.m = f.m === 12 ? 1 : f.m + 1;
    if (f.y !== null && f.m === 1) f.y += 1;
  }
  f.d = dayEnd.finish.d;
}

export const rangeRefiner: Refiner = {
  name: 'range',
  refine(text, spans) {
    // The spans kept are written back into the list (the clause's own), in order.
    let n = 0;
    for (let i = 0; i < spans.length; i++) {
      const a = spans[i];
      if (a.dayOnly) continue;
      const b = spans[i + 1];
      if (b && !a.impossible && !b.impossible && isConnector(text, a.end, b.index)) {
        if (b.dayOnly) joinDay(a, b);
        else {
          a.finish.y = b.finish.y;
          a.finish.m = b.finish.m;
          a.finish.d = b.finish.d;
        }
        a.end = b.end;
        a.anchor = 'range';
        CLOSER.lastIndex = a.end;
        if (CLOSER.test(text)) a.end = CLOSER.lastIndex;
        i++;
      }
      spans[n++] = a;
    }
    truncate(spans, n);
    return spans;
  },
};
