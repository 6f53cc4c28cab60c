jest.setTimeout(60000);

import { DEFAULT_SETTINGS } from '../../src/core/config';
import type { Issue } from '../../src/core/model';
import type { SummaryModel } from '../../src/core/summary/model';
import { createExcelHost } from '../../src/excel/excel-host';
import { HIGHLIGHT_TAG, isOwnHighlightFormula } from '../../src/excel/highlight';
import { HostError } from '../../src/excel/host';
import { SOURCE_PROPERTY, SUMMARY_PROPERTY } from '../../src/excel/summary-sheet';
import { runSummary, runValidate } from '../../src/excel/workflows';
import { fakeRunner, supportsUpTo, WorkbookModel, type SheetModel } from './fake-excel';
import { sampleWorkbook, statusWorkbook } from './fixtures';

const NOW = new Date('2024-11-08T03:00:00Z');
const opts = { lang: 'ja' as const, settings: { ...DEFAULT_SETTINGS, asOf: '2024-11-08' }, now: NOW };

function hostFor(model: WorkbookModel, api = '1.20') {
  return createExcelHost({ run: fakeRunner(model), isSetSupported: supportsUpTo(api) });
}

const ownCfs = (sheet: SheetModel) => sheet.cfs.filter((c) => isOwnHighlightFormula(c.formula));
const userWritesOn = (model: WorkbookModel, sheet: string) =>
  model.writes.filter(
    (w) =>
      w.sheet === sheet &&
      ![
        'ConditionalFormatCollection',
        'ConditionalFormatRule',
        'ConditionalRangeFill',
        'ConditionalFormat',
      ].includes(w.target),
  );

describe('reading the active sheet', () => {
  test('values, number formats, dates and error formulas land in the grid; two syncs', async () => {
    const model = new WorkbookModel();
    const sheet = model.addSheet('台帳');
    sheet.put(2, 1, '事業名');
    sheet.put(2, 2, 45604, { numberFormat: 'yyyy/m/d' });
    sheet.put(3, 1, 1234567, { numberFormat: '#,##0"円"' });
    sheet.put(3, 2, '#REF!', { error: true, formula: '=Sheet9!A1' });
    sheet.put(4, 3, 45382.75, { numberFormat: '[$-ja-JP]ggge"年"m"月"d"日"' });
    sheet.put(4, 2, 7, { formula: '=3+4' });
    const grid = await hostFor(model).readActiveSheet();
    expect(model.syncs).toBe(2);
    expect(grid.sheet).toBe('台帳');
    expect([grid.top, grid.left]).toEqual([2, 1]);
    expect(grid.rows[0][1]).toEqual({ value: 45604, numberFormat: 'yyyy/m/d', date: '2024-11-08' });
    expect(grid.rows[1][0]).toEqual({ value: 1234567, numberFormat: '#,##0"円"' });
    expect(grid.rows[1][1]).toEqual({ value: '#REF!', error: '#REF!', formula: '=Sheet9!A1' });
    expect(grid.rows[2][2].date).toBe('2024-03-31');
    // Formulas are read only for error cells.
    expect(grid.rows[2][1]).toEqual({ value: 7 });
    expect(model.writes).toEqual([]);
  });

  test('an empty sheet is a HostError empty-sheet', async () => {
    const model = new WorkbookModel();
    model.addSheet('空');
    await expect(hostFor(model).readActiveSheet()).rejects.toMatchObject({ code: 'empty-sheet' });
  });

  test('a dense sheet is read in groups that each stay under 5 MB', async () => {
    const { model } = statusWorkbook(3000);
    const long = '市民サービスの向上と事務の効率化を図るため、'.repeat(12);
    for (const [k, cell] of model.active().cells)
      if (/,[456]$/.test(k) && Number(k.split(',')[0]) > 5) cell.value = long;
    const grid = await hostFor(model).readActiveSheet();
    expect(grid.rows).toHaveLength(3006);
    expect(grid.rows[3005][4]).toEqual({ value: long });
    // The first plan underestimated this sheet: Excel refused it, the reader planned again.
    expect(model.rejectedBytes.length).toBeGreaterThanOrEqual(1);
    expect(Math.max(...model.responseBytes)).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(model.syncs).toBeGreaterThan(3);
  });
});

