import type { Milestone, Report } from '../model';
import { computeTotals } from '../totals';
import { makeCost, makeFlag, makeProject, TEST_PROGRAMS } from '../../../test/helpers/builders';
import { buildSummary, daysBetween, fiscalYearLabel } from './build';
import type { SummaryBlock } from './model';

const milestone = (over: Partial<Milestone>): Milestone => ({
  cell: 'G2',
  text: '12月中に研修会を実施予定',
  start: '2024-12-01',
  end: '2024-12-31',
  due: '2024-12-31',
  status: 'planned',
  reason: '予定',
  ...over,
});

function sampleReport(): Report {
  const projects = [
    makeProject(11, {
      no: 1,
      name: '公共施設予約システム導入事業',
      cost: makeCost({ amount: 19_140_000, basis: 'contract', allocation: { 情報政策課: 19_140_000 } }),
      subsidies: [makeFlag()],
      milestones: [
        milestone({ cell: 'G11', due: '2024-12-31' }),
        milestone({ cell: 'G11', due: '2025-01-31', text: '7年1月中に本番環境を構築' }),
      ],
    }),
    makeProject(13, {
      no: 3,
      name: '公式LINE導入・運用事業',
      departments: ['広報課', '危機管理課'],
      cost: makeCost({
        amount: 2_046_000,
        basis: 'contract',
        allocation: { 広報課: 1_804_000, 危機管理課: 242_000 },
      }),
      milestones: [
        milestone({ cell: 'F13', text: '9月末に開始予定', due: '2024-09-30', status: 'overdue' }),
        milestone({ cell: 'G13', text: '10月末に開始予定', due: '2024-10-31', status: 'overdue' }),
      ],
    }),
  ];
  return {
    tool: 'dx-status',
    schemaVersion: 1,
    sheet: 'DX進捗',
    asOf: '2024-11-08',
    fiscalYear: 2024,
    lang: 'ja',
    tables: [],
    projects,
    totals: computeTotals(projects, TEST_PROGRAMS),
    schedule: { overdue: 2, overdueByProject: { '3': 2 }, overdueByDepartment: { 広報課: 2 } },
    issues: [
      {
        rule: 'notation-variant',
        severity: 'warning',
        cell: 'G22',
        row: 22,
        message: '「レジ田」は「デジ田」の誤記ではありませんか。',
        messageKey: 'rule.notation-variant',
        params: { found: 'レジ田', expected: 'デジ田' },
      },
      {
        rule: 'missing-table',
        severity: 'error',
        cell: null,
        row: null,
        message: '…',
        messageKey: 'rule.missing-table',
        params: {},
      },
    ],
    counts: { error: 1, warning: 1, info: 0 },
  };
}

const block = (blocks: readonly SummaryBlock[], id: string) => blocks.find((b) => b.id === id)!;

