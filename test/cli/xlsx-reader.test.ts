/**
 * The .xlsx reader on damaged and hostile packages: a clear CliError (never a crash, never a hang),
 * or a best reading where Excel would still open the file; and plain `check` never loads exceljs.
 */
import { spawnSync } from 'child_process';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { CliError, bilingual } from '../../src/cli/errors';
import { readXlsx, type ReadOptions } from '../../src/cli/xlsx';
import { DEFAULT_MAX_INFLATED_BYTES } from '../../src/cli/xlsx/archive';
import { listZipEntries } from '../../src/cli/zip';
import { XmlScanner, OPEN, TEXT, END } from '../../src/cli/xlsx/xml';
import { craftXlsx, type CraftedBook } from './fixtures/crafted';
import { ROOT, SAMPLE_XLSX } from './fixtures/build';

function errorOf(read: () => unknown): CliError {
  try {
    read();
  } catch (err) {
    if (err instanceof CliError) return err;
    throw new Error(`not a CliError: ${String(err)}`);
  }
  throw new Error('no error');
}

async function gridOf(book: CraftedBook, options?: ReadOptions) {
  const wb = readXlsx(await craftXlsx(book), 'in.xlsx', options);
  return wb.grid(wb.sheets[0]);
}

const sheet = (xml: string, after?: string): CraftedBook => ({ sheets: [{ name: 'S', xml, after }] });

