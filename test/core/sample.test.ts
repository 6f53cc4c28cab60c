/** The published sample sheet (令和6年11月8日): the figures the brief states, end to end. */
import Ajv2020 from 'ajv/dist/2020';
import schema from '../../schema/report.schema.json';
import { check } from '../../src/core/check';
import { buildSummary } from '../../src/core/summary/build';
import { loadSampleGrid, SAMPLE_SHEET } from '../helpers/sample';

describe('the sample sheet', () => {
  const grid = loadSampleGrid();
  const report = check(grid, { asOf: '2024-11-08' });

  it('has two sections and 11 projects', () => {
    expect(report.tables.map((t) => [t.headerRow + 1, t.kind])).toEqual([
      [10, 'implementing'],
      [21, 'considering'],
    ]);
    expect(report.projects.map((p) => p.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(report.projects[0].section).toBe('令和6年度実施事業');
    expect(report.projects[7].section).toBe('令和7年度以降検討事業');
    expect(report.totals.projects).toBe(11);
  });

  it('adds up the costs', () => {
    expect(report.totals.cost).toBe(159_642_281);
    expect(report.totals.byDepartment).toEqual({
      情報政策課: 25_812_798,
      広報課: 1_804_000,
      危機管理課: 242_000,
      学校教育課: 19_791_783,
      土木交通課: 69_392_000,
      総務課: 42_599_700,
    });
    expect(report.totals.bySection).toEqual({ 令和6年度実施事業: 159_642_281 });
  });

  it('counts the デジ田 projects 1–5 as eligible, not project 6 that merely mentions a program', () => {
    expect(report.totals.subsidyEligibleCost).toBe(115_348_581);
    expect(report.totals.bySubsidy.digiden).toMatchObject({ eligibleCost: 115_348_581, projects: 5 });
    // デジ田 at the configured rate 1/2, each project's grant rounded down.
    const amounts = [19_140_000, 4_978_798, 2_046_000, 19_791_783, 69_392_000];
    expect(report.totals.bySubsidy.digiden.estimatedGrant).toBe(
      amounts.reduce((s, a) => s + Math.floor(a / 2), 0),
    );
    const eligible = report.projects.filter((p) =>
      p.subsidies.some((f) => f.eligible && f.program === 'digiden'),
    );
    expect(eligible.map((p) => p.no)).toEqual([1, 2, 3, 4, 5]);
  });

  it('has no errors, so the CLI can exit cleanly', () => {
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.counts.error).toBe(0);
  });

  it('warns about レジ田 in the plan of project 8 (column G, row 22)', () => {
    // Columns: A No. / B 事業名称 / C 担当課 / D 事業経費 / E 概要 / F R6前期実施状況 / G R6後期→R7実施予定 / H 備考.
    expect(report.projects[7].cells.plan).toBe('G22');
    const w = report.issues.find((i) => i.rule === 'notation-variant' && i.params.found === 'レジ田');
    expect(w).toMatchObject({ cell: 'G22', row: 22, severity: 'warning' });
    expect(w?.params.expected).toBe('デジ田');
  });

  it('warns about 紹介 written for 照会 in the plan of project 10 (G24)', () => {
    const w = report.issues.find((i) => i.rule === 'notation-variant' && i.cell === 'G24');
    expect(String(w?.params.expected)).toContain('照会');
  });

  it('asks to check the eligible amount of デジ田 projects with multi-year running costs', () => {
    const cells = report.issues.filter((i) => i.rule === 'subsidy-running-costs').map((i) => i.cell);
    expect(cells).toEqual(expect.arrayContaining(['D11', 'D12']));
    expect(cells).not.toContain('D17'); // 7: a long-term contract, but not flagged for デジ田
  });

  it('produces a report that matches the JSON schema', () => {
    const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    const json: unknown = JSON.parse(JSON.stringify(report));
    expect(validate.errors ?? []).toEqual([]);
    expect(validate(json)).toBe(true);
  });

  it('the schema rejects a malformed report', () => {
    const validate = new Ajv2020({ allowUnionTypes: true }).compile(schema);
    expect(validate({ ...report, totals: { ...report.totals, cost: 1.5 } })).toBe(false);
    expect(validate({ ...report, issues: [{ ...report.issues[0], severity: 'fatal' }] })).toBe(false);
  });

  it('builds the summary from the report', () => {
    const s = buildSummary(report);
    expect(s.sourceSheet).toBe(SAMPLE_SHEET);
    const totals = s.blocks.find((b) => b.id === 'totals')!;
    expect(totals.rows[0][1]).toEqual({ kind: 'yen', amount: 159_642_281 });
    expect(totals.rows[1][1]).toEqual({ kind: 'yen', amount: 115_348_581 });
    const projects = s.blocks.find((b) => b.id === 'projects')!;
    expect(projects.rows).toHaveLength(11);
  });
});
