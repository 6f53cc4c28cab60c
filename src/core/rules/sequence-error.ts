/**
 * sequence-error: a No. that does not follow the previous one. After a jump the count goes on from the
 * number written, so one slip draws one warning; duplicates are left to duplicate-value.
 */
import { ByNumber, numberingRuns } from './numbering';
import type { IssueDraft, Rule } from './rule';

export const sequenceError: Rule = {
  id: 'sequence-error',
  severity: 'warning',
  *check(ctx): Generator<IssueDraft> {
    const runs = numberingRuns(ctx.projects, ctx.tables);
    let prev: number | null = null;
    let prevRun = -1;
    const seen = new Map<number, ByNumber<true>>();
    for (let i = 0; i < ctx.projects.length; i++) {
      const p = ctx.projects[i];
      if (p.no === null || !p.cells.no) continue;
      let inRun = seen.get(runs[i]);
      if (!inRun) {
        inRun = new ByNumber(ctx.projects.length);
        seen.set(runs[i], inRun);
      }
      if (inRun.get(p.no)) continue;
      inRun.set(p.no, true);
      // The first number of the sheet may be anything (some sheets start at 101); a new run starts at 1.
      const expected: number | null = prev === null ? null : runs[i] !== prevRun ? 1 : prev + 1;
      if (expected !== null && p.no !== expected) {
        yield {
          cell: p.cells.no,
          row: p.row,
          messageKey: 'rule.sequence-error',
          params: { no: p.no, expected },
        };
      }
      prev = p.no;
      prevRun = runs[i];
    }
  },
};
