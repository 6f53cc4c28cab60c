import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { installInternalLinkFix } from '../../src/cli/internal-links';
import {
  DATE_FORMAT,
  internalLinkTarget,
  isSameFile,
  RATE_FORMAT,
  renderSummarySheet,
  saveWorkbook,
  uniqueSheetName,
  writeFileAtomic,
  YEN_FORMAT,
} from '../../src/cli/write-summary';
import { lossyParts, listZipEntries, readZipEntry } from '../../src/cli/zip';
import type { SummaryModel } from '../../src/core/summary/model';
import { tempDir } from './fixtures/build';

const MODEL: SummaryModel = {
  sheetName: '集計',
  title: 'DX推進状況 集計',
  subtitle: [
    [
      { kind: 'text', text: '基準日' },
      { kind: 'date', iso: '2024-11-08' },
    ],
  ],
  sourceSheet: 'DX推進状況',
  asOf: '2024-11-08',
  blocks: [
    {
      id: 'totals',
      title: '合計',
      layout: 'pairs',
      columns: [
        { header: '項目', width: 20 },
        { header: '金額', width: 16 },
      ],
      rows: [
        [
          { kind: 'text', text: '総事業費' },
          { kind: 'yen', amount: 159_642_281 },
        ],
        [
          { kind: 'text', text: '事業数' },
          { kind: 'count', value: 11 },
        ],
        [
          { kind: 'text', text: '不明な額' },
          { kind: 'yen', amount: null },
        ],
      ],
    },
    {
      id: 'projects',
      title: '事業一覧',
      layout: 'table',
      columns: [
        { header: '事業', width: 40 },
        { header: '事業費', width: 16 },
        { header: '措置率', width: 8 },
        { header: '期限', width: 12 },
        { header: '備考', width: 30 },
      ],
      rows: [
        [
          { kind: 'link', text: '公共施設予約システム導入事業', sheet: 'DX推進状況', cell: 'B11' },
          { kind: 'yen', amount: 19_140_000 },
          { kind: 'rate', value: 0.7 },
          { kind: 'date', iso: '2025-01-31' },
          { kind: 'text', text: '=HYPERLINK("http://evil.example","x")' },
        ],
        [
          { kind: 'link', text: "O'Brien's sheet", sheet: "it's", cell: 'C3' },
          { kind: 'yen', amount: 1 },
          { kind: 'rate', value: null },
          { kind: 'date', iso: null },
          { kind: 'text', text: '\t+1-2' },
        ],
        [
          { kind: 'text', text: '@SUM(A1)' },
          { kind: 'yen', amount: 0 },
          { kind: 'rate', value: 0.5 },
          { kind: 'date', iso: '2024-04-01' },
          { kind: 'text', text: '-5' },
        ],
      ],
    },
    { id: 'issues', title: '問題点', layout: 'table', columns: [{ header: 'セル', width: 8 }], rows: [] },
  ],
};

function sourceWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DX推進状況');
  ws.getCell('A1').value = '本市におけるDXの推進状況について';
  ws.getCell('B11').value = '公共施設予約システム導入事業';
  ws.getCell('D11').value = { formula: 'SUM(1,2)', result: 3 };
  ws.getCell('E11').value = { text: '参照', hyperlink: "#'DX推進状況'!A1" };
  ws.getCell('F11').value = { text: 'web', hyperlink: 'https://example.jp/' };
  wb.addWorksheet('集計');
  return wb;
}

async function roundTrip(
  wb: ExcelJS.Workbook,
  file: string,
): Promise<{ back: ExcelJS.Workbook; bytes: Buffer }> {
  await saveWorkbook(wb, file);
  const bytes = readFileSync(file);
  installInternalLinkFix();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return { back, bytes };
}

