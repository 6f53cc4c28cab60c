/**
 * Parity: the CLI's own .xlsx reader (src/cli/xlsx) gives the same Grid, sheet for sheet, as the
 * exceljs-based reader it replaced (test/helpers/exceljs-grid.ts), on every workbook the tests and
 * samples use: the bundled sample, the reader and reordered fixtures, every .xlsx of the reliability
 * corpus, the hostile-text workbook, a generated benchmark sheet, and hand-written packages holding
 * what Japanese Excel files carry (furigana, 和暦 and 千円 formats, shared formulas, inline and rich
 * text, merged cells, errors, booleans, the 1904 date system). Where exceljs reads a cell wrongly the
 * reader deliberately differs; those cells are listed at the end, with what each reader gives.
 */
import { readFileSync } from 'fs';
import ExcelJS from 'exceljs';
import { findSheet, readXlsx } from '../../src/cli/xlsx';
import type { Cell, Grid } from '../../src/core/grid';
import { cellAt } from '../../src/core/grid';
import { exceljsGrids } from '../helpers/exceljs-grid';
import { caseFile } from '../reliability/build-corpus';
import { CASES, HEADER } from '../reliability/cases';
import {
  BARE_BOOK,
  BOOK_1904,
  craftXlsx,
  JAPANESE_BOOK,
  PREFIXED_BOOK,
  type CraftedBook,
} from './fixtures/crafted';
import { SAMPLE_XLSX, tempDir, writeReaderWorkbook, writeReorderedWorkbook } from './fixtures/build';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const generate = require('../../bench/generate') as {
  sheetRows(n: number): unknown[][];
  writeXlsx(rows: unknown[][], file: string): Promise<void>;
};

jest.setTimeout(120_000);

function leanGrids(buf: Buffer): Grid[] {
  const book = readXlsx(buf, 'parity.xlsx');
  return book.sheets.map((s) => book.grid(s));
}

async function expectParity(buf: Buffer): Promise<Grid[]> {
  const reference = await exceljsGrids(buf);
  const lean = leanGrids(buf);
  expect(lean.map((g) => g.sheet)).toEqual(reference.map((g) => g.sheet));
  lean.forEach((g, i) => expect(g).toEqual(reference[i]));
  return lean;
}

/** Texts like those of test/reliability/hostile.test.ts (importing it would run its tests here). */
const HOSTILE = [
  '=1+1',
  '+SUM(A1:A9)',
  '-2+3',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
  '\r\n@A1',
  '<script>alert(1)</script>',
];

