/**
 * Totals of a report: costs summed per department, section, subsidy program and basis. Money is integer
 * yen; grants are floor(cost × rate) computed exactly with BigInt and the rate as a fraction.
 */
import type { SubsidyProgram } from './config';
import type { CostBasis, Project, SubsidyFlag, SubsidyTotal, Totals } from './model';

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
  const { num, den } = rateFraction(rate);
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
export function eligibleFlags(p: Project): SubsidyFlag[] {
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

function add(map: Record<string, number>, key: string, amount: number): void {
  map[key] = (map[key] ?? 0) + amount;
}

export function computeTotals(projects: readonly Project[], programs: readonly SubsidyProgram[]): Totals {
  let cost = 0;
  let subsidyEligibleCost = 0;
  let grant = 0;
  let anyGrant = false;
  const byDepartment: Record<string, number> = {};
  const bySection: Record<string, number> = {};
  const byBasis: Record<CostBasis, number> = { contract: 0, budget: 0, unknown: 0 };
  const subsidy = new Map<
    string,
    { name: string; eligibleCost: number; grant: number; grantUnknown: boolean; projects: number }
  >();
  for (const program of programs) {
    subsidy.set(program.id, {
      name: program.name,
      eligibleCost: 0,
      grant: 0,
      grantUnknown: false,
      projects: 0,
    });
  }

  for (const p of projects) {
    const amount = countedAmount(p);
    if (amount !== null) {
      cost += amount;
      add(bySection, p.section, amount);
      byBasis[p.cost.basis] += amount;
      const allocation = Object.entries(p.cost.allocation);
      let allocated = 0;
      for (const [department, part] of allocation) {
        add(byDepartment, department, part);
        allocated += part;
      }
      // Whatever the allocation leaves over goes to the lead department ('' when none is written).
      if (allocated !== amount) add(byDepartment, p.departments[0] ?? '', amount - allocated);
    }
    const flags = eligibleFlags(p);
    if (flags.length && amount !== null) subsidyEligibleCost += amount;
    for (const f of flags) {
      let s = subsidy.get(f.program);
      if (!s) {
        s = { name: f.name, eligibleCost: 0, grant: 0, grantUnknown: false, projects: 0 };
        subsidy.set(f.program, s);
      }
      s.projects++;
      if (amount !== null) s.eligibleCost += amount;
      // A grant is unknown when the rate is, and also when the cost is (never 0 for an unknown cost).
      if (f.rate === null || amount === null) s.grantUnknown = true;
      if (f.rate !== null && amount !== null) {
        const g = grantOf(amount, f.rate);
        s.grant += g;
        grant += g;
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
    projects: projects.length,
    cost,
    subsidyEligibleCost,
    estimatedGrant: anyGrant ? grant : null,
    byDepartment,
    bySection,
    bySubsidy,
    byBasis,
  };
}
