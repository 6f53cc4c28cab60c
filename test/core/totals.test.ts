import type { Project, Totals } from '../../src/core/model';
import { computeTotals, grantOf, rateFraction, sumTotals } from '../../src/core/totals';
import { makeCost, makeFlag, makeProject, TEST_PROGRAMS } from '../helpers/builders';

describe('rateFraction / grantOf', () => {
  it('reads common rates as exact fractions', () => {
    expect(rateFraction(0.5)).toEqual({ num: 1n, den: 2n });
    expect(rateFraction(0.7)).toEqual({ num: 7n, den: 10n });
    expect(rateFraction(2 / 3)).toEqual({ num: 2n, den: 3n });
  });
  it('floors cost × rate without floating-point error', () => {
    // 0.7 × 10 is 7.000000000000001 in floating point; 0.29 × 100 is 28.999999999999996.
    expect(grantOf(10, 0.7)).toBe(7);
    expect(grantOf(100, 0.29)).toBe(29);
    expect(grantOf(19_791_783, 0.5)).toBe(9_895_891);
    expect(grantOf(Number.MAX_SAFE_INTEGER, 0.5)).toBe(Math.floor(Number.MAX_SAFE_INTEGER / 2));
  });
});

describe('computeTotals', () => {
  const p3 = makeProject(13, {
    section: '令和6年度実施事業',
    departments: ['広報課', '危機管理課'],
    cost: makeCost({
      amount: 2_046_000,
      basis: 'contract',
      allocation: { 広報課: 1_804_000, 危機管理課: 242_000 },
    }),
    subsidies: [makeFlag(), makeFlag({ program: 'tokubetsu-kofuzei', name: '特別交付税措置', rate: 0.7 })],
  });
  const p5 = makeProject(15, {
    departments: ['土木交通課'],
    cost: makeCost({ amount: 69_392_001, basis: 'budget', allocation: {} }),
    subsidies: [makeFlag({ eligible: false })],
  });
  const p8 = makeProject(22, {
    section: '令和7年度以降検討事業',
    cost: makeCost({ amount: 10, basis: 'unknown', allocation: { 情報政策課: 10 } }),
    subsidies: [makeFlag({ program: 'x', name: '某交付金', rate: null })],
  });
  const bad = makeProject(23, {
    cost: makeCost({ amount: -5, problem: 'negative', allocation: { 情報政策課: -5 } }),
  });

  it('sums readable costs by department, section, basis and subsidy', () => {
    const t = computeTotals([p3, p5, p8, bad], TEST_PROGRAMS);
    expect(t.projects).toBe(4);
    expect(t.cost).toBe(2_046_000 + 69_392_001 + 10);
    expect(t.byDepartment).toEqual({
      広報課: 1_804_000,
      危機管理課: 242_000,
      土木交通課: 69_392_001,
      情報政策課: 10,
    });
    expect(t.bySection).toEqual({ 令和6年度実施事業: 2_046_000 + 69_392_001, 令和7年度以降検討事業: 10 });
    expect(t.byBasis).toEqual({ contract: 2_046_000, budget: 69_392_001, unknown: 10 });
    // p3 counts once although it is eligible for two programs; p5 only mentions デジ田.
    expect(t.subsidyEligibleCost).toBe(2_046_010);
    expect(t.bySubsidy).toEqual({
      digiden: { name: 'デジ田交付金', eligibleCost: 2_046_000, estimatedGrant: 1_023_000, projects: 1 },
      'tokubetsu-kofuzei': {
        name: '特別交付税措置',
        eligibleCost: 2_046_000,
        estimatedGrant: 1_432_200,
        projects: 1,
      },
      x: { name: '某交付金', eligibleCost: 10, estimatedGrant: null, projects: 1 },
    });
    expect(t.estimatedGrant).toBe(1_023_000 + 1_432_200);
  });
  it("leaves a program's grant unknown when a flagged project has no readable cost", () => {
    const noCost = makeProject(25, {
      subsidies: [makeFlag({ program: 'tokubetsu-kofuzei', name: '特別交付税措置', rate: 0.7 })],
    });
    expect(computeTotals([noCost], TEST_PROGRAMS).bySubsidy['tokubetsu-kofuzei']).toEqual({
      name: '特別交付税措置',
      eligibleCost: 0,
      estimatedGrant: null,
      projects: 1,
    });
  });
  it('leaves the grant unknown when no rate is known', () => {
    expect(computeTotals([p8], TEST_PROGRAMS).estimatedGrant).toBeNull();
    expect(computeTotals([], TEST_PROGRAMS)).toMatchObject({
      cost: 0,
      projects: 0,
      estimatedGrant: null,
      bySubsidy: {},
    });
  });
});