describe('renderSummarySheet', () => {
  let back: ExcelJS.Workbook;
  let bytes: Buffer;
  let sheetName: string;

  beforeAll(async () => {
    const wb = sourceWorkbook();
    sheetName = renderSummarySheet(wb, MODEL, 'ja', { links: true });
    ({ back, bytes } = await roundTrip(wb, path.join(tempDir(), 'out.xlsx')));
  });

  test('the sheet name avoids a taken one', () => {
    expect(sheetName).toBe('集計 (2)');
    expect(back.worksheets.map((w) => w.name)).toEqual(['DX推進状況', '集計', '集計 (2)']);
  });

  test('typed cells: yen, counts, rates, dates with their formats; null stays empty', () => {
    const ws = back.getWorksheet(sheetName)!;
    expect(ws.getCell('A1').value).toBe('DX推進状況 集計');
    expect(ws.getCell('B2').value).toEqual(new Date(Date.UTC(2024, 10, 8)));
    expect(ws.getCell('B2').numFmt).toBe(DATE_FORMAT);
    const rows = ws.getSheetValues();
    const find = (text: string) => rows.findIndex((r) => Array.isArray(r) && r.includes(text));
    const total = find('総事業費');
    expect(ws.getCell(total, 2).value).toBe(159_642_281);
    expect(ws.getCell(total, 2).numFmt).toBe(YEN_FORMAT);
    expect(ws.getCell(total + 1, 2).value).toBe(11);
    expect(ws.getCell(total + 2, 2).value).toBeNull();
    const projectRow = find('事業') + 1;
    expect(ws.getCell(projectRow, 3).value).toBe(0.7);
    expect(ws.getCell(projectRow, 3).numFmt).toBe(RATE_FORMAT);
    expect(ws.getCell(projectRow, 4).value).toEqual(new Date(Date.UTC(2025, 0, 31)));
  });

  test('tables are real Excel tables with a header row; an empty block is not a table', () => {
    const tables = listZipEntries(bytes)!.filter((e) => /^xl\/tables\/.+\.xml$/.test(e.name));
    expect(tables).toHaveLength(1);
    const xml = readZipEntry(bytes, tables[0].name)!.toString('utf8');
    expect(xml).toMatch(/headerRowCount="1"|<tableColumns/);
    expect(xml).toContain('name="事業"');
    expect(xml).toContain('name="事業費"');
  });

  test('formula-like text is written as text: no cell of the summary has a formula', () => {
    const ws = back.getWorksheet(sheetName)!;
    let formulas = 0;
    const texts: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula) formulas++;
        if (typeof cell.value === 'string') texts.push(cell.value);
      }),
    );
    expect(formulas).toBe(0);
    expect(texts).toEqual(
      expect.arrayContaining(['=HYPERLINK("http://evil.example","x")', '\t+1-2', '@SUM(A1)', '-5']),
    );
    const sheetXml = readZipEntry(bytes, 'xl/worksheets/sheet3.xml')!.toString('utf8');
    expect(sheetXml).not.toContain('<f>');
  });

  test('links point into the workbook only, written as Excel writes them (location, no relationship)', () => {
    const sheetXml = readZipEntry(bytes, 'xl/worksheets/sheet3.xml')!.toString('utf8');
    const links = [...sheetXml.matchAll(/<hyperlink [^>]*>/g)].map((m) => m[0]);
    expect(links).toHaveLength(2);
    for (const link of links) expect(link).not.toContain('r:id');
    expect(links[0]).toContain('location="&apos;DX推進状況&apos;!B11"');
    expect(links[1]).toContain('location="&apos;it&apos;&apos;s&apos;!C3"');
    const rels = readZipEntry(bytes, 'xl/worksheets/_rels/sheet3.xml.rels');
    expect(rels?.toString('utf8') ?? '').not.toContain('hyperlink');
    expect(internalLinkTarget("it's", 'C3')).toBe("#'it''s'!C3");
  });

  test('the source sheet is unchanged, including its own links', () => {
    const ws = back.getWorksheet('DX推進状況')!;
    expect(ws.getCell('A1').value).toBe('本市におけるDXの推進状況について');
    expect(ws.getCell('D11').value).toEqual({ formula: 'SUM(1,2)', result: 3 });
    expect(ws.getCell('E11').value).toEqual({ text: '参照', hyperlink: "#'DX推進状況'!A1" });
    expect(ws.getCell('F11').value).toEqual({ text: 'web', hyperlink: 'https://example.jp/' });
    const sheetXml = readZipEntry(bytes, 'xl/worksheets/sheet1.xml')!.toString('utf8');
    expect(sheetXml).toContain('<hyperlink ref="E11" location="&apos;DX推進状況&apos;!A1"/>');
  });

  test('frozen title rows and column widths from the model', () => {
    const ws = back.getWorksheet(sheetName)!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.getColumn(1).width).toBe(40);
    expect(ws.getColumn(5).width).toBe(30);
  });

  test('without links (summary-only workbook) link cells are plain text', () => {
    const wb = new ExcelJS.Workbook();
    const name = renderSummarySheet(wb, MODEL, 'en', { links: false });
    expect(name).toBe('集計');
    const values = wb.getWorksheet(name)!.getSheetValues().flat();
    expect(values).toContain('公共施設予約システム導入事業');
    expect(values).toContain('(none)');
  });
});

describe('file handling', () => {
  test('uniqueSheetName: case-insensitive, at most 31 characters', () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Summary');
    wb.addWorksheet('x'.repeat(31));
    expect(uniqueSheetName(wb, 'summary')).toBe('summary (2)');
    expect(uniqueSheetName(wb, 'x'.repeat(31))).toBe('x'.repeat(27) + ' (2)');
  });

  test('atomic write leaves no temporary file and creates the directory', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'sub', 'out.xlsx');
    await writeFileAtomic(file, Buffer.from('abc'));
    expect(readFileSync(file, 'utf8')).toBe('abc');
    expect(readdirSync(path.dirname(file))).toEqual(['out.xlsx']);
  });

  test('isSameFile sees through relative paths and ./', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'in.xlsx');
    writeFileSync(file, 'x');
    expect(await isSameFile(file, path.join(dir, '.', 'sub', '..', 'in.xlsx'))).toBe(true);
    expect(await isSameFile(file, path.join(dir, 'out.xlsx'))).toBe(false);
    expect(existsSync(path.join(dir, 'out.xlsx'))).toBe(false);
  });

  test('lossy parts are found by zip entry name', () => {
    expect(lossyParts(['xl/workbook.xml', 'xl/tables/table1.xml', 'xl/worksheets/sheet1.xml'])).toEqual([]);
    expect(lossyParts(['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/vbaProject.bin'])).toEqual([
      'charts',
      'drawings',
      'VBA macros',
    ]);
  });
});
