jest.setTimeout(180000);

import { DEFAULT_SETTINGS } from '../../src/core/config';
import type { SummaryModel, SummaryValue } from '../../src/core/summary/model';
import { createExcelHost } from '../../src/excel/excel-host';
import { jsonBytes, PAYLOAD_LIMIT_BYTES } from '../../src/excel/payload';
import { chunkRows, layoutSummary, WRITE_BUDGET_BYTES } from '../../src/excel/summary-sheet';
import { runSummary, runValidate } from '../../src/excel/workflows';
import { fakeRunner, jsonSize, supportsUpTo, WorkbookModel, type SheetModel } from './fake-excel';
import { statusWorkbook, textHeavyWorkbook } from './fixtures';

const opts = {
  lang: 'ja' as const,
  settings: { ...DEFAULT_SETTINGS, asOf: '2024-11-08' },
  now: new Date('2024-11-08T03:00:00Z'),
};
const MB5 = 5 * 1024 * 1024;
const hostFor = (model: WorkbookModel) =>
  createExcelHost({ run: fakeRunner(model), isSetSupported: supportsUpTo('1.20') });

/** What the reader must bring back: values, number formats and value types of the used range. */
function readPayload(sheet: SheetModel): number {
  let rows = 0;
  let cols = 0;
  for (const k of sheet.cells.keys()) {
    const [r, c] = k.split(',').map(Number);
    rows = Math.max(rows, r + 1);
    cols = Math.max(cols, c + 1);
  }
  const grid = (f: (r: number, c: number) => unknown) =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(r, c)));
  const cell = (r: number, c: number) => sheet.cell(r, c);
  return (
    jsonSize(grid((r, c) => cell(r, c)?.value ?? '')) +
    jsonSize(grid((r, c) => cell(r, c)?.numberFormat ?? 'General')) +
    jsonSize(
      grid((r, c) => {
        const v = cell(r, c)?.value ?? '';
        return v === '' ? 'Empty' : typeof v === 'number' ? 'Double' : 'String';
      }),
    )
  );
}

/** The floor: the dims sync, the fewest 5 MB responses for the read, the fewest 5 MB requests for the writes. */
function floorOf(model: WorkbookModel, readBytes: number): number {
  const written = model.requestBytes.reduce((a, b) => a + b, 0);
  return 1 + Math.max(1, Math.ceil(readBytes / MB5)) + Math.max(1, Math.ceil(written / MB5));
}

function expectUnderLimit(model: WorkbookModel) {
  expect(model.rejectedBytes).toEqual([]);
  expect(model.rejectedRequestBytes).toEqual([]);
  expect(Math.max(...model.responseBytes)).toBeLessThan(MB5);
  expect(Math.max(...model.requestBytes)).toBeLessThan(MB5);
}

test('jsonBytes is the UTF-8 size of JSON.stringify', () => {
  const samples: unknown[] = [
    '',
    'abc',
    '事業名称',
    'quote " back \\ tab \t nl \n cr \r \u0001 \u007f',
    '😀 and a lone \ud800 surrogate',
    12345.678,
    -0.5,
    true,
    null,
    [
      ['a', 1, ''],
      ['本市', 2.5, false],
    ],
    { documentReference: "'DX推進状況'!B7", textToDisplay: '市公式LINE', skip: undefined },
  ];
  for (const v of samples) expect(jsonBytes(v)).toBe(Buffer.byteLength(JSON.stringify(v), 'utf8'));
});

test('the double refuses a request over 5 MB as Excel on the web does, and runs none of it', async () => {
  const model = new WorkbookModel();
  const sheet = model.addSheet('S');
  const big = Array.from({ length: 40000 }, () => ['あ'.repeat(50)]);
  const run = fakeRunner(model);
  const err = await run(null, async (context) => {
    const ws = context.workbook.worksheets.getItem('S');
    ws.getRangeByIndexes(0, 0, big.length, 1).values = big;
    await context.sync();
  }).catch((e: unknown) => e);
  expect(String(err)).toMatch(/RequestPayloadSizeLimitExceeded/);
  expect(model.rejectedRequestBytes).toHaveLength(1);
  expect(model.rejectedRequestBytes[0]).toBeGreaterThan(MB5);
  expect(sheet.cells.size).toBe(0);
});