async function hostileWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('It\'s "DX" (案) & <集計>');
  ws.addRow(['①令和6年度実施事業']);
  ws.addRow([...HEADER]);
  HOSTILE.forEach((name, i) =>
    ws.addRow([i + 1, name, '情報政策課', `${(i + 1) * 1000}円`, '+概要', '@契約', '-稼働']),
  );
  ws.getCell('J1').value = { text: '市のサイト', hyperlink: 'https://example.jp/' };
  ws.getCell('K1').value = { text: '集計へ', hyperlink: "#'集計'!A1" };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('same grid as the exceljs reader', () => {
  test('the bundled sample', async () => {
    const [grid] = await expectParity(readFileSync(SAMPLE_XLSX));
    expect(grid.rows.length).toBeGreaterThan(20);
  });

  test('the sample with a notes sheet moved to the first tab (tab order, hidden state)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE_XLSX);
    const notes = wb.addWorksheet('メモ', { state: 'hidden' });
    notes.getCell('A1').value = '会議メモ';
    (notes as unknown as { orderNo: number }).orderNo = -1; // first tab (exceljs keeps it untyped)
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const grids = await expectParity(buf);
    expect(grids.map((g) => g.sheet)).toEqual(['メモ', 'DX推進状況']);
    expect(readXlsx(buf, 'x.xlsx').sheets.map((s) => s.state)).toEqual(['hidden', 'visible']);
  });

  test('the reader and reordered fixtures', async () => {
    const dir = tempDir();
    await expectParity(readFileSync(await writeReaderWorkbook(dir)));
    await expectParity(readFileSync(await writeReorderedWorkbook(dir)));
  });

  const xlsxCases = CASES.filter((c) =>
    c.input.kind === 'grid' ? c.input.cliAs !== 'csv' : c.input.ext === '.xlsx',
  );
  test.each(xlsxCases.map((c) => [c.id, c] as const))('reliability corpus: %s', async (_id, c) => {
    const { bytes } = await caseFile(c);
    if (c.expect.cliError) {
      // A file the CLI refuses: the reader refuses it with the same message (exceljs may still open it).
      expect(() => leanGrids(bytes)).toThrow(expect.objectContaining({ messageKey: c.expect.cliError }));
      return;
    }
    let reference: Grid[] | null;
    try {
      reference = await exceljsGrids(bytes);
    } catch {
      reference = null; // exceljs could not read it: the reader must refuse it too (checked in corpus.test.ts)
    }
    if (reference === null) {
      expect(() => leanGrids(bytes)).toThrow();
      return;
    }
    expect(leanGrids(bytes)).toEqual(reference);
  });

  test('hostile texts, sheet name with quotes and entities, links', async () => {
    const [grid] = await expectParity(await hostileWorkbook());
    expect(cellAt(grid, 0, 9).value).toBe('市のサイト');
  });

  test('a generated 300-project benchmark sheet', async () => {
    const file = `${tempDir()}/bench.xlsx`;
    await generate.writeXlsx(generate.sheetRows(300), file);
    const [grid] = await expectParity(readFileSync(file));
    expect(grid.rows.length).toBeGreaterThan(300);
  });

  test('a Japanese sheet as Excel writes it: furigana, rich text, 千円 and date formats, formulas, merges', async () => {
    const [grid, hidden, empty] = await expectParity(await craftXlsx(JAPANESE_BOOK));
    expect(grid.sheet).toBe('DX推進状況 & <案>');
    expect([grid.top, grid.left]).toEqual([1, 1]);
    const at = (a1: string): Cell => {
      const m = /^([A-Z])(\d+)$/.exec(a1)!;
      return cellAt(grid, Number(m[2]) - 1, m[1].charCodeAt(0) - 65);
    };
    expect(at('C3')).toEqual({ value: '情報政策課' });
    expect(at('D2')).toEqual({ value: '担当課' });
    expect(at('B4')).toEqual({ value: '  前後に空白  ' });
    expect(at('C4')).toEqual({ value: 'A&B <課> "引用" 円円' });
    expect(at('D4')).toEqual({ value: '改行\r\nあり\tタブ' });
    expect(at('D3')).toEqual({ value: 19140000, numberFormat: '#,##0,"千円"' });
    expect(at('E3')).toEqual({ value: 45604, date: '2024-11-08', numberFormat: 'yyyy"年"m"月"d"日"' });
    expect(at('F3')).toMatchObject({ value: 45604.75, date: '2024-11-08' });
    expect(at('E4')).toEqual({ value: 45383, date: '2024-04-01', numberFormat: 'mm-dd-yy' });
    expect(at('F4')).toEqual({ value: -1500, numberFormat: '#,##0"円";[Red]-#,##0"円"' });
    expect(at('C5')).toEqual({ value: 57420000, formula: '=D3*2+$D$3', numberFormat: '#,##0' });
    expect(at('C6')).toEqual({ value: 19140000, formula: '=D4*2+$D$3', numberFormat: '#,##0' });
    expect(at('C7')).toEqual({ value: 0, formula: '=D5*2+$D$3', numberFormat: '#,##0' });
    expect(at('D5')).toEqual({ value: '合計19,140,000', formula: '="合計"&TEXT(D3,"#,##0")' });
    expect(at('E5')).toEqual({ value: '#REF!', error: '#REF!', formula: '=Sheet9!A1' });
    expect(at('F5')).toEqual({ value: true, formula: '=D3>0' });
    expect(at('D6')).toEqual({ value: false });
    expect(at('E6')).toEqual({ value: '#N/A', error: '#N/A' });
    expect(at('D7')).toEqual({ value: 'インライン & 文字列' });
    expect(at('E7')).toEqual({ value: 'リッチインライン' });
    expect(at('F7')).toMatchObject({ value: 45605, date: '2024-11-09', formula: '=E3+1' });
    expect(at('B9').value).toMatch(/^デジ田/);
    expect([at('C9'), at('D9'), at('B10'), at('D10'), at('E10')]).toEqual(Array(5).fill({ value: null }));
    expect(at('E11')).toEqual({ value: null });
    expect(hidden.rows).toEqual([[{ value: '事業名称' }]]);
    expect(empty).toEqual({ sheet: '空', top: 0, left: 0, rows: [] });
  });

  test('the 1904 date system: dates as their day, value as the 1900-system serial', async () => {
    const [grid] = await expectParity(await craftXlsx(BOOK_1904));
    expect(grid.rows[0]).toEqual([
      { value: 1462, date: '1904-01-01', numberFormat: 'mm-dd-yy' },
      { value: 45604, date: '2024-11-08', numberFormat: 'yyyy/m/d' },
      { value: 44142 },
    ]);
    expect(grid.rows[1][0]).toEqual({
      value: 45605,
      date: '2024-11-09',
      formula: '=B1+1',
      numberFormat: 'yyyy/m/d',
    });
  });

  test('no sharedStrings or styles part; a cell without a reference', async () => {
    const [grid] = await expectParity(await craftXlsx(BARE_BOOK));
    expect([grid.top, grid.left]).toEqual([2, 2]);
    expect(grid.rows[0]).toEqual([{ value: 12 }, { value: null }, { value: 'テキスト' }, { value: 7 }]);
  });
});

