/**
 * Totals of a report: costs summed per department, section, subsidy program and basis. Money is integer
 * yen; grants are floor(cost × rate) computed exactly with BigInt and the rate as a fraction.
 */
import type { SubsidyProgram } from './config';
import type { CostBasis, Project, SubsidyFlag, SubsidyTotal, Totals } from './model';

/** rateFraction of the rates met so far (a sheet has a handful: 0.5, 0.7, 2/3…); bounded. */
const FRACTIONS = new Map<number, { num: bigint; den: bigint }>();

function cachedFraction(rate: number): { num: bigint; den: bigint } {
  let f = FRACTIONS.get(rate);
  if (!f) {
    f = rateFraction(rate);
    if (FRACTIONS.size >= 256) FRACTIONS.clear();
    FRACTIONS.set(rate, f);
  }
  return f;
}

/** A rate as an exact fraction: small denominators (1/2, 2/3, 0.7) when the number is one, else its decimals. */
export function rateFraction(rate: number): { num: bigint; den: bigint } {
  if (!Number.isFinite(rate) || rate < 0) return { num: 0n, den: 1n };
  // Continued fractions: the first convergent within 1e-12 with a denominator up to 10,000.
  let h0 = 0,
    h1 = 1,
    k0 = 1,
    k1 = 0,
    x = rate;
  for (let i = 0; i < 30; i++) {
    const a = Math.floor(x);
    const h2 = a * h1 + h0;
    const k2 = a * k1 + k0;
    if (k2 > 10_000) break;
    h0 = h1;
    h1 = h2;
    k0 = k1;
    k1 = k2;
    if (Math.abs(rate - h1 / k1) < 1e-12) return { num: BigInt(h1), den: BigInt(k1) };
    const frac = x - a;
    if (frac < 1e-15) break;
    x = 1 / frac;
  }
  // Fall back to the decimal digits JavaScript prints for the number.
  const [int, dec = ''] = rate.toFixed(15).replace(/0+$/, '').split('.');
  return { num: BigInt(int + dec), den: 10n ** BigInt(dec.length) };
}

/** floor(amount × rate) in integer yen, exactly. */
export function grantOf(amount: number, rate: number): number {
  const { num, den } = cachedFraction(rate);
  const big = BigInt(amount) * num;
  const q = big / den;
  // BigInt division truncates toward zero; floor for negatives.
  return Number(big < 0n && q * den !== big ? q - 1n : q);
}

/** The amount a project contributes to totals: readable and without a problem. */
export function countedAmount(p: Project): number | null {
  return p.cost.amount !== null && p.cost.problem === null ? p.cost.amount : null;
}

/** The eligible flags of a project, one per program (a rate from the text wins over the configured one). */
export function eligibleFlags(p: Project): readonly SubsidyFlag[] {
  const subsidies = p.subsidies;
  // Most projects have no flag or one: the project's own list (read-only) or a shared empty one.
  if (subsidies.length === 0) return NO_FLAGS;
  if (subsidies.length === 1) return subsidies[0].eligible ? subsidies : NO_FLAGS;
  const byProgram = new Map<string, SubsidyFlag>();
  for (const f of p.subsidies) {
    if (!f.eligible) continue;
    const seen = byProgram.get(f.program);
    if (
      !seen ||
      (seen.rate === null && f.rate !== null) ||
      (seen.rateSource !== 'text' && f.rateSource === 'text')
    ) {
      byProgram.set(f.program, f);
    }
  }
  return [...byProgram.values()];
}

const NO_FLAGS: readonly SubsidyFlag[] = Object.freeze([]);

function add(map: Record<string, number>, key: string, amount: number): void {
  map[key] = (map[key] ?? 0) + amount;
}

/** Whether a + b is still an exact integer (within Number.MAX_SAFE_INTEGER). */
const safeSum = (a: number, b: number): boolean =>
  Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(a + b);

/** The totals, and the projects whose readable cost was left out because a total would have passed Number.MAX_SAFE_INTEGER. */
export interface TotalsResult {
  readonly totals: Totals;
  /** In sheet order; each is counted as if its cost were unreadable (a project, no amount, grant unknown). */
  readonly excluded: readonly Project[];
}

interface SubsidyAcc {
  name: string;
  eligibleCost: number;
  grant: number;
  grantUnknown: boolean;
  projects: number;
}

/**
 * computeTotals, and which costs it left out. A project's cost is added to every total it belongs to
 * or to none: when any of them (the cost, a department, the section, the basis, an eligible cost, a
 * grant) would pass Number.MAX_SAFE_INTEGER, the whole amount is left out, so no total is ever inexact.
 */
