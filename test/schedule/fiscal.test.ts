/** The sheet's fiscal year and date: title 年度, column labels, the date line. */
import { gridFromValues } from '../../src/core/grid';
import type { TableSection } from '../../src/core/model';
import { inferFiscalYear, inferSheetDate } from '../../src/core/schedule';
import { splitSentences } from '../../src/core/schedule/clauses';

function table(headerRow: number, status: string, plan: string): TableSection {
  return {
    headerRow,
    firstRow: headerRow + 1,
    lastRow: headerRow,
    columns: { status: { key: 'status', col: 5, label: status }, plan: { key: 'plan', col: 6, label: plan } },
    title: null,
    kind: 'unknown',
  };
}

describe('inferFiscalYear', () => {
  test('a 年度 in the title wins', () => {
    const grid = gridFromValues('s', [['令和５年度 DX推進状況'], ['令和6年4月10日'], ['No.']]);
    expect(inferFiscalYear(grid, [table(2, '実施状況', '予定')])).toBe(2023);
  });

  test('令和7年度以降 in a title is not the sheet year', () => {
    const grid = gridFromValues('s', [['②令和7年度以降検討事業'], ['No.']]);
    expect(inferFiscalYear(grid, [table(1, 'R6前期実施状況', 'R6後期→R7実施予定')])).toBe(2024);
  });

  test('column labels (R6前期, R6後期→R7) when the title has no year', () => {
    const grid = gridFromValues('s', [['DXの推進状況'], ['No.']]);
    expect(inferFiscalYear(grid, [table(1, 'R6前期実施状況', 'R6後期→R7実施予定')])).toBe(2024);
  });

  test('the date line: the fiscal year containing it', () => {
    const grid = gridFromValues('s', [['DXの推進状況'], ['令和7年2月3日'], ['No.']]);
    expect(inferFiscalYear(grid, [table(2, '実施状況', '予定')])).toBe(2024);
    expect(inferSheetDate(grid, [table(2, '実施状況', '予定')])).toBe('2025-02-03');
  });

  test('a date cell the shell recognised', () => {
    const grid = {
      sheet: 's',
      top: 0,
      left: 0,
      rows: [[{ value: 45603, date: '2024-11-08' }], [{ value: 'No.' }]],
    };
    expect(inferSheetDate(grid, [table(1, '実施状況', '予定')])).toBe('2024-11-08');
    expect(inferFiscalYear(grid, [table(1, '実施状況', '予定')])).toBe(2024);
  });

  test('nothing to go on: null', () => {
    const grid = gridFromValues('s', [['DXの推進状況'], ['No.']]);
    expect(inferFiscalYear(grid, [table(1, '実施状況', '予定')])).toBeNull();
    expect(inferSheetDate(grid, [])).toBeNull();
  });

  test('an impossible date line is ignored', () => {
    const grid = gridFromValues('s', [['令和6年2月30日'], ['No.']]);
    expect(inferSheetDate(grid, [table(1, 'a', 'b')])).toBeNull();
  });
});

describe('splitSentences', () => {
  test('。, bullets and し、 joins; not として、', () => {
    expect(splitSentences('7年1月中に構築を実施し、7年2月より仮稼働を開始予定。なお、対応予定。')).toEqual([
      ['7年1月中に構築を実施し', '7年2月より仮稼働を開始予定'],
      ['なお、対応予定'],
    ]);
    expect(splitSentences('○10/30開催 ○R6年度中に実施予定 ・国スポ・障スポ')).toEqual([
      ['10/30開催'],
      ['R6年度中に実施予定'],
      ['国スポ・障スポ'],
    ]);
    expect(splitSentences('令和6年度事業として、導入予定')).toEqual([['令和6年度事業として、導入予定']]);
  });
});