describe('damaged or hostile workbooks', () => {
  test.each([
    ['an unclosed row', '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c>'],
    ['a tag cut short', '<worksheet><sheetData><row'],
    ['mismatched closing tags', '<worksheet><sheetData><row r="1"></c></row></sheetData></worksheet>'],
    [
      'an unterminated attribute',
      '<worksheet><sheetData><row r="1><c r="A1"/></row></sheetData></worksheet>',
    ],
    [
      'a cell beyond column XFD',
      '<worksheet><sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData></worksheet>',
    ],
    [
      'a row beyond 1,048,576',
      '<worksheet><sheetData><row r="1048577"><c r="A1"><v>1</v></c></row></sheetData></worksheet>',
    ],
  ])('%s: cli.error.xlsxLoad', async (_what, xml) => {
    const buf = await craftXlsx(sheet(xml));
    const book = readXlsx(buf, 'bad.xlsx');
    const err = errorOf(() => book.grid(book.sheets[0]));
    expect(err.messageKey).toBe('cli.error.xlsxLoad');
    expect(err.params.file).toBe('bad.xlsx');
  });

  test('a zip bomb stops at the inflate budget with its own message (ja and en)', async () => {
    const rows = '<row><c><v>0</v></c></row>'.repeat(200_000); // ~5 MB of XML, a few KB compressed
    const buf = await craftXlsx(sheet(rows));
    expect(buf.length).toBeLessThan(200_000);
    const book = readXlsx(buf, 'bomb.xlsx', { maxInflatedBytes: 1024 * 1024 });
    const e = errorOf(() => book.grid(book.sheets[0]));
    expect(e.messageKey).toBe('cli.error.xlsxTooLarge');
    expect(e.params).toEqual({ file: 'bomb.xlsx', limit: '1' });
    const text = bilingual('cli.error.prefix', e.messageKey, e.params);
    expect(text).toContain('「bomb.xlsx」は展開すると 1 MB を超える');
    expect(text).toContain('"bomb.xlsx" unpacks to more than 1 MB');
    // The default budget is far above any real sheet and far below what would exhaust the memory.
    expect(DEFAULT_MAX_INFLATED_BYTES).toBe(256 * 1024 * 1024);
    expect((await gridOf(sheet(rows))).rows.length).toBe(200_000);
  });

  test('a shared-string index that does not exist reads as an empty cell', async () => {
    const grid = await gridOf({
      sharedStrings: ['<t>ある</t>'],
      sheets: [
        {
          name: 'S',
          xml: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>7</v></c><c r="C1" t="s"><v>x</v></c></row>',
        },
      ],
    });
    expect(grid.rows).toEqual([[{ value: 'ある' }]]);
  });

  test('a merge over the whole sheet and overlapping merges: covered cells empty, quickly', async () => {
    const t0 = Date.now();
    const grid = await gridOf(
      sheet(
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="3"><c r="C3"><v>3</v></c></row>',
        '<mergeCells><mergeCell ref="A1:XFD1048576"/><mergeCell ref="B1:C3"/><mergeCell ref="nonsense"/></mergeCells>',
      ),
    );
    expect(grid.rows).toEqual([[{ value: 1 }]]);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  test('a DOCTYPE with entity declarations is not expanded (billion laughs)', async () => {
    const lol = '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    const xml = `<?xml version="1.0"?>${lol}<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>`;
    const grid = await gridOf(sheet(xml));
    expect(grid.rows).toEqual([[{ value: '&b;' }]]);
  });

  test('a sheet whose part is missing is left out; none left: cli.error.noSheets', async () => {
    const buf = await craftXlsx({ sheets: [{ name: 'S', xml: '' }], parts: {} });
    const zip = await JSZip.loadAsync(buf);
    zip.remove('xl/worksheets/sheet1.xml');
    const without = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(errorOf(() => readXlsx(without, 'x.xlsx')).messageKey).toBe('cli.error.noSheets');
  });

  test('an entry stored with an unknown compression method: cli.error.xlsxLoad', async () => {
    const buf = Buffer.from(await craftXlsx(sheet('')));
    // Find the central-directory record of xl/workbook.xml and set its method to 99.
    const name = Buffer.from('xl/workbook.xml');
    for (let p = buf.length - 46; p >= 0; p--) {
      if (buf.readUInt32LE(p) === 0x02014b50 && buf.subarray(p + 46, p + 46 + name.length).equals(name)) {
        buf.writeUInt16LE(99, p + 10);
        break;
      }
    }
    expect(errorOf(() => readXlsx(buf, 'x.xlsx')).messageKey).toBe('cli.error.xlsxLoad');
  });

  test('corrupt deflate data: cli.error.xlsxLoad', async () => {
    const bytes = Buffer.from(await craftXlsx(sheet('<row r="1"><c r="A1"><v>1</v></c></row>')));
    const entry = listZipEntries(bytes)!.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    const p = entry.localHeaderOffset;
    const data = p + 30 + bytes.readUInt16LE(p + 26) + bytes.readUInt16LE(p + 28);
    bytes[data] = 0xff; // block type 11: reserved, never valid
    const book = readXlsx(bytes, 'x.xlsx');
    const err = errorOf(() => book.grid(book.sheets[0]));
    expect(err.messageKey).toBe('cli.error.xlsxLoad');
    expect(err.params.detail).toMatch(/xl\/worksheets\/sheet1\.xml/);
  });
});

describe('XmlScanner', () => {
  test('entities, character references, CDATA and line ends', () => {
    const s = new XmlScanner(
      '\uFEFF<a x="1&amp;2&#10;3\t4"><![CDATA[<b>&amp;]]>a&#x1F600;b\r\nc\rd&unknown;</a>',
    );
    expect(s.next()).toBe(OPEN);
    expect(s.attr('x')).toBe('1&2\n3 4');
    expect(s.attr('y')).toBeUndefined();
    expect(s.next()).toBe(TEXT);
    expect(s.text()).toBe('<b>&amp;');
    expect(s.next()).toBe(TEXT);
    expect(s.text()).toBe('a😀b\nc\nd&unknown;');
    s.next();
    expect(s.next()).toBe(END);
  });
});

describe('plain check does not load exceljs (nor iconv-lite for an .xlsx)', () => {
  function loaded(args: string[]): string[] {
    const script = `
      require(${JSON.stringify(path.join(ROOT, 'scripts', 'ts-require.js'))}).installTsRequire();
      const { main } = require(${JSON.stringify(path.join(ROOT, 'src', 'cli', 'main.ts'))});
      const quiet = { write() {} };
      main(${JSON.stringify(args)}, { stdout: quiet, stderr: quiet }).then((code) => {
        const mods = Object.keys(require.cache).filter((f) => f.includes('node_modules'))
          .map((f) => f.split('node_modules/')[1].split('/')[0]);
        process.stdout.write(JSON.stringify({ code, mods: [...new Set(mods)] }));
      });`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    const out = JSON.parse(r.stdout || '{}') as { code?: number; mods?: string[] };
    expect(out.code).toBe(0);
    return (out.mods ?? []).filter((m) => m !== 'typescript');
  }

  test('check --json on the sample', () => {
    const mods = loaded(['check', SAMPLE_XLSX, '--json', '--as-of', '2024-11-08']);
    expect(mods).not.toContain('exceljs');
    expect(mods).not.toContain('iconv-lite');
  });

  test('--summary does load it', () => {
    const out = path.join(os.tmpdir(), `dx-status-lazy-${process.pid}.xlsx`);
    expect(loaded(['check', SAMPLE_XLSX, '--as-of', '2024-11-08', '--summary', out])).toContain('exceljs');
  });
});
