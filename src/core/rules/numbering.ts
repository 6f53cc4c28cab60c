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
  for (let i = 0; i < projects.length; i++) {
    const p = projects[i];
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

/**
 * Values keyed by a No. (a safe whole number ≥ 0, as readNo gives): the small numbers a sheet uses
 * (1…a few more than its projects) are kept in a list indexed by the number, any other in a map, so a
 * sheet of 100,000 projects grows no hash table.
 */
export class ByNumber<T> {
  private readonly small: Array<T | undefined>;
  private large: Map<number, T> | null = null;

  /** `projects`: how many numbers may be stored (the list covers 0…2 × projects + 16). */
  constructor(projects: number) {
    this.small = new Array<T | undefined>(2 * projects + 16).fill(undefined);
  }

  private listed(no: number): boolean {
    return no >= 0 && no < this.small.length && Math.floor(no) === no;
  }

  get(no: number): T | undefined {
    return this.listed(no) ? this.small[no] : this.large?.get(no);
  }

  set(no: number, value: T): void {
    if (this.listed(no)) this.small[no] = value;
    else (this.large ??= new Map()).set(no, value);
  }
}