/** Cells where exceljs is wrong and the reader deliberately is not. Each lists both readings. */
describe('where the reader deliberately differs from exceljs', () => {
  const book: CraftedBook = {
    numFmts: { 181: '0.0\\h', 182: 'yyyy/m/d' },
    xfs: [0, 31, 181, 182, 57],
    sheets: [
      {
        name: 'Sheet1',
        xml:
          '<row r="1"><c r="A1" s="1"><v>45604</v></c></row>' +
          '<row r="2"><c r="A2" s="4"><v>45604</v></c></row>' +
          '<row r="3"><c r="A3" s="2"><v>12</v></c></row>' +
          '<row r="4"><c r="A4" t="d"><v>2024-11-08</v></c></row>' +
          '<row r="5"><c r="A5" s="3" t="e"><f>Sheet9!A1</f><v>#REF!</v></c></row>' +
          '<row r="6"><c r="A6" t="str"><v>a&amp;lt;b</v></c></row>' +
          '<row r="7"><c r="A7"><v>1200</v></c></row>' +
          '<row r="8"><c r="A8" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh></is></c><c r="B8"><v>1</v></c></row>',
        after: '<hyperlinks><hyperlink ref="A7" location="Sheet1!A1" display="1200"/></hyperlinks>',
      },
    ],
  };

  test('each differing cell, as both readers give it', async () => {
    const buf = await craftXlsx(book);
    const [ref] = await exceljsGrids(buf);
    const [lean] = leanGrids(buf);
    const both = (row: number) => [lean.rows[row], ref.rows[row]];
    // Built-in 年月日 / 和暦 formats of a Japanese Excel (ids 27–36, 50–58): dates (exceljs: plain numbers).
    expect(both(0)).toEqual([[{ value: 45604, date: '2024-11-08' }], [{ value: 45604 }]]);
    expect(both(1)).toEqual([[{ value: 45604, date: '2024-11-08' }], [{ value: 45604 }]]);
    // An escaped letter is literal text, not a date token (exceljs: '0.0h' is a time format).
    expect(both(2)).toEqual([
      [{ value: 12, numberFormat: '0.0h' }],
      [{ value: 12, date: '1900-01-11', numberFormat: '0.0h' }],
    ]);
    // t="d" (ISO date cells, written by some tools): a date (exceljs: parseFloat('2024-11-08') = 2024).
    expect(both(3)).toEqual([[{ value: 45604, date: '2024-11-08' }], [{ value: 2024 }]]);
    // A formula error in a date-formatted cell stays an error (exceljs: lost, value null).
    expect(both(4)).toEqual([
      [{ value: '#REF!', error: '#REF!', formula: '=Sheet9!A1', numberFormat: 'yyyy/m/d' }],
      [{ value: null, formula: '=Sheet9!A1', numberFormat: 'yyyy/m/d' }],
    ]);
    // Text is decoded once (exceljs decodes t="str" a second time: '&lt;' → '<').
    expect(both(5)).toEqual([[{ value: 'a&lt;b' }], [{ value: 'a<b' }]]);
    // A link does not change the cell's value (exceljs: the number becomes the text "1200").
    expect(both(6)).toEqual([[{ value: 1200 }], [{ value: '1200' }]]);
    // Furigana of an inline string is not part of its text (exceljs appends it and loses the rest of the row).
    expect(lean.rows[7]).toEqual([{ value: '漢字' }, { value: 1 }]);
    expect(ref.rows[7]).not.toEqual(lean.rows[7]);
  });

  test('elements with a namespace prefix are read (exceljs cannot load the workbook)', async () => {
    const buf = await craftXlsx(PREFIXED_BOOK);
    await expect(exceljsGrids(buf)).rejects.toThrow();
    expect(leanGrids(buf)[0]).toEqual(
      leanGrids(
        await craftXlsx({
          sheets: [
            {
              name: 'Sheet1',
              xml: '<row r="3"><c r="C3"><v>12</v></c><c r="E3" t="inlineStr"><is><t>テキスト</t></is></c></row><row r="5"><c r="D5" t="b"><v>1</v></c></row>',
            },
          ],
        }),
      )[0],
    );
  });

  test('findSheet: exact name, else ignoring case', async () => {
    const book2 = readXlsx(
      await craftXlsx({
        sheets: [
          { name: 'Data', xml: '' },
          { name: 'data', xml: '' },
        ],
      }),
      'x.xlsx',
    );
    expect(findSheet(book2, 'data').name).toBe('data');
    expect(findSheet(book2, 'DATA').name).toBe('Data');
  });
});
