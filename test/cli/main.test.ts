/**
 * The CLI end to end through main() (no process spawned): exit codes, text and JSON output, the
 * same figures from the sample workbook, CSV exports (UTF-8, BOM, Shift_JIS) and another city's
 * layout, and the summary workbook.
 */
import { existsSync, readFileSync, writeFileSync, copyFileSync, readdirSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { installInternalLinkFix } from '../../src/cli/internal-links';
import type { Report } from '../../src/core/model';
import {
  EXPECTED,
  SAMPLE_XLSX,
  tempDir,
  writeReorderedWorkbook,
  writeSampleCsv,
  type CsvEncoding,
} from './fixtures/build';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

async function report(file: string, ...extra: string[]): Promise<Report> {
  const r = await run('check', file, '--as-of', '2024-11-08', '--json', ...extra);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

function expectSampleFigures(rep: Report): void {
  expect(rep.projects).toHaveLength(EXPECTED.projects);
  expect(rep.totals.projects).toBe(EXPECTED.projects);
  expect(rep.totals.cost).toBe(EXPECTED.cost);
  expect(rep.totals.subsidyEligibleCost).toBe(EXPECTED.eligible);
  expect(rep.counts.error).toBe(0);
}

async function loadBack(file: string): Promise<ExcelJS.Workbook> {
  installInternalLinkFix();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function sheetCells(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (c) => {
      cells[c.address] = { value: c.value, numFmt: c.numFmt, font: c.font, fill: c.fill, border: c.border };
    }),
  );
  return cells;
}

describe('arguments and unreadable files → exit 2, message ja then en, nothing written', () => {
  test.each([
    [[]],
    [['check']],
    [['check', SAMPLE_XLSX, '--as-of', '11/8']],
    [['check', SAMPLE_XLSX, '--nope']],
  ])('%j', async (argv) => {
    const r = await run(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^エラー: /);
    expect(lines[1]).toMatch(/^Error: /);
  });

  test('a missing file', async () => {
    const r = await run('check', path.join(tempDir(), 'none.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('見つかりません');
    expect(r.stderr).toContain('not found');
  });

  test('a binary file renamed .xlsx', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'binary.xlsx');
    writeFileSync(file, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31 + 7) % 256)));
    const out = path.join(dir, 'out.xlsx');
    const r = await run('check', file, '--summary', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Excel ブック (.xlsx) として読めません');
    expect(r.stderr).toContain('cannot be read as an Excel workbook');
    expect(existsSync(out)).toBe(false);
  });

  test('an unknown --sheet lists the sheets', async () => {
    const r = await run('check', SAMPLE_XLSX, '--sheet', 'Sheet1');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('「DX推進状況」');
  });

  test('a CSV with a broken quote', async () => {
    const file = path.join(tempDir(), 'broken.csv');
    writeFileSync(file, 'No.,事業名称\n1,"閉じていない\n2,x\n');
    const r = await run('check', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2 行目');
  });

  test('--summary naming the input itself', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'in.xlsx');
    copyFileSync(SAMPLE_XLSX, file);
    const before = readFileSync(file);
    const r = await run('check', file, '--summary', path.join(dir, '.', 'in.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('入力ファイルと同じ');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['in.xlsx']);
  });

  test('--help and --version exit 0', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('使い方: dx-status check');
    expect(help.stdout).toContain('Usage: dx-status check');
    const version = await run('--version');
    expect(version.stdout).toMatch(/^dx-status \d+\.\d+\.\d+/);
  });
});

describe('the published sample', () => {
  test('--json: one JSON object with the schema top-level fields and the expected figures', async () => {
    const r = await run('check', SAMPLE_XLSX, '--as-of', '2024-11-08', '--json');
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.stdout) as Report;
    for (const key of ['sheet', 'asOf', 'fiscalYear', 'projects', 'totals', 'issues'])
      expect(rep).toHaveProperty(key);
    expect(rep.sheet).toBe('DX推進状況');
    expect(rep.asOf).toBe('2024-11-08');
    expectSampleFigures(rep);
    expect(rep.totals.byDepartment).toMatchObject(EXPECTED.byDepartment);
    expect(rep.issues.some((i) => i.severity === 'warning')).toBe(true);
    expect(rep.projects[0]).toMatchObject({ no: 1, row: 11, cost: { amount: 19_140_000, cell: 'D11' } });
  });

  test('human output (ja, and en with --lang en)', async () => {
    const ja = await run('check', SAMPLE_XLSX, '--as-of', '2024-11-08');
    expect(ja.code).toBe(0);
    expect(ja.stdout).toContain('DX推進状況');
    expect(ja.stdout).toContain('2024-11-08');
    expect(ja.stdout).toMatch(/総事業費\s+159,642,281円/);
    expect(ja.stdout).toMatch(/交付金対象経費\s+115,348,581円/);
    expect(ja.stdout).toMatch(/情報政策課\s+25,812,798円/);
    expect(ja.stdout).toContain('警告');
    expect(ja.stdout).toContain('結果: エラーはありません。');
    const en = await run('check', SAMPLE_XLSX, '--as-of', '2024-11-08', '--lang', 'en');
    expect(en.stdout).toMatch(/Total cost\s+¥159,642,281/);
    expect(en.stdout).toContain('Result: no errors.');
  });

  test('--fiscal-year R6 is passed to the check', async () => {
    const rep = await report(SAMPLE_XLSX, '--fiscal-year', 'R6');
    expect(rep.fiscalYear).toBe(2024);
  });
});