describe('sumTotals: no total ever passes Number.MAX_SAFE_INTEGER', () => {
  const CHO_5000 = 5_000_000_000_000_000; // 5000兆円: safe alone, not twice
  const huge = (row: number, over: Partial<Project> = {}) =>
    makeProject(row, {
      cost: makeCost({ amount: CHO_5000, basis: 'budget', text: '5000兆円', cell: `D${row}` }),
      subsidies: [makeFlag()],
      ...over,
    });
  const small = makeProject(7, {
    cost: makeCost({ amount: 1_000, basis: 'budget', cell: 'D7' }),
    subsidies: [makeFlag()],
  });
  const allSafe = (t: Totals) => {
    const values = [
      t.cost,
      t.subsidyEligibleCost,
      t.estimatedGrant ?? 0,
      ...Object.values(t.byDepartment),
      ...Object.values(t.bySection),
      ...Object.values(t.byBasis),
      ...Object.values(t.bySubsidy).flatMap((s) => [s.eligibleCost, s.estimatedGrant ?? 0]),
    ];
    for (const v of values) expect(Number.isSafeInteger(v)).toBe(true);
  };

  it('leaves out the whole cost that would pass the limit, from every total, and says which', () => {
    const first = huge(5);
    const second = huge(6);
    const { totals, excluded } = sumTotals([first, second, small], TEST_PROGRAMS);
    expect(excluded).toEqual([second]);
    allSafe(totals);
    expect(totals.projects).toBe(3);
    expect(totals.cost).toBe(CHO_5000 + 1_000);
    expect(totals.byDepartment).toEqual({ 情報政策課: CHO_5000 + 1_000 });
    expect(totals.byBasis).toEqual({ contract: 0, budget: CHO_5000 + 1_000, unknown: 0 });
    expect(totals.subsidyEligibleCost).toBe(CHO_5000 + 1_000);
    // The left-out project still counts for its program, whose grant is then unknown (as for an unreadable cost).
    expect(totals.bySubsidy.digiden).toEqual({
      name: 'デジ田交付金',
      eligibleCost: CHO_5000 + 1_000,
      estimatedGrant: null,
      projects: 3,
    });
    expect(computeTotals([first, second, small], TEST_PROGRAMS)).toEqual(totals);
  });

  it('guards a department total that the allocation alone would push past the limit', () => {
    // Parts larger than the whole (part-exceeds-whole): the cost total is small, the department's is not.
    const split = (row: number) =>
      makeProject(row, {
        departments: ['総務課'],
        cost: makeCost({ amount: 10, allocation: { 広報課: CHO_5000 }, cell: `D${row}` }),
      });
    const { totals, excluded } = sumTotals([split(5), split(6)], TEST_PROGRAMS);
    expect(excluded.map((p) => p.row)).toEqual([6]);
    expect(totals.cost).toBe(10);
    expect(totals.byDepartment).toEqual({ 広報課: CHO_5000, 総務課: 10 - CHO_5000 });
    allSafe(totals);
  });

  it('leaves nothing out up to the limit itself', () => {
    const a = huge(5, { cost: makeCost({ amount: Number.MAX_SAFE_INTEGER - 1_000, basis: 'budget' }) });
    const { totals, excluded } = sumTotals([a, small], TEST_PROGRAMS);
    expect(excluded).toEqual([]);
    expect(totals.cost).toBe(Number.MAX_SAFE_INTEGER);
  });
});
