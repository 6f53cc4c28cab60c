import Ajv2020 from 'ajv/dist/2020';
import schema from '../../schema/report.schema.json';
import { check } from '../../src/core/check';
import type { Grid } from '../../src/core/grid';
import { gridFromValues } from '../../src/core/grid';
import type { Report } from '../../src/core/model';

const byRule = (r: Report, rule: string) => r.issues.filter((i) => i.rule === rule);
const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(schema);
const expectValid = (r: Report) => {
  validate(JSON.parse(JSON.stringify(r)));
  expect(validate.errors ?? []).toEqual([]);
};

describe('check: bad grids give a report, never an exception', () => {
  it('an empty grid: no projects and a missing-table error', () => {
    const r = check({ sheet: 'Empty', top: 0, left: 0, rows: [] }, { asOf: '2024-11-08' });
    expect(r.projects).toEqual([]);
    expect(r.issues.map((i) => [i.rule, i.severity, i.cell])).toEqual([['missing-table', 'error', null]]);
    expect(r.issues[0].message).toMatch(/見出し行/);
    expect(r.counts).toEqual({ error: 1, warning: 0, info: 0 });
    expect(r.totals.cost).toBe(0);
    expectValid(r);
  });
  it('odd values (booleans, errors, huge numbers, ragged rows) do not throw', () => {
    const grid: Grid = {
      sheet: 'Odd',
      top: 3,
      left: 2,
      rows: [
        [{ value: true }, { value: '#REF!', error: '#REF!' }],
        [],
        [{ value: 'No.' }, { value: '事業名称' }, { value: '担当課' }, { value: '事業経費' }],
        [{ value: 1e300 }, { value: false }, { value: null }, { value: '#VALUE!' }],
        [{ value: Number.NaN }, { value: '事業' }],
      ],
    };
    expect(() => check(grid, { asOf: '2024-11-08', lang: 'en' })).not.toThrow();
    const r = check(grid, { asOf: '2024-11-08', lang: 'en' });
    expect(byRule(r, 'formula-error').map((i) => i.cell)).toEqual(['F7']);
    expectValid(r);
  });
  it('reports a bad as-of date and a bad notation dictionary instead of failing', () => {
    const r = check(gridFromValues('S', []), { asOf: '8 Nov', notationYaml: 'rules: [' });
    expect(r.issues.map((i) => i.rule).sort()).toEqual([
      'invalid-notation-dictionary',
      'invalid-option',
      'missing-table',
    ]);
    expect(r.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('check: tables the report must say were not read', () => {
  it('a second table beside the first: ignoredColumns on the section, a warning, a valid report', () => {
    const head = ['No.', '事業名称', '担当課', '事業経費'];
    const r = check(
      gridFromValues('Side', [
        [...head, null, ...head],
        [1, '左', '総務課', '1,000円', null, 2, '右', '総務課', '2,000円'],
      ]),
      { asOf: '2024-11-08' },
    );
    expect(r.tables.map((t) => t.ignoredColumns)).toEqual([[5, 6, 7, 8]]);
    expect(byRule(r, 'ignored-columns').map((i) => i.cell)).toEqual(['F1']);
    expect(r.totals.cost).toBe(1000);
    expectValid(r);
  });
});

describe('check: another city’s sheet', () => {
  // Columns renamed and reordered, amounts in thousands of yen, No. as numbers.
  const grid = gridFromValues('R6', [
    ['令和6年度 DX事業一覧'],
    [],
    ['番号', '所管課', '事業名', '事業費（千円）', '備考'],
    [1, '情報政策課', '電子申請導入', 1500, 'デジ田交付金対象'],
    [2, '情報政策化', '窓口DX', '2,000', ''],
    [2, '情報政策課', '電子申請導入', '', ''],
    ['三', '情報政策課', 'AI議事録', 100, ''],
    [5, '', '', 10, ''],
  ]);
  const r = check(grid, { asOf: '2024-11-08', fiscalYear: 2024 });

  it('reads projects by logical column and converts thousands of yen', () => {
    expect(r.projects.map((p) => [p.no, p.name, p.cost.amount])).toEqual([
      [1, '電子申請導入', 1_500_000],
      [2, '窓口DX', 2_000_000],
      [2, '電子申請導入', null],
      [null, 'AI議事録', 100_000],
      [5, '', 10_000],
    ]);
    expect(r.projects[0].cells).toMatchObject({ no: 'A4', department: 'B4', name: 'C4', cost: 'D4' });
    expect(r.totals.cost).toBe(3_610_000);
    expect(r.totals.subsidyEligibleCost).toBe(1_500_000);
    expectValid(r);
  });

  it('reports issues sorted by row, then column, with rendered messages', () => {
    const got = r.issues.map((i) => [i.cell, i.rule, i.severity]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['B5', 'department-near-miss', 'warning'],
        ['A6', 'duplicate-value', 'error'],
        ['C6', 'duplicate-value', 'warning'],
        ['A7', 'type-error', 'error'],
        ['B8', 'missing-value', 'warning'],
        ['C8', 'missing-value', 'error'],
      ]),
    );
    const order = r.issues.map((i) => (i.row ?? 0) * 1000 + (i.cell ? i.cell.charCodeAt(0) : 0));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const near = byRule(r, 'department-near-miss')[0];
    expect(near.message).toBe('情報政策化 は 情報政策課 の誤りではありませんか。');
    expect(r.counts.error).toBe(r.issues.filter((i) => i.severity === 'error').length);
  });

  it('renders messages in English on request', () => {
    const en = check(grid, { asOf: '2024-11-08', lang: 'en' });
    expect(byRule(en, 'type-error')[0].message).toBe('No. "三" is not a number.');
  });

  it('treats an empty department list as none configured', () => {
    const none = check(grid, { asOf: '2024-11-08', knownDepartments: [] });
    expect(byRule(none, 'department-near-miss')).toHaveLength(1);
  });

  it('uses a configured department list', () => {
    const configured = check(grid, { asOf: '2024-11-08', knownDepartments: ['情報政策課', '総務課'] });
    expect(byRule(configured, 'department-near-miss').map((i) => i.params)).toEqual([
      { found: '情報政策化', expected: '情報政策課' },
    ]);
  });
});

describe('check: scale', () => {
  const sheet = (n: number) => {
    const rows: Array<Array<string | number>> = [
      ['No.', '事業名称', '担当課', '事業経費', '概要', '実施状況', '備考'],
    ];
    for (let i = 1; i <= n; i++) {
      rows.push([
        i,
        `事業${i}`,
        i % 7 === 0 ? '総務課' : '情報政策課',
        `${i * 1000}円`,
        '概要',
        '実施中',
        '',
      ]);
    }
    return gridFromValues('Big', rows);
  };
  const timed = (n: number) => {
    const grid = sheet(n);
    const start = process.hrtime.bigint();
    const r = check(grid, { asOf: '2024-11-08', fiscalYear: 2024 });
    return { r, ms: Number(process.hrtime.bigint() - start) / 1e6 };
  };

  it('checks 100,000 projects in time linear in the rows', () => {
    timed(2_000); // warm up
    const small = timed(20_000);
    const big = timed(100_000);
    expect(big.r.projects.length).toBe(100_000);
    expect(big.r.totals.cost).toBe(1000 * ((100_000 * 100_001) / 2));
    expect(big.r.counts).toEqual({ error: 0, warning: 0, info: 0 });
    // Five times the rows: about five times the time when linear, 25 times when quadratic.
    expect(big.ms / small.ms).toBeLessThan(12);
  });
});
