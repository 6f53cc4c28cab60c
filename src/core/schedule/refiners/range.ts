/**
 * Joins two spans written as a range: 10/30~11/3, 11月~12月にかけて, 10月30日から11月3日まで, 12月1日~15日
 * (the lone day takes the start's month). A lone day that ends no range is dropped here.
 */
import { partialDate, type Refiner, type Span } from '../types';

const CONNECTOR = /^\s*(?:~|-|から|より)\s*$/;
const CLOSER = /\s*(?:までの間|までに|まで|迄|にかけて|の間)/y;

function joinDay(start: Span, dayEnd: Span): void {
  const f = start.finish;
  let m = f.m;
  let y = f.y;
  if (f.d !== 0 && dayEnd.finish.d < f.d) {
    m = m === 12 ? 1 : m + 1;
    if (y !== null && m === 1) y += 1;
  }
  start.finish = partialDate(y, m, dayEnd.finish.d);
}

export const rangeRefiner: Refiner = {
  name: 'range',
  refine(text, spans) {
    // Allocated at the first span dropped or joined: most clauses have neither.
    let out: Span[] | null = null;
    for (let i = 0; i < spans.length; i++) {
      const a = spans[i];
      if (a.dayOnly) {
        out ??= spans.slice(0, i);
        continue;
      }
      const b = spans[i + 1];
      if (b && !a.impossible && !b.impossible && CONNECTOR.test(text.slice(a.end, b.index))) {
        if (b.dayOnly) joinDay(a, b);
        else a.finish = partialDate(b.finish.y, b.finish.m, b.finish.d);
        a.end = b.end;
        a.anchor = 'range';
        CLOSER.lastIndex = a.end;
        if (CLOSER.test(text)) a.end = CLOSER.lastIndex;
        out ??= spans.slice(0, i);
        out.push(a);
        i++;
        continue;
      }
      if (out) out.push(a);
    }
    return out ?? spans;
  },
};
