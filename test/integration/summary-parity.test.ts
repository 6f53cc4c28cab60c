/**
 * The CLI's --summary workbook (exceljs) and the add-in's summary sheet (Office.js, through the adapter)
 * are two renderers of one summary model: on the sample they must hold the same figures, cell for cell.
 */
import ExcelJS from 'exceljs';
import { check } from '../../src/core/check';
import { buildSummary } from '../../src/core/summary/build';
import { renderSummarySheet } from '../../src/cli/write-summary';
import { createExcelHost } from '../../src/excel/excel-host';
import { fakeRunner, supportsUpTo, type SheetModel } from '../excel/fake-excel';
import { sampleWorkbook } from '../excel/fixtures';
import { loadSampleGrid } from '../helpers/sample';

jest.setTimeout(60000);

type Plain = string | number | boolean;

/** Excel serial day number of an exceljs date (exceljs gives UTC midnight). */
function serialOf(d: Date): number {
  return Math.round((d.getTime() - Date.UTC(1899, 11, 30)) / 86400000);
}

function plainOfExceljs(v: ExcelJS.CellValue): Plain | null {
  if (v === null || v === undefined || v === '') return null;
  if (v instanceof Date) return serialOf(v);
  if (typeof v === 'object') {
    if ('text' in v && typeof v.text === 'string') return v.text; // hyperlink
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    throw new Error(`unexpected cell value ${JSON.stringify(v)}`);
  }
  return v;
}

/** Non-empty rows, each as its values from column A, trailing empties dropped. */
function rowsOfExceljs(ws: ExcelJS.Worksheet): Plain[][] {
  const out: Plain[][] = [];
  ws.eachRow((row) => {
    const vals: (Plain | null)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => (vals[col - 1] = plainOfExceljs(cell.value)));
    const trimmed = trimRow(vals);
    if (trimmed.length) out.push(trimmed);
  });
  return out;
}

function rowsOfFake(sheet: SheetModel): Plain[][] {
  const byRow = new Map<number, (Plain | null)[]>();
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(',').map(Number);
    const v = cell.value === '' ? null : cell.value;
    if (!byRow.has(r)) byRow.set(r, []);
    byRow.get(r)![c] = v;
  }
  return [...byRow.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, vals]) => trimRow(Array.from(vals, (v) => v ?? null)))
    .filter((r) => r.length > 0);
}

function trimRow(vals: (Plain | null)[]): Plain[] {
  let end = vals.length;
  while (end > 0 && (vals[end - 1] === null || vals[end - 1] === undefined)) end--;
  return vals.slice(0, end).map((v) => (v === null || v === undefined ? '' : v));
}

test('the CLI workbook and the add-in sheet hold the same summary for the sample', async () => {
  const report = check(loadSampleGrid(), { asOf: '2024-11-08', lang: 'ja' });
  const model = buildSummary(report, 'ja');

  const wb = new ExcelJS.Workbook();
  const cliName = renderSummarySheet(wb, model, 'ja', { links: true });
  const cliRows = rowsOfExceljs(wb.getWorksheet(cliName)!);

  const { model: workbook } = sampleWorkbook();
  const host = createExcelHost({ run: fakeRunner(workbook), isSetSupported: supportsUpTo('1.20') });
  const { sheetName } = await host.writeSummary(model);
  const addinRows = rowsOfFake(workbook.sheet(sheetName)!);

  expect(cliName).toBe(sheetName);
  expect(cliRows.length).toBeGreaterThan(40);
  expect(addinRows).toEqual(cliRows);
  // The figures the meeting reads, present in both as numbers.
  const numbers = cliRows.flat().filter((v): v is number => typeof v === 'number');
  expect(numbers).toEqual(expect.arrayContaining([159642281, 115348581, 25812798, 69392000]));
});