test('summary rows are cut into requests under the write budget; one for an ordinary summary', () => {
  const text = (t: string): SummaryValue => ({ kind: 'text', text: t });
  const model = (n: number): SummaryModel => ({
    sheetName: '集計',
    title: 't',
    subtitle: [],
    sourceSheet: 'DX推進状況',
    asOf: '2024-11-08',
    blocks: [
      {
        id: 'projects',
        title: '事業',
        layout: 'table',
        columns: [
          { header: '事業', width: 20 },
          { header: '概要', width: 40 },
        ],
        rows: Array.from({ length: n }, (_, i) => [
          { kind: 'link', text: `事業${i}`, sheet: 'DX推進状況', cell: `B${i + 7}` } as const,
          text('市民サービスの向上と事務の効率化を図るため、'.repeat(3)),
        ]),
      },
    ],
  });
  expect(chunkRows(layoutSummary(model(100)))).toHaveLength(1);
  const layout = layoutSummary(model(60000));
  const chunks = chunkRows(layout);
  expect(chunks.length).toBeGreaterThan(1);
  expect(chunks[0].start).toBe(0);
  chunks.forEach((c, i) => {
    expect(c.bytes).toBeLessThanOrEqual(WRITE_BUDGET_BYTES);
    if (i > 0) expect(c.start).toBe(chunks[i - 1].end);
  });
  expect(chunks[chunks.length - 1].end).toBe(layout.values.length);
});

test('10,000 text-heavy rows: no request or response over 5 MB; validate and summary at the floor + 1', async () => {
  const validate = textHeavyWorkbook(10000);
  const read = readPayload(validate.sheet);
  expect(read).toBeGreaterThan(MB5); // one read cannot carry it
  const { report } = await runValidate(hostFor(validate.model), opts);
  expect(report.projects).toHaveLength(10000);
  expectUnderLimit(validate.model);
  expect(validate.model.syncs).toBeLessThanOrEqual(floorOf(validate.model, read) + 1);

  const summary = textHeavyWorkbook(10000);
  const { sheetName } = await runSummary(hostFor(summary.model), opts);
  expectUnderLimit(summary.model);
  // The summary itself passes 5 MB: it went out in several requests, all of it written.
  expect(summary.model.requestBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(MB5);
  expect(summary.model.syncs).toBeLessThanOrEqual(floorOf(summary.model, read) + 1);
  const written = summary.model.sheet(sheetName)!;
  const names = [...written.cells.values()].filter((c) => c.hyperlink).length;
  expect(names).toBeGreaterThanOrEqual(10000);
  expect(written.tables.length).toBeGreaterThan(0);
});

test('50,000 text-heavy rows: the read stays under 5 MB a response, at most one sync over its floor', async () => {
  const { model, sheet } = textHeavyWorkbook(50000);
  const read = readPayload(sheet);
  const grid = await hostFor(model).readActiveSheet();
  expect(grid.rows).toHaveLength(50006);
  expect(grid.rows[50005][4].value).toBe(sheet.cell(50005, 4)?.value);
  expectUnderLimit(model);
  // dims + the fewest 5 MB responses + 1 (the first group is planned before anything is measured).
  expect(model.syncs).toBeLessThanOrEqual(1 + Math.ceil(read / MB5) + 1);
});

test('a failure in a later request of a long summary still deletes the half-written sheet', async () => {
  const { model } = textHeavyWorkbook(10000);
  const names = model.sheets.map((s) => s.name);
  model.failWhen = (w) =>
    w.target === 'TableCollection' && w.member === 'add'
      ? (Object.assign(new Error('lost'), { code: 'GeneralException' }) as never)
      : null;
  await expect(runSummary(hostFor(model), opts)).rejects.toMatchObject({ code: 'excel-error' });
  // Rows went out in earlier requests before the failing one.
  expect(model.requestBytes.filter((b) => b > 1024 * 1024).length).toBeGreaterThan(1);
  expect(model.sheets.map((s) => s.name)).toEqual(names);
});

test('ordinary sheets keep one write request: summary of 5,000 rows is 3 syncs', async () => {
  const { model } = statusWorkbook(5000);
  await runSummary(hostFor(model), opts);
  expect(model.syncs).toBe(3);
  expect(PAYLOAD_LIMIT_BYTES).toBe(MB5);
});
