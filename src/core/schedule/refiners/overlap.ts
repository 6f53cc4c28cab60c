/** Keeps the longest of overlapping spans (the earliest first): 令和7年1月 wins over the 1月 inside it. */
import { truncate, type Refiner, type Span } from '../types';

/** Position order: earlier first, then longer first (ties keep their order). */
function after(a: Span, b: Span): boolean {
  return a.index > b.index || (a.index === b.index && a.end < b.end);
}

export const overlapRefiner: Refiner = {
  name: 'overlap',
  refine(_text, spans) {
    if (spans.length < 2) return spans;
    // A clause holds a few spans: a stable insertion sort, then the overlaps dropped, in place (the
    // list is the clause's own, made by its parsers).
    const kept = spans;
    for (let i = 1; i < kept.length; i++) {
      const s = kept[i];
      let j = i - 1;
      for (; j >= 0 && after(kept[j], s); j--) kept[j + 1] = kept[j];
      kept[j + 1] = s;
    }
    let n = 1;
    for (let i = 1; i < kept.length; i++) {
      const s = kept[i];
      if (s.index >= kept[n - 1].end) kept[n++] = s;
    }
    truncate(kept, n);
    return kept;
  },
};
