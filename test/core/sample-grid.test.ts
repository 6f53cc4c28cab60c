import { cellAt, cellText } from '../../src/core/grid';
import { gridFromTsvText, loadSampleGrid, splitTsv } from '../helpers/sample';

describe('sample TSV loader', () => {
  it('splits tabs and lines, unquoting Excel-quoted cells only', () => {
    expect(splitTsv('a\tb\n\n"x\ny"\t"say ""hi"""\n"open\tq')).toEqual([
      ['a', 'b'],
      [''],
      ['x\ny', 'say "hi"'],
      ['"open', 'q'],
    ]);
    expect(splitTsv('a\r\nb\r\n')).toEqual([['a'], ['b']]);
  });
  it('loads the sample: the header on row 10, project 1 on row 11, numbers as numbers', () => {
    const grid = loadSampleGrid();
    expect(grid.rows.length).toBe(25);
    expect(cellText(cellAt(grid, 9, 0))).toBe('No.');
    expect(cellText(cellAt(grid, 9, 7))).toBe('備考');
    expect(cellAt(grid, 10, 0).value).toBe(1);
    expect(cellText(cellAt(grid, 10, 1))).toBe('公共施設予約システム導入事業');
    expect(gridFromTsvText('1\t2,000円', 's').rows[0]).toEqual([{ value: 1 }, { value: '2,000円' }]);
  });
});