export function sumTotals(projects: readonly Project[], programs: readonly SubsidyProgram[]): TotalsResult {
  let cost = 0;
  let subsidyEligibleCost = 0;
  let grant = 0;
  let anyGrant = false;
  const excluded: Project[] = [];
  const byDepartment: Record<string, number> = {};
  const bySection: Record<string, number> = {};
  const byBasis: Record<CostBasis, number> = { contract: 0, budget: 0, unknown: 0 };
  const subsidy = new Map<string, SubsidyAcc>();
  for (const program of programs) {
    subsidy.set(program.id, {
      name: program.name,
      eligibleCost: 0,
      grant: 0,
      grantUnknown: false,
      projects: 0,
    });
  }
  const accOf = (f: SubsidyFlag): SubsidyAcc => {
    let s = subsidy.get(f.program);
    if (!s) {
      s = { name: f.name, eligibleCost: 0, grant: 0, grantUnknown: false, projects: 0 };
      subsidy.set(f.program, s);
    }
    return s;
  };

  // What one project adds to each department (its allocation, then the rest to the lead) and each
  // grant, in lists reused for every project: only their first `depts` / flags.length entries count
  // (setting a list's length to 0 would drop its storage, and every project would grow it again).
  const deptNames: string[] = [];
  const deptParts: number[] = [];
  const grants: number[] = [];
  for (let pi = 0; pi < projects.length; pi++) {
    const p = projects[pi];
    let amount = countedAmount(p);
    const flags = eligibleFlags(p);
    // What the project adds to each total, checked before anything is added.
    let depts = 0;
    if (amount !== null) {
      let allocated = 0;
      const allocation = p.cost.allocation;
      for (const department in allocation) {
        if (!Object.prototype.hasOwnProperty.call(allocation, department)) continue;
        const part = allocation[department];
        deptNames[depts] = department;
        deptParts[depts] = part;
        depts++;
        allocated += part;
      }
      // Whatever the allocation leaves over goes to the lead department ('' when none is written).
      if (allocated !== amount) {
        const lead = p.departments[0] ?? '';
        let at = 0;
        while (at < depts && deptNames[at] !== lead) at++;
        if (at < depts) deptParts[at] += amount - allocated;
        else {
          deptNames[depts] = lead;
          deptParts[depts] = amount - allocated;
          depts++;
        }
      }
      for (let i = 0; i < flags.length; i++) {
        const rate = flags[i].rate;
        grants[i] = rate !== null ? grantOf(amount, rate) : 0;
      }
      let fits =
        safeSum(cost, amount) &&
        safeSum(bySection[p.section] ?? 0, amount) &&
        safeSum(byBasis[p.cost.basis], amount) &&
        (flags.length === 0 || safeSum(subsidyEligibleCost, amount));
      for (let i = 0; i < depts; i++) fits &&= safeSum(byDepartment[deptNames[i]] ?? 0, deptParts[i]);
      let projectGrant = 0;
      for (let i = 0; i < flags.length; i++) {
        const s = subsidy.get(flags[i].program);
        fits &&= safeSum(s?.eligibleCost ?? 0, amount) && safeSum(s?.grant ?? 0, grants[i]);
        fits &&= safeSum(projectGrant, grants[i]);
        projectGrant += grants[i];
      }
      fits &&= safeSum(grant, projectGrant);
      if (!fits) {
        excluded.push(p);
        amount = null;
      }
    }
    if (amount !== null) {
      cost += amount;
      add(bySection, p.section, amount);
      byBasis[p.cost.basis] += amount;
      for (let i = 0; i < depts; i++) add(byDepartment, deptNames[i], deptParts[i]);
    }
    if (flags.length && amount !== null) subsidyEligibleCost += amount;
    for (let i = 0; i < flags.length; i++) {
      const f = flags[i];
      const s = accOf(f);
      s.projects++;
      if (amount !== null) s.eligibleCost += amount;
      // A grant is unknown when the rate is, and also when the cost is (never 0 for an unknown cost).
      if (f.rate === null || amount === null) s.grantUnknown = true;
      if (f.rate !== null && amount !== null) {
        s.grant += grants[i];
        grant += grants[i];
        anyGrant = true;
      }
    }
  }

  const bySubsidy: Record<string, SubsidyTotal> = {};
  for (const [id, s] of subsidy) {
    if (s.projects === 0) continue;
    bySubsidy[id] = {
      name: s.name,
      eligibleCost: s.eligibleCost,
      estimatedGrant: s.grantUnknown ? null : s.grant,
      projects: s.projects,
    };
  }
  return {
    totals: {
      projects: projects.length,
      cost,
      subsidyEligibleCost,
      estimatedGrant: anyGrant ? grant : null,
      byDepartment,
      bySection,
      bySubsidy,
      byBasis,
    },
    excluded,
  };
}

/** Totals of a report (see sumTotals: costs that would make a total inexact are left out). */
export function computeTotals(projects: readonly Project[], programs: readonly SubsidyProgram[]): Totals {
  return sumTotals(projects, programs).totals;
}
