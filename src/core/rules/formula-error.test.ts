import { gridFromValues } from '../grid';
import type { Grid } from '../grid';
import { makeContext, makeTable, runRule } from '../../../test/helpers/builders';
import { formulaError } from './formula-error';

describe('formula-error', () => {
  const base = [
    ['No.', '事業名称', '担当課', '事業経費', '概要', '状況'],
    [1, '事業A', '情報政策課', '#REF!', '', ''],
    [2, '事業B', '情報政策課', 1000, '', '#N/A'],
  ];
  it('reports error values and cells flagged as errors within the table', () => {
    const grid = gridFromValues('S', base);
    const rows = grid.rows.map((r) => [...r]);
    rows[1][4] = { value: '#DIV/0!', error: '#DIV/0!' };
    const withError: Grid = { ...grid, rows };
    const drafts = runRule(formulaError, makeContext([], { grid: withError, tables: [makeTable(0, 2)] }));
    expect(drafts.map((d) => [d.cell, d.params])).toEqual([
      ['D2', { value: '#REF!' }],
      ['E2', { value: '#DIV/0!' }],
      ['F3', { value: '#N/A' }],
    ]);
  });
  it('is silent on clean cells, on text that merely mentions an error, and outside the tables', () => {
    const grid = gridFromValues('S', [['#REF!'], ...base.slice(0, 1), [1, 'A', '#REF! を修正', 5]], 0, 0);
    expect(runRule(formulaError, makeContext([], { grid, tables: [makeTable(1, 2)] }))).toEqual([]);
  });
});