describe('exit code and sheet choice', () => {
  test('an error-severity issue (an amount that cannot be read) → exit 1, the cell named', async () => {
    const dir = tempDir();
    const file = writeSampleCsv(dir, 'utf8');
    writeFileSync(file, readFileSync(file, 'utf8').replace('19,140,000円', '19,140,OOO円'));
    const r = await run('check', file, '--as-of', '2024-11-08');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/D11\s/);
    expect(r.stdout).toContain('結果: エラーが');
    const json = await run('check', file, '--as-of', '2024-11-08', '--json');
    expect(json.code).toBe(1);
    const rep = JSON.parse(json.stdout) as Report;
    expect(rep.issues.some((i) => i.severity === 'error' && i.cell === 'D11')).toBe(true);
  });

  test('the first sheet that holds a project table is used; --sheet picks another', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE_XLSX);
    const notes = wb.addWorksheet('メモ');
    notes.getCell('A1').value = '会議メモ';
    (notes as unknown as { orderNo: number }).orderNo = -1; // first tab (exceljs keeps it untyped)
    const file = path.join(dir, 'two-sheets.xlsx');
    await wb.xlsx.writeFile(file);
    expect((await loadBack(file)).worksheets[0].name).toBe('メモ');
    const picked = JSON.parse((await run('check', file, '--as-of', '2024-11-08', '--json')).stdout) as Report;
    expect(picked.sheet).toBe('DX推進状況');
    expect(picked.totals.cost).toBe(EXPECTED.cost);
    const forced = await run('check', file, '--as-of', '2024-11-08', '--json', '--sheet', 'メモ');
    expect((JSON.parse(forced.stdout) as Report).sheet).toBe('メモ');
  });
});

describe('the same figures from other forms of the sheet', () => {
  test('the published TSV text itself', async () => {
    expectSampleFigures(await report(path.join(path.dirname(SAMPLE_XLSX), 'dx-status-r6-2024-11-08.txt')));
  });

  test.each<CsvEncoding>(['utf8', 'utf8-bom', 'cp932'])('CSV export in %s', async (encoding) => {
    const file = writeSampleCsv(tempDir(), encoding);
    const rep = await report(file);
    expectSampleFigures(rep);
    expect(rep.totals.byDepartment).toMatchObject(EXPECTED.byDepartment);
  });

  test('columns reordered and renamed, costs as numbers in 千円', async () => {
    const file = await writeReorderedWorkbook(tempDir());
    const rep = await report(file);
    expectSampleFigures(rep);
    const { 広報課: pr, 危機管理課: crisis, ...others } = EXPECTED.byDepartment;
    expect(rep.totals.byDepartment).toMatchObject(others);
    expect((rep.totals.byDepartment['広報課'] ?? 0) + (rep.totals.byDepartment['危機管理課'] ?? 0)).toBe(
      pr + crisis,
    );
  });
});

describe('--summary', () => {
  test('a copy of the workbook with the summary sheet added; the original sheet unchanged', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'nested', 'summary.xlsx');
    const r = await run('check', SAMPLE_XLSX, '--as-of', '2024-11-08', '--summary', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(out);
    const [orig, copy] = await Promise.all([loadBack(SAMPLE_XLSX), loadBack(out)]);
    expect(copy.worksheets.map((w) => w.name)).toEqual(['DX推進状況', '集計']);
    expect(sheetCells(copy.getWorksheet('DX推進状況')!)).toEqual(
      sheetCells(orig.getWorksheet('DX推進状況')!),
    );
    const summary = copy.getWorksheet('集計')!;
    const values: unknown[] = [];
    let formulas = 0;
    summary.eachRow((row) =>
      row.eachCell((c) => {
        values.push(c.value);
        if (c.type === ExcelJS.ValueType.Formula) formulas++;
      }),
    );
    expect(values).toContain(EXPECTED.cost);
    expect(values).toContain(EXPECTED.eligible);
    expect(values).toContain(EXPECTED.byDepartment['情報政策課']);
    expect(formulas).toBe(0);
    const links = values.filter(
      (v): v is { hyperlink: string } => typeof v === 'object' && v !== null && 'hyperlink' in v,
    );
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.hyperlink).toMatch(/^#?'DX推進状況'!\$?[A-Z]+\$?\d+$/);
    expect(readdirSync(path.dirname(out))).toEqual(['summary.xlsx']);
  });

  test('CSV input: a new workbook with the data sheet, formula-like text kept as text', async () => {
    const dir = tempDir();
    const file = writeSampleCsv(dir, 'utf8');
    const text = readFileSync(file, 'utf8').replace(
      '公共施設予約システム導入事業',
      '=1+1 公共施設予約システム導入事業',
    );
    writeFileSync(file, text);
    const out = path.join(dir, 'out.xlsx');
    const r = await run('check', file, '--as-of', '2024-11-08', '--summary', out, '--json');
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    const wb = await loadBack(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['sample-utf8', '集計']);
    let formulas = 0;
    const texts: string[] = [];
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (c.type === ExcelJS.ValueType.Formula) formulas++;
          if (typeof c.value === 'string') texts.push(c.value);
          if (c.value && typeof c.value === 'object' && 'text' in c.value) texts.push(String(c.value.text));
        }),
      );
    }
    expect(formulas).toBe(0);
    expect(texts).toContain('=1+1 公共施設予約システム導入事業');
  });

  test('a workbook with parts exceljs cannot copy: a warning and a summary-only workbook', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE_XLSX);
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const image = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
    wb.worksheets[0].addImage(image, 'J2:K3');
    const file = path.join(dir, 'with-image.xlsx');
    await wb.xlsx.writeFile(file);
    const out = path.join(dir, 'out.xlsx');
    const r = await run('check', file, '--as-of', '2024-11-08', '--summary', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('注意:');
    expect(r.stderr).toContain('Warning:');
    const back = await loadBack(out);
    expect(back.worksheets.map((w) => w.name)).toEqual(['集計']);
  });
});