describe('validate', () => {
  test('sync count is the same for 10 and 5,000 rows, and at most 3', async () => {
    const counts: number[] = [];
    for (const rows of [10, 5000]) {
      const { model, sheet } = statusWorkbook(rows);
      const { report, highlighted } = await runValidate(hostFor(model), opts);
      expect(report.projects.length).toBe(rows);
      expect(highlighted).toBeGreaterThan(0);
      expect(ownCfs(sheet).length).toBeGreaterThan(0);
      expect(Math.max(...model.responseBytes)).toBeLessThanOrEqual(5 * 1024 * 1024);
      expect(model.rejectedBytes).toEqual([]);
      counts.push(model.syncs);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(3);
  });

  test('highlight + clear brings every original value and format back; the cells themselves are never written', async () => {
    const { model, sheet } = sampleWorkbook();
    const before = sheet.snapshot();
    const host = hostFor(model);
    const { report, highlighted } = await runValidate(host, opts);
    expect(report.projects).toHaveLength(11);
    expect(highlighted).toBeGreaterThan(0);
    expect(ownCfs(sheet).length).toBeGreaterThan(0);
    // The user's own conditional formats are still there, untouched.
    expect(sheet.cfs.filter((c) => !isOwnHighlightFormula(c.formula))).toEqual(
      (before as { cfs: unknown }).cfs,
    );
    await host.clearHighlights();
    expect(sheet.snapshot()).toEqual(before);
    expect(userWritesOn(model, sheet.name)).toEqual([]);
  });

  test('validating again replaces the previous highlights instead of stacking them', async () => {
    const { model, sheet } = sampleWorkbook();
    const host = hostFor(model);
    await runValidate(host, opts);
    const first = ownCfs(sheet).map((c) => ({ ...c }));
    await runValidate(host, opts);
    await runValidate(host, opts);
    expect(ownCfs(sheet)).toEqual(first);
    expect(sheet.cfs).toHaveLength(first.length + 2);
  });

  test('many cells: no getRanges address passes 8,192 characters or 200 areas', async () => {
    const { model, sheet } = statusWorkbook(10);
    const issues: Issue[] = [];
    for (let i = 0; i < 3000; i++) {
      const cell = `${['B', 'D', 'F'][i % 3]}${10 + 2 * i}`;
      issues.push({
        rule: 'x',
        severity: i % 2 ? 'warning' : 'error',
        cell,
        row: 10 + 2 * i,
        message: '',
        messageKey: 'x',
        params: {},
      });
    }
    const n = await hostFor(model).highlight(sheet.name, issues);
    expect(n).toBe(3000);
    expect(model.getRangesCalls.length).toBeGreaterThan(10);
    for (const call of model.getRangesCalls) {
      expect(call.chars).toBeLessThanOrEqual(8192);
      expect(call.areas).toBeLessThanOrEqual(200);
    }
    const covered = ownCfs(sheet).reduce((s, c) => s + c.areas.length, 0);
    expect(covered).toBe(3000);
    expect(model.syncs).toBe(3);
  });

  test('a protected sheet: highlight gives HostError protected; validate keeps the report', async () => {
    const { model, sheet } = sampleWorkbook();
    sheet.protected = true;
    const host = hostFor(model);
    const err = await host
      .highlight(sheet.name, [
        { rule: 'x', severity: 'error', cell: 'B7', row: 7, message: '', messageKey: 'x', params: {} },
      ])
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe('protected');
    const out = await runValidate(host, opts);
    expect(out.report.projects).toHaveLength(11);
    expect(out.highlightError?.code).toBe('protected');
    expect(ownCfs(sheet)).toEqual([]);
  });

  test("Excel's AccessDenied on a write maps to HostError protected", async () => {
    const { model, sheet } = sampleWorkbook();
    const host = hostFor(model);
    model.failWhen = (w) =>
      w.target === 'ConditionalFormatCollection' && w.member === 'add'
        ? (Object.assign(new Error('The cell or chart is protected'), { code: 'AccessDenied' }) as never)
        : null;
    await expect(
      host.highlight(sheet.name, [
        { rule: 'x', severity: 'error', cell: 'B7', row: 7, message: '', messageKey: 'x', params: {} },
      ]),
    ).rejects.toMatchObject({ code: 'protected' });
  });

  test('selecting an issue activates its sheet and selects the cell', async () => {
    const { model } = sampleWorkbook();
    model.addSheet('Other');
    model.activeId = model.sheets[1].id;
    await hostFor(model).selectCell('DX推進状況', 'D9');
    expect(model.selection).toEqual({ sheet: 'DX推進状況', address: 'D9' });
    expect(model.active().name).toBe('DX推進状況');
    expect(model.syncs).toBe(1);
  });
});

function cellsOf(sheet: SheetModel) {
  return [...sheet.cells.entries()].map(([k, c]) => ({ k, ...c }));
}

describe('summary sheet', () => {
  test('sync count is the same for 10 and 5,000 rows, at most 3, and one undo group', async () => {
    const counts: number[] = [];
    for (const rows of [10, 5000]) {
      const { model } = statusWorkbook(rows);
      const { sheetName } = await runSummary(hostFor(model), opts);
      expect(sheetName).toBe('集計');
      counts.push(model.syncs);
      expect(model.runs).toEqual([{ mergeUndoGroup: true }]);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(3);
  });

  test('without ExcelApi 1.20 the run is not grouped; without 1.12 the summary is unsupported', async () => {
    const { model } = statusWorkbook(10);
    await runSummary(hostFor(model, '1.14'), opts);
    expect(model.runs).toEqual([null]);
    await expect(runSummary(hostFor(statusWorkbook(10).model, '1.11'), opts)).rejects.toMatchObject({
      code: 'unsupported',
    });
  });

  test('the sample: figures as numbers with yen formats, tables, links inside the workbook, a chart, frozen title', async () => {
    const { model, sheet: source } = sampleWorkbook();
    const before = source.snapshot();
    const { report, sheetName } = await runSummary(hostFor(model), opts);
    expect(report.totals.cost).toBe(159642281);
    const sheet = model.sheet(sheetName)!;
    expect(sheet.props.get(SUMMARY_PROPERTY)).toBe('summary');
    const cells = cellsOf(sheet);
    const yen = cells.find((c) => c.value === 159642281);
    expect(yen?.numberFormat).toBe('#,##0"円"');
    expect(cells.some((c) => c.value === 115348581 && c.numberFormat === '#,##0"円"')).toBe(true);
    expect(sheet.tables.length).toBeGreaterThan(0);
    for (const t of sheet.tables) expect(t.name.startsWith('DxStatus_')).toBe(true);
    const links = cells.filter((c) => c.hyperlink);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.hyperlink?.documentReference).toMatch(/^'DX推進状況'![A-Z]+\d+$/);
    expect(sheet.charts.length).toBe(1);
    expect(sheet.frozenRows).toBeGreaterThan(0);
    expect(sheet.colWidths.size).toBeGreaterThan(0);
    expect(cells.filter((c) => c.formula)).toEqual([]);
    expect(model.active().name).toBe(sheetName);
    expect(source.snapshot()).toEqual(before);
  });

  const hostile = (sheetName = '集計'): SummaryModel => ({
    sheetName,
    title: '=HYPERLINK("http://evil.example","x")',
    subtitle: [
      [
        { kind: 'text', text: '+1+2' },
        { kind: 'date', iso: '2024-11-08' },
      ],
    ],
    sourceSheet: 'DX推進状況',
    asOf: '2024-11-08',
    blocks: [
      {
        id: 'projects',
        title: '@SUM(A1)',
        layout: 'table',
        columns: [
          { header: '-事業', width: 10 },
          { header: '事業費', width: 12 },
        ],
        rows: [
          [
            { kind: 'link', text: '=1+1', sheet: 'DX推進状況', cell: 'B7' },
            { kind: 'yen', amount: 1000 },
          ],
          [
            { kind: 'text', text: '\t=cmd|" /C calc"!A0' },
            { kind: 'yen', amount: null },
          ],
          [
            { kind: 'text', text: '\r-2' },
            { kind: 'rate', value: 0.5 },
          ],
        ],
      },
    ],
  });

  test('formula-like text lands as text, never as a formula', async () => {
    const { model } = statusWorkbook(10);
    const { sheetName } = await hostFor(model).writeSummary(hostile());
    const sheet = model.sheet(sheetName)!;
    const cells = cellsOf(sheet);
    expect(cells.filter((c) => c.formula)).toEqual([]);
    for (const text of [
      '=HYPERLINK("http://evil.example","x")',
      '+1+2',
      '@SUM(A1)',
      '-事業',
      '=1+1',
      '\t=cmd|" /C calc"!A0',
      '\r-2',
    ]) {
      const c = cells.find((x) => x.value === text);
      expect(c).toBeDefined();
      expect(c?.numberFormat).toBe('@');
    }
    const date = cells.find((c) => c.value === 45604);
    expect(date?.numberFormat).toBe('yyyy/m/d');
  });

  test("never a user's sheet: 集計 (2) beside the user's 集計; regenerating rewrites the add-in's own sheet", async () => {
    const { model } = statusWorkbook(10);
    const users = model.addSheet('集計');
    users.put(0, 0, 'my notes');
    model.addSheet('集計 (2)').put(0, 0, 'more notes');
    const usersBefore = users.snapshot();
    const host = hostFor(model);
    const first = await host.writeSummary(hostile());
    expect(first.sheetName).toBe('集計 (3)');
    const own = model.sheet('集計 (3)')!;
    own.name = 'renamed by user';
    const count = model.sheets.length;
    const second = await host.writeSummary(hostile());
    expect(second.sheetName).toBe('renamed by user');
    expect(model.sheets).toHaveLength(count);
    expect(own.tables).toHaveLength(1);
    expect(users.snapshot()).toEqual(usersBefore);
    expect(model.sheet('集計 (2)')!.cell(0, 0)?.value).toBe('more notes');
  });

  test('a protected workbook gives HostError protected and leaves no sheet', async () => {
    const { model } = statusWorkbook(10);
    model.protected = true;
    const names = model.sheets.map((s) => s.name);
    await expect(runSummary(hostFor(model), opts)).rejects.toMatchObject({ code: 'protected' });
    expect(model.sheets.map((s) => s.name)).toEqual(names);
  });

  test('a failure midway deletes the sheet created in that run', async () => {
    const { model } = statusWorkbook(10);
    const names = model.sheets.map((s) => s.name);
    model.failWhen = (w) =>
      w.target === 'TableCollection' && w.member === 'add'
        ? (Object.assign(new Error('lost'), { code: 'GeneralException' }) as never)
        : null;
    const err = await runSummary(hostFor(model), opts).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe('excel-error');
    expect(model.sheets.map((s) => s.name)).toEqual(names);
  });
});

describe('the summary sheet is never the source', () => {
  test('with 集計 active, validate and summary read the sheet it was made from; the summary is rewritten, not duplicated', async () => {
    const { model, sheet: source } = sampleWorkbook();
    const before = source.snapshot();
    const host = hostFor(model);
    const first = await runSummary(host, opts);
    expect(model.active().name).toBe(first.sheetName);
    const summary = model.sheet(first.sheetName)!;
    expect(summary.props.get(SOURCE_PROPERTY)).toBe(source.id);
    const sheets = model.sheets.length;
    const summaryCells = cellsOf(summary);

    model.syncs = 0;
    const validated = await runValidate(host, opts);
    expect(validated.report.sheet).toBe('DX推進状況');
    expect(validated.report.totals.cost).toBe(159642281);
    expect(validated.report.totals.subsidyEligibleCost).toBe(115348581);
    // The highlights go on the data sheet; the summary keeps none.
    expect(ownCfs(source).length).toBeGreaterThan(0);
    expect(ownCfs(summary)).toEqual([]);
    // One extra round trip to learn which sheet the summary came from.
    expect(model.syncs).toBeLessThanOrEqual(4);

    model.syncs = 0;
    const again = await runSummary(host, opts);
    expect(again.report.sheet).toBe('DX推進状況');
    expect(again.report.totals.cost).toBe(159642281);
    expect(again.sheetName).toBe(first.sheetName);
    expect(model.sheets).toHaveLength(sheets);
    expect(cellsOf(summary)).toEqual(summaryCells);
    expect(model.syncs).toBeLessThanOrEqual(4);
    expect(model.active().name).toBe(first.sheetName);

    // The data sheet's cells were never written; only the add-in's highlights were added there.
    expect(userWritesOn(model, source.name)).toEqual([]);
    await host.clearHighlights();
    expect(source.snapshot()).toEqual(before);
  });

  test('the source is known by its id: renaming the data sheet does not lose it', async () => {
    const { model, sheet: source } = sampleWorkbook();
    const host = hostFor(model);
    await runSummary(host, opts);
    source.name = '事業一覧 (改)';
    const out = await runValidate(host, opts);
    expect(out.report.sheet).toBe('事業一覧 (改)');
    expect(out.report.totals.cost).toBe(159642281);
    const again = await runSummary(host, opts);
    expect(again.report.sheet).toBe('事業一覧 (改)');
    expect(model.sheet(again.sheetName)!.props.get(SOURCE_PROPERTY)).toBe(source.id);
  });

  test('a summary whose source sheet is gone (or unknown) gives a clear HostError; nothing is written', async () => {
    const { model, sheet: source } = sampleWorkbook();
    const host = hostFor(model);
    const { sheetName } = await runSummary(host, opts);
    model.sheets = model.sheets.filter((s) => s !== source);
    model.activeId = model.sheet(sheetName)!.id;
    const writes = model.writes.length;
    for (const run of [() => runValidate(host, opts), () => runSummary(host, opts)]) {
      const err = await run().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(HostError);
      expect((err as HostError).code).toBe('summary-sheet');
      expect((err as HostError).messageKey).toBe('excel.error.summarySheetActive');
    }
    await expect(host.readActiveSheet()).rejects.toMatchObject({ code: 'summary-sheet' });
    expect(model.writes.length).toBe(writes);
    // A summary sheet from before the source was recorded: the same message.
    model.sheet(sheetName)!.props.delete(SOURCE_PROPERTY);
    await expect(runValidate(host, opts)).rejects.toMatchObject({ code: 'summary-sheet' });
  });

  test("a user's sheet named 集計 (no mark) is still read as a data sheet", async () => {
    const { model } = statusWorkbook(10);
    const users = model.addSheet('集計');
    users.put(0, 0, 'my notes');
    model.activeId = users.id;
    const out = await runValidate(hostFor(model), opts);
    expect(out.report.sheet).toBe('集計');
  });
});

describe('settings in the workbook', () => {
  test('saved settings come back; corrupt ones give the defaults and a notice', async () => {
    const { model } = statusWorkbook(3);
    const host = hostFor(model);
    expect(await host.loadSettings()).toEqual(DEFAULT_SETTINGS);
    const mine = { ...DEFAULT_SETTINGS, asOf: '2024-11-08', fiscalYear: 2024, knownDepartments: ['総務課'] };
    await host.saveSettings(mine);
    expect(await host.loadSettings()).toEqual(mine);
    model.settings.set('dxStatus.settings', '{"version":1,"settings":{"asOf":"2024-13-45"}}');
    const read = await host.loadSettingsChecked!();
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.notice?.messageKey).toBe('excel.settings.corrupt');
    model.settings.set('dxStatus.settings', 'not json');
    expect((await host.loadSettingsChecked!()).notice).not.toBeNull();
  });
});

test('the highlight tag is in the rule formula', () => {
  expect(HIGHLIGHT_TAG).toMatch(/dx-status/);
});
