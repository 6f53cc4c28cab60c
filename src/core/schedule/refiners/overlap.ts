/** Keeps the longest of overlapping spans (the earliest first): 令和7年1月 wins over the 1月 inside it. */
import type { Refiner, Span } from '../types';

export const overlapRefiner: Refiner = {
  name: 'overlap',
  refine(_text, spans) {
    const sorted = [...spans].sort((a, b) => a.index - b.index || b.end - a.end);
    const kept: Span[] = [];
    for (const s of sorted) {
      const last = kept[kept.length - 1];
      if (!last || s.index >= last.end) kept.push(s);
    }
    return kept;
  },
};
