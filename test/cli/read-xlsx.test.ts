import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { CliError } from '../../src/cli/errors';
import { findSheet, readXlsx } from '../../src/cli/xlsx';
import { dateToCellParts } from '../../src/cli/xlsx/number-format';
import { cellAt, cellText, EMPTY_CELL } from '../../src/core/grid';
import { SAMPLE_XLSX, sampleRows, tempDir, writeReaderWorkbook } from './fixtures/build';

function keyOf(read: () => unknown): string | null {
  try {
    read();
    return null;
  } catch (err) {
    return err instanceof CliError ? err.messageKey : `unexpected: ${String(err)}`;
  }
}

describe('readXlsx', () => {
  let file: string;
  beforeAll(async () => {
    file = await writeReaderWorkbook(tempDir());
  });

  test('cells as Office.js gives them', () => {
    const book = readXlsx(readFileSync(file), file);
    const grid = book.grid(findSheet(book, 'データ'));
    expect(grid.sheet).toBe('データ');
    expect([grid.top, grid.left]).toEqual([1, 1]); // B2 is the first used cell
    // merged B2:D2: the master keeps the value, covered cells are empty
    expect(cellAt(grid, 1, 1).value).toBe('表題');
    expect(cellAt(grid, 1, 2)).toBe(EMPTY_CELL);
    expect(cellAt(grid, 1, 3)).toBe(EMPTY_CELL);
    // number with its format
    expect(cellAt(grid, 2, 1)).toEqual({ value: 1200, numberFormat: '#,##0"円"' });
    // formula: cached result, formula kept
    expect(cellAt(grid, 2, 2)).toEqual({ value: 2400, formula: '=B3*2' });
    // formula errors
    expect(cellAt(grid, 2, 3)).toMatchObject({ value: '#DIV/0!', error: '#DIV/0!' });
    expect(cellAt(grid, 2, 4)).toMatchObject({ value: '#REF!', error: '#REF!' });
    // rich text → plain text
    expect(cellAt(grid, 3, 1).value).toBe('情報政策課');
    // a date: ISO without time-zone drift, value = Excel serial
    expect(cellAt(grid, 3, 2)).toEqual({ value: 45604, date: '2024-11-08', numberFormat: 'yyyy/m/d' });
    // hyperlink → its text
    expect(cellAt(grid, 3, 3).value).toBe('市のサイト');
    expect(cellAt(grid, 3, 4).value).toBe(true);
    // text that looks like a formula stays text
    expect(cellAt(grid, 4, 1)).toEqual({ value: '=SUM(B3)' });
    // a formula whose result is a date
    expect(cellAt(grid, 4, 2)).toMatchObject({ value: 45605, date: '2024-11-09', formula: '=C4+1' });
  });

  test('the empty sheet gives an empty grid; sheet names are listed when one is unknown', () => {
    const book = readXlsx(readFileSync(file), file);
    expect(book.grid(findSheet(book, '空のシート')).rows).toEqual([]);
    let caught: unknown;
    try {
      findSheet(book, 'Sheet1');
    } catch (err) {
      caught = err;
    }
    expect((caught as CliError).messageKey).toBe('cli.error.unknownSheet');
    expect((caught as CliError).params.sheets).toBe('「データ」 「空のシート」');
  });

  test('the bundled sample reads back as the published text, row for row', () => {
    const book = readXlsx(readFileSync(SAMPLE_XLSX), SAMPLE_XLSX);
    expect(book.sheets.map((s) => s.name)).toEqual(['DX推進状況']);
    const grid = book.grid(book.sheets[0]);
    sampleRows().forEach((fields, r) => {
      fields.forEach((text, c) => expect(cellText(cellAt(grid, r, c))).toBe(text.trim()));
    });
    expect(cellAt(grid, 10, 0).value).toBe(1);
  });
});

describe('dateToCellParts', () => {
  test('serials in the 1900 date system', () => {
    expect(dateToCellParts(new Date(Date.UTC(1900, 0, 1)))).toEqual({ iso: '1900-01-01', serial: 2 });
    expect(dateToCellParts(new Date(Date.UTC(2024, 10, 8, 12)))).toEqual({
      iso: '2024-11-08',
      serial: 45604.5,
    });
    expect(dateToCellParts(new Date(NaN))).toBeNull();
  });
});

describe('readXlsx refuses what is not a workbook', () => {
  test('a binary file renamed .xlsx', () => {
    const dir = tempDir();
    const file = path.join(dir, 'fake.xlsx');
    writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    expect(keyOf(() => readXlsx(readFileSync(file), file))).toBe('cli.error.notXlsx');
  });

  test('an old .xls / password-protected workbook (OLE compound file)', () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
    ]);
    expect(keyOf(() => readXlsx(ole, 'old.xls'))).toBe('cli.error.legacyOrEncrypted');
  });

  test('a zip that is not a workbook', () => {
    // An empty zip archive: just the end-of-central-directory record.
    const emptyZip = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    expect(keyOf(() => readXlsx(emptyZip, 'x.xlsx'))).toBe('cli.error.notXlsx');
  });
});
