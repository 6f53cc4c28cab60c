import { check } from '../check';
import { gridFromValues } from '../grid';
import { makeContext, makeTable, runRule } from '../../../test/helpers/builders';
import { emptyTable } from './empty-table';

const HEADER = ['No.', '事業名称', '担当課', '事業経費', '概要', 'R6前期実施状況'];

describe('empty-table', () => {
  it('reports a header row with nothing under it, at the header row’s first cell', () => {
    const grid = gridFromValues('Sheet1', [['本市のDX'], [], [null, ...HEADER]]);
    const table = makeTable(2, 2, {
      columns: { name: { key: 'name', col: 2, label: '事業名称' } },
    });
    expect(runRule(emptyTable, makeContext([], { grid, tables: [table] }))).toEqual([
      { cell: 'B3', row: 3, messageKey: 'rule.empty-table' },
    ]);
  });

  it('is silent when the table has rows', () => {
    expect(runRule(emptyTable, makeContext([], { tables: [makeTable(0, 3)] }))).toEqual([]);
  });

  it('names an empty section opened by a label row inside the table', () => {
    const grid = gridFromValues('Sheet1', [
      HEADER,
      [1, 'A', '総務課', '1,000円'],
      ['②令和7年度以降検討事業'],
    ]);
    const tables = [
      makeTable(0, 1),
      {
        ...makeTable(0, 1, { title: '令和7年度以降検討事業', kind: 'considering' as const }),
        firstRow: 3,
        lastRow: 2,
      },
    ];
    expect(runRule(emptyTable, makeContext([], { grid, tables }))).toEqual([
      {
        cell: 'A3',
        row: 3,
        messageKey: 'rule.empty-table.section',
        params: { title: '令和7年度以降検討事業' },
      },
    ]);
  });

  it('turns a sheet of headers only into a warning through check()', () => {
    const report = check(gridFromValues('Sheet1', [['①令和6年度実施事業'], HEADER]), { asOf: '2024-11-08' });
    expect(report.projects).toEqual([]);
    expect(report.issues.map((i) => [i.rule, i.severity, i.cell, i.message])).toEqual([
      ['empty-table', 'warning', 'A2', '見出し行の下に事業の行がありません。'],
    ]);
  });
});