describe('buildSummary', () => {
  const report = sampleReport();
  const ja = buildSummary(report);

  it('names the sheet and states source, date and fiscal year', () => {
    expect(ja.sheetName).toBe('集計');
    expect(buildSummary(report, 'en').sheetName).toBe('Summary');
    expect(ja.subtitle).toEqual([
      [
        { kind: 'text', text: '対象シート' },
        { kind: 'text', text: 'DX進捗' },
      ],
      [
        { kind: 'text', text: '基準日' },
        { kind: 'date', iso: '2024-11-08' },
      ],
      [
        { kind: 'text', text: '年度' },
        { kind: 'text', text: '令和6年度' },
      ],
    ]);
    expect(ja.blocks.map((b) => b.id)).toEqual([
      'totals',
      'by-department',
      'by-subsidy',
      'projects',
      'overdue',
      'issues',
    ]);
  });

  it('gives the totals as label/value pairs', () => {
    const rows = block(ja.blocks, 'totals').rows;
    expect(rows[0]).toEqual([
      { kind: 'text', text: '総事業費' },
      { kind: 'yen', amount: 21_186_000 },
    ]);
    expect(rows[1]).toEqual([
      { kind: 'text', text: '交付金対象経費' },
      { kind: 'yen', amount: 19_140_000 },
    ]);
    expect(rows[2]).toEqual([
      { kind: 'text', text: '見込交付額' },
      { kind: 'yen', amount: 9_570_000 },
    ]);
    expect(rows[4]).toEqual([
      { kind: 'text', text: '期限超過件数' },
      { kind: 'count', value: 2 },
    ]);
  });

  it('lists departments by cost with a bar chart', () => {
    const b = block(ja.blocks, 'by-department');
    expect(b.chart).toMatchObject({ type: 'bar', categoryColumn: 0, valueColumn: 1 });
    expect(
      b.rows.map((r) => r.map((v) => (v.kind === 'text' ? v.text : v.kind === 'yen' ? v.amount : v))),
    ).toEqual([
      ['情報政策課', 19_140_000, { kind: 'count', value: 1 }],
      ['広報課', 1_804_000, { kind: 'count', value: 1 }],
      ['危機管理課', 242_000, { kind: 'count', value: 1 }],
    ]);
  });

  it('shows each subsidy program with its rate and grant', () => {
    expect(block(ja.blocks, 'by-subsidy').rows).toEqual([
      [
        { kind: 'text', text: 'デジ田交付金' },
        { kind: 'yen', amount: 19_140_000 },
        { kind: 'rate', value: 0.5 },
        { kind: 'yen', amount: 9_570_000 },
        { kind: 'count', value: 1 },
      ],
    ]);
  });

  it('links each project name to its cell and gives the next milestone', () => {
    const [first, second] = block(ja.blocks, 'projects').rows;
    expect(first[1]).toEqual({
      kind: 'link',
      text: '公共施設予約システム導入事業',
      sheet: 'DX進捗',
      cell: 'B11',
    });
    expect(first[4]).toEqual({ kind: 'text', text: '契約' });
    expect(first[5]).toEqual({ kind: 'text', text: 'デジ田交付金' });
    expect(first[6]).toEqual({ kind: 'date', iso: '2024-12-31' });
    expect(second[7]).toEqual({ kind: 'text', text: '期限超過 2件' });
  });

  it('lists overdue milestones, most late first', () => {
    const rows = block(ja.blocks, 'overdue').rows;
    expect(rows.map((r) => [r[2], r[3], r[4]])).toEqual([
      [
        { kind: 'date', iso: '2024-09-30' },
        { kind: 'count', value: 39 },
        { kind: 'link', text: 'F13', sheet: 'DX進捗', cell: 'F13' },
      ],
      [
        { kind: 'date', iso: '2024-10-31' },
        { kind: 'count', value: 8 },
        { kind: 'link', text: 'G13', sheet: 'DX進捗', cell: 'G13' },
      ],
    ]);
  });

  it('lists issues, errors first, with messages in the summary language', () => {
    const rows = block(buildSummary(report, 'en').blocks, 'issues').rows;
    expect(rows[0][0]).toEqual({ kind: 'text', text: 'Error' });
    expect(rows[0][1]).toEqual({ kind: 'text', text: '(whole sheet)' });
    expect(rows[1][1]).toEqual({ kind: 'link', text: 'G22', sheet: 'DX進捗', cell: 'G22' });
    expect(rows[1][3]).toEqual({ kind: 'text', text: '"レジ田" may be a slip for "デジ田".' });
  });

  it('leaves an unknown grant empty rather than zero', () => {
    const r = { ...report, totals: { ...report.totals, estimatedGrant: null } };
    expect(block(buildSummary(r).blocks, 'totals').rows[2][1]).toEqual({ kind: 'yen', amount: null });
  });
});

describe('helpers', () => {
  it('counts days and names fiscal years', () => {
    expect(daysBetween('2024-09-30', '2024-11-08')).toBe(39);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(fiscalYearLabel(2024, 'ja')).toBe('令和6年度');
    expect(fiscalYearLabel(2024, 'en')).toBe('FY2024 (Reiwa 6)');
    expect(fiscalYearLabel(null, 'ja')).toBe('不明');
  });
});
