/**
 * The CLI never loses the user's work: it never writes over its input (same path, another spelling of
 * it, a symbolic or hard link), writes --summary atomically (a failure leaves no partial or temporary
 * file and an existing OUT untouched), and where the input holds parts exceljs cannot carry over it
 * says so and writes a summary-only workbook instead of a lossy copy.
 */
import * as fsSync from 'fs';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { t } from '../../src/core/i18n';
import { tempDir } from '../cli/fixtures/build';
import { replaceZipEntry, SAMPLE_XLSX, sampleBytes } from './cases';
import { runCli } from './run-cli';

jest.setTimeout(120_000);

const AS_OF = '2024-11-08';

function setup(): { dir: string; input: string; before: Buffer } {
  const dir = tempDir('dx-status-safe-');
  const input = path.join(dir, 'in.xlsx');
  copyFileSync(SAMPLE_XLSX, input);
  return { dir, input, before: readFileSync(input) };
}

describe('the input is never the output', () => {
  test.each([
    ['the same path', (_d: string, input: string) => input],
    ['another spelling (dir/./in.xlsx)', (d: string) => path.join(d, '.', 'in.xlsx') + ''],
    ['another spelling (dir/sub/../in.xlsx)', (d: string) => `${d}/sub/../in.xlsx`],
    [
      'a symbolic link to it',
      (d: string, input: string) => {
        const link = path.join(d, 'link.xlsx');
        symlinkSync(input, link);
        return link;
      },
    ],
    [
      'a hard link to it',
      (d: string, input: string) => {
        const link = path.join(d, 'hard.xlsx');
        linkSync(input, link);
        return link;
      },
    ],
  ])('--summary naming %s → exit 2, input unchanged, nothing written', async (_label, target) => {
    const { dir, input, before } = setup();
    mkdirSync(path.join(dir, 'sub'));
    const out = target(dir, input);
    const listing = readdirSync(dir).sort();
    const r = await runCli('check', input, '--as-of', AS_OF, '--summary', out);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(t('ja', 'cli.error.summarySameAsInput'));
    expect(r.stderr).toContain(t('en', 'cli.error.summarySameAsInput'));
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(listing);
  });
});

describe('--summary is written atomically', () => {
  test('OUT is a directory → exit 2 with the write error; nothing left behind', async () => {
    const { dir, input, before } = setup();
    const out = path.join(dir, 'out.xlsx');
    mkdirSync(out);
    const r = await runCli('check', input, '--as-of', AS_OF, '--summary', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^エラー: 集計ブック「.*out\.xlsx」を書き出せませんでした/);
    expect(readdirSync(out)).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['in.xlsx', 'out.xlsx']);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  test('OUT under a path that is a file → exit 2; nothing created', async () => {
    const { dir, input } = setup();
    writeFileSync(path.join(dir, 'notes.txt'), 'x');
    const r = await runCli(
      'check',
      input,
      '--as-of',
      AS_OF,
      '--summary',
      path.join(dir, 'notes.txt', 'o.xlsx'),
    );
    expect(r.code).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['in.xlsx', 'notes.txt']);
  });

  test('a failure while writing leaves no partial OUT and no temporary file', async () => {
    const { dir, input } = setup();
    const out = path.join(dir, 'out.xlsx');
    const realWrite = fsSync.promises.writeFile;
    const spy = jest.spyOn(fsSync.promises, 'writeFile').mockImplementation(async (file, data) => {
      // Half the bytes reach the disk, then the disk is "full".
      await realWrite(file, (data as Buffer).subarray(0, 100));
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    });
    try {
      const r = await runCli('check', input, '--as-of', AS_OF, '--summary', out);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('ENOSPC');
    } finally {
      spy.mockRestore();
    }
    expect(readdirSync(dir)).toEqual(['in.xlsx']);
  });

  test('a failure at the rename keeps the previous OUT as it was', async () => {
    const { dir, input } = setup();
    const out = path.join(dir, 'out.xlsx');
    writeFileSync(out, 'previous summary');
    const spy = jest
      .spyOn(fsSync.promises, 'rename')
      .mockRejectedValue(Object.assign(new Error('operation not permitted'), { code: 'EPERM' }));
    try {
      const r = await runCli('check', input, '--as-of', AS_OF, '--summary', out);
      expect(r.code).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(readFileSync(out, 'utf8')).toBe('previous summary');
    expect(readdirSync(dir).sort()).toEqual(['in.xlsx', 'out.xlsx']);
  });

  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  (root ? test.skip : test)(
    'a read-only output directory → exit 2, nothing written (skipped as root)',
    async () => {
      const { dir, input } = setup();
      const ro = path.join(dir, 'ro');
      mkdirSync(ro);
      fsSync.chmodSync(ro, 0o555);
      try {
        const r = await runCli('check', input, '--as-of', AS_OF, '--summary', path.join(ro, 'out.xlsx'));
        expect(r.code).toBe(2);
        expect(readdirSync(ro)).toEqual([]);
      } finally {
        fsSync.chmodSync(ro, 0o755);
      }
    },
  );

  test('success: OUT is complete and no temporary file stays beside it', async () => {
    const { dir, input } = setup();
    const out = path.join(dir, 'out.xlsx');
    writeFileSync(out, 'previous summary');
    const r = await runCli('check', input, '--as-of', AS_OF, '--summary', out);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['in.xlsx', 'out.xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['DX推進状況', '集計']);
  });
});

describe('parts a copy would lose → a warning and a summary-only workbook', () => {
  const PNG = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  test.each([
    [
      'charts',
      '.xlsx',
      { 'xl/charts/chart1.xml': '<c:chartSpace/>', 'xl/drawings/drawing1.xml': '<xdr:wsDr/>' },
    ],
    [
      'pivot tables',
      '.xlsx',
      {
        'xl/pivotTables/pivotTable1.xml': '<pivotTableDefinition/>',
        'xl/pivotCache/pivotCacheDefinition1.xml': '<pivotCacheDefinition/>',
      },
    ],
    ['images', '.xlsx', { 'xl/media/image1.png': PNG }],
    ['VBA macros', '.xlsm', { 'xl/vbaProject.bin': Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]) }],
    ['links to other workbooks', '.xlsx', { 'xl/externalLinks/externalLink1.xml': '<externalLink/>' }],
  ] as const)('%s', async (label, ext, parts) => {
    const dir = tempDir('dx-status-lossy-');
    let bytes = await sampleBytes();
    for (const [name, content] of Object.entries(parts)) bytes = await replaceZipEntry(bytes, name, content);
    const input = path.join(dir, `in${ext}`);
    writeFileSync(input, bytes);
    const out = path.join(dir, 'out.xlsx');
    const r = await runCli('check', input, '--as-of', AS_OF, '--summary', out);
    expect(r.code).toBe(0);
    const [ja, en] = r.stderr.trim().split('\n');
    expect(ja).toMatch(/^注意: /);
    expect(ja).toContain(label);
    expect(en).toMatch(/^Warning: .*cannot copy faithfully/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['集計']);
    expect(readFileSync(input).equals(bytes)).toBe(true);
    expect(existsSync(out)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([`in${ext}`, 'out.xlsx'].sort());
  });
});
