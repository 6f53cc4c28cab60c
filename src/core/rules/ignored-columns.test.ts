import { check } from '../check';
import { gridFromValues } from '../grid';
import { makeContext, makeTable, runRule } from '../../../test/helpers/builders';
import { ignoredColumns } from './ignored-columns';
import { SAMPLE_HEADER } from '../../../test/helpers/sample';

const HEADER = SAMPLE_HEADER;

describe('ignored-columns', () => {
  it('reports the first ignored column of a header row, once for all its sections', () => {
    const tables = [
      makeTable(3, 5, { ignoredColumns: [9, 10, 11] }),
      makeTable(3, 8, { ignoredColumns: [9, 10, 11], title: '令和7年度以降検討事業' }),
    ];
    expect(runRule(ignoredColumns, makeContext([], { tables }))).toEqual([
      { cell: 'J4', row: 4, messageKey: 'rule.ignored-columns', params: { column: 'J' } },
    ]);
  });

  it('is silent when nothing was ignored', () => {
    expect(runRule(ignoredColumns, makeContext([], { tables: [makeTable(0, 3)] }))).toEqual([]);
    expect(
      runRule(ignoredColumns, makeContext([], { tables: [makeTable(0, 3, { ignoredColumns: [] })] })),
    ).toEqual([]);
  });

  it('warns about a second table beside the first through check(), which still reads the left one only', () => {
    const grid = gridFromValues('Sheet1', [
      [...HEADER, null, ...HEADER],
      [
        1,
        '左の事業',
        '情報政策課',
        '1,000円',
        '概要',
        '6月に契約締結',
        '7年2月より稼働予定',
        null,
        null,
        1,
        '右の事業',
        '総務課',
        '2,000円',
      ],
    ]);
    const report = check(grid, { asOf: '2024-11-08' });
    expect(report.tables[0].ignoredColumns).toEqual([9, 10, 11, 12, 13, 14, 15, 16]);
    expect(report.projects.map((p) => p.name)).toEqual(['左の事業']);
    const issues = report.issues.filter((i) => i.rule === 'ignored-columns');
    expect(issues.map((i) => [i.severity, i.cell, i.message])).toEqual([
      ['warning', 'J1', '右側の表（J列〜）は点検していません。'],
    ]);
  });

  it('leaves ignoredColumns out of a table that has none', () => {
    const report = check(gridFromValues('Sheet1', [HEADER, [1, 'A', '総務課', '1,000円']]), {
      asOf: '2024-11-08',
    });
    expect(report.tables[0]).not.toHaveProperty('ignoredColumns');
  });
});
