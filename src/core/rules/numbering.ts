/**
 * Numbering runs shared by duplicate-value and sequence-error. Most sheets number projects straight
 * through all sections (1…7, 8…11); some start again at 1 in each section. A run starts again when a
 * section's first numbered project is No. 1, so per-section numbering is neither a duplicate nor out of
 * sequence.
 */
import type { Project, TableSection } from '../model';

const cache = new WeakMap<readonly Project[], { tables: readonly TableSection[]; runs: readonly number[] }>();

/** Run index of each project (same order as `projects`), in linear time; computed once per check. */
export function numberingRuns(
  projects: readonly Project[],
  tables: readonly TableSection[],
): readonly number[] {
  const hit = cache.get(projects);
  if (hit && hit.tables === tables) return hit.runs;
  const runs = computeRuns(projects, tables);
  cache.set(projects, { tables, runs });
  return runs;
}

function computeRuns(projects: readonly Project[], tables: readonly TableSection[]): number[] {
  const sorted = [...tables].sort((a, b) => a.headerRow - b.headerRow);
  const runs: number[] = [];
  let run = 0;
  let t = 0;
  let currentTable = -1;
  let seenInTable = false;
  let seenAny = false;
  for (const p of projects) {
    const row0 = p.row - 1;
    while (t < sorted.length - 1 && row0 > sorted[t].lastRow) t++;
    if (t !== currentTable) {
      currentTable = t;
      seenInTable = false;
    }
    if (p.no !== null) {
      if (!seenInTable && seenAny && p.no === 1) run++;
      seenInTable = true;
      seenAny = true;
    }
    runs.push(run);
  }
  return runs;
}
