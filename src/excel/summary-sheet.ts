/**
 * The 集計 sheet: renders the core's SummaryModel into a worksheet.
 *
 * - Never a user's sheet: the add-in's own sheet carries a worksheet custom property (ExcelApi 1.12);
 *   a new one takes model.sheetName, or "集計 (2)"… when a user's sheet has that name. A second
 *   property keeps the id of the sheet the summary was made from, so that checking or summarising
 *   with the summary sheet active reads that sheet, never the summary itself (see read.ts).
 * - Regenerating clears and rewrites the add-in's own sheet (its tables and chart deleted first) rather
 *   than deleting it: deleting and renaming sheets cannot be undone.
 * - Text cells get the text number format '@' before their values are written, so text starting with
 *   = + - @ lands as text, never as a formula. Money and counts are numbers, dates are serials with a
 *   date format, links point inside the workbook only.
 *
 * The write is sized as it is queued (the JSON of every value, format and hyperlink, plus each action's
 * envelope) and flushed with a sync before a request would pass WRITE_BUDGET_BYTES: an ordinary summary
 * is one sync, a summary of tens of thousands of projects a few requests under Excel on the web's 5 MB
 * limit each. The caller loads the sheets' metadata in its earlier syncs (queueSummaryTargets, then
 * queueSheetMarks).
 */
import { a1, columnLetters } from '../core/grid';
import type { SummaryBlock, SummaryModel, SummaryValue } from '../core/summary/model';
import { isoToSerial } from './dates';
import { ACTION_BYTES, jsonBytes } from './payload';

export const SUMMARY_PROPERTY = 'dxStatus.summarySheet';
/** SUMMARY_PROPERTY's value on the add-in's summary sheet. */
export const SUMMARY_MARK = 'summary';
/** On the summary sheet: the id of the sheet it was made from (ids survive renames). */
export const SOURCE_PROPERTY = 'dxStatus.summarySource';
export const CHART_NAME_PREFIX = 'DxStatusChart';
export const TABLE_NAME_PREFIX = 'DxStatus_';

export const FORMAT = {
  text: '@',
  yen: '#,##0"円"',
  count: '#,##0',
  rate: '0%',
  date: 'yyyy/m/d',
  general: 'General',
} as const;

/** Text Excel would take as a formula (or a number/formula after a tab or CR). */
export function looksLikeFormula(text: string): boolean {
  return /^[\t\r\n]*[=+\-@]/.test(text);
}

// ---------------------------------------------------------------- layout (pure)

export type LaidValue = string | number;

export interface LaidLink {
  readonly row: number;
  readonly col: number;
  /** "'Sheet name'!D5": inside the workbook only. */
  readonly documentReference: string;
  readonly textToDisplay: string;
}

export interface LaidTable {
  readonly blockId: string;
  /** Header row and the data rows (0-based sheet coordinates). */
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface LaidChart {
  readonly blockId: string;
  readonly title: string;
  /** Value column with its header, and the categories (data rows only), as A1 ranges. */
  readonly values: string;
  readonly categories: string;
  /** Where the chart goes: top-left and bottom-right cells. */
  readonly from: string;
  readonly to: string;
}

export interface SummaryLayout {
  readonly values: LaidValue[][];
  readonly formats: string[][];
  readonly links: readonly LaidLink[];
  readonly tables: readonly LaidTable[];
  readonly charts: readonly LaidChart[];
  /** Rows shown bold (title, block titles). */
  readonly boldRows: readonly number[];
  readonly titleRow: number;
  /** Rows to freeze (title and subtitle). */
  readonly freezeRows: number;
  /** Column widths in characters. */
  readonly widths: readonly number[];
}

/** "'Sheet'!D5" with quotes doubled inside the sheet name. */
export function documentReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

function cellOf(v: SummaryValue): {
  value: LaidValue;
  format: string;
  link?: { sheet: string; cell: string; text: string };
} {
  switch (v.kind) {
    case 'text':
      return { value: v.text, format: FORMAT.text };
    case 'yen':
      return { value: v.amount ?? '', format: FORMAT.yen };
    case 'count':
      return { value: v.value, format: FORMAT.count };
    case 'rate':
      return { value: v.value ?? '', format: FORMAT.rate };
    case 'date': {
      const serial = v.iso ? isoToSerial(v.iso) : null;
      return serial === null
        ? { value: v.iso ?? '', format: FORMAT.text }
        : { value: serial, format: FORMAT.date };
    }
    case 'link':
      return { value: v.text, format: FORMAT.text, link: { sheet: v.sheet, cell: v.cell, text: v.text } };
  }
}

const textWidth = (s: string) => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);

/** Lays the model out on a grid: title, subtitle, then each block under its title. */
export function layoutSummary(model: SummaryModel): SummaryLayout {
  const rows: { values: LaidValue[]; formats: string[] }[] = [];
  const links: LaidLink[] = [];
  const tables: LaidTable[] = [];
  const charts: LaidChart[] = [];
  const boldRows: number[] = [];
  const widths: number[] = [];
  const widen = (col: number, w: number) => {
    widths[col] = Math.max(widths[col] ?? 8, Math.min(w, 80));
  };

  const push = (cells: readonly SummaryValue[]) => {
    const r = rows.length;
    const row = { values: [] as LaidValue[], formats: [] as string[] };
    cells.forEach((v, c) => {
      const cell = cellOf(v);
      row.values.push(cell.value);
      row.formats.push(cell.format);
      if (cell.link)
        links.push({
          row: r,
          col: c,
          documentReference: documentReference(cell.link.sheet, cell.link.cell),
          textToDisplay: cell.link.text,
        });
      if (v.kind === 'text' || v.kind === 'link')
        widen(c, textWidth(v.kind === 'text' ? v.text : v.text) + 2);
    });
    rows.push(row);
    return r;
  };
  const pushText = (texts: readonly string[]) => push(texts.map((text) => ({ kind: 'text', text }) as const));

  boldRows.push(pushText([model.title]));
  for (const line of model.subtitle) push(line);
  const freezeRows = rows.length;

  for (const block of model.blocks) {
    pushText([]);
    boldRows.push(pushText([block.title]));
    block.columns.forEach((c, i) => widen(i, c.width));
    if (block.layout === 'table') layoutTable(block);
    else for (const r of block.rows) push(r);
  }

  function layoutTable(block: SummaryBlock) {
    const header = pushText(block.columns.map((c) => c.header));
    boldRows.push(header);
    for (const r of block.rows) push(r);
    const cols = Math.max(1, block.columns.length);
    tables.push({ blockId: block.id, row: header, col: 0, rows: block.rows.length + 1, cols });
    if (block.chart && block.rows.length > 0) {
      const first = header + 1;
      const last = header + block.rows.length;
      const vc = columnLetters(block.chart.valueColumn);
      const cc = columnLetters(block.chart.categoryColumn);
      const left = cols + 1;
      charts.push({
        blockId: block.id,
        title: block.chart.title,
        values: `${vc}${header + 1}:${vc}${last + 1}`,
        categories: `${cc}${first + 1}:${cc}${last + 1}`,
        from: a1(header, left),
        to: a1(header + Math.max(14, block.rows.length + 2), left + 6),
      });
    }
  }

  const width = rows.reduce((n, r) => Math.max(n, r.values.length), 1);
  const values = rows.map((r) => [...r.values, ...Array<LaidValue>(width - r.values.length).fill('')]);
  const formats = rows.map((r) => [
    ...r.formats,
    ...Array<string>(width - r.formats.length).fill(FORMAT.general),
  ]);
  for (let c = 0; c < width; c++) widths[c] = widths[c] ?? 8;
  return {
    values,
    formats,
    links,
    tables,
    charts,
    boldRows,
    titleRow: 0,
    freezeRows,
    widths: widths.slice(0, width),
  };
}

// ---------------------------------------------------------------- Excel (queued, one sync)

/** Sync 1: the workbook's sheets, its protection and table names. */
export interface SummaryTargets {
  readonly worksheets: Excel.WorksheetCollection;
  readonly workbookProtection: Excel.WorkbookProtection;
  readonly tables: Excel.TableCollection;
}

export function queueSummaryTargets(context: Excel.RequestContext): SummaryTargets {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id');
  const workbookProtection = context.workbook.protection;
  workbookProtection.load('protected');
  const tables = context.workbook.tables;
  tables.load('items/name');
  return { worksheets, workbookProtection, tables };
}

export interface SheetMark {
  readonly worksheet: Excel.Worksheet;
  readonly mark: Excel.WorksheetCustomProperty;
  readonly tables: Excel.TableCollection;
  readonly charts: Excel.ChartCollection;
}

/** Sync 2: each sheet's mark (is it the add-in's summary sheet?), tables and charts. */
export function queueSheetMarks(targets: SummaryTargets): SheetMark[] {
  return targets.worksheets.items.map((worksheet) => {
    const mark = worksheet.customProperties.getItemOrNullObject(SUMMARY_PROPERTY);
    mark.load('value');
    worksheet.protection.load('protected');
    const tables = worksheet.tables;
    tables.load('items/name');
    const charts = worksheet.charts;
    charts.load('items/name');
    return { worksheet, mark, tables, charts };
  });
}

/** The add-in's own summary sheet, if there is one. */
export function ownSummarySheet(marks: readonly SheetMark[]): SheetMark | null {
  return marks.find((m) => !m.mark.isNullObject && m.mark.value === SUMMARY_MARK) ?? null;
}

/** model.sheetName, or "name (2)", "name (3)"… — the first not taken (sheet names ignore case). */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const name = `${wanted} (${i})`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

function freeTableName(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}${i}`;
  taken.add(name.toLowerCase());
  return name;
}

export interface WritePlan {
  /** The add-in's sheet to clear and rewrite, or null to add a new one. */
  readonly own: SheetMark | null;
  /** Name for a new sheet (ignored when `own` is set). */
  readonly newName: string;
  /** Table names in the workbook (lower case), minus those of the own sheet (deleted first). */
  readonly takenTableNames: ReadonlySet<string>;
  readonly charts: boolean;
  /** The id of the sheet the summary is made from (kept on the summary sheet), when known. */
  readonly sourceId: string | null;
}

/** What one write request may be estimated at: headroom under the 5 MB limit for the envelope estimate. */
export const WRITE_BUDGET_BYTES = 4.5 * 1024 * 1024;

/** Rows written in one request: [start, end) and the estimated request bytes of their writes. */
export interface RowChunk {
  readonly start: number;
  readonly end: number;
  readonly bytes: number;
}

/**
 * The layout's rows cut into chunks whose writes (number formats, values, hyperlinks) each stay under
 * `budget` by estimate; one chunk when the whole summary fits. A row heavier than the budget is a chunk
 * of its own.
 */
export function chunkRows(
  layout: SummaryLayout,
  budget = WRITE_BUDGET_BYTES,
  firstRoom = budget,
): RowChunk[] {
  const linkBytes = new Map<number, number>();
  for (const l of layout.links)
    linkBytes.set(l.row, (linkBytes.get(l.row) ?? 0) + ACTION_BYTES + jsonBytes(hyperlinkOf(l)));
  const chunks: RowChunk[] = [];
  const fixed = 2 * ACTION_BYTES + 4;
  let start = 0;
  let bytes = fixed;
  let room = firstRoom;
  for (let r = 0; r < layout.values.length; r++) {
    const row = jsonBytes(layout.values[r]) + jsonBytes(layout.formats[r]) + 2 + (linkBytes.get(r) ?? 0);
    if (bytes + row > room && (r > start || chunks.length === 0)) {
      room = budget;
      chunks.push({ start, end: r, bytes });
      start = r;
      bytes = fixed;
    }
    bytes += row;
  }
  if (layout.values.length > start) chunks.push({ start, end: layout.values.length, bytes });
  return chunks;
}

function hyperlinkOf(link: LaidLink): Excel.RangeHyperlink {
  return { documentReference: link.documentReference, textToDisplay: link.textToDisplay };
}

/** Queues writes, syncing first whenever the next one would take the request past the budget. */
class RequestBudget {
  private bytes = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number,
  ) {}

  /** What the current request can still take. */
  get room(): number {
    return this.budget - this.bytes;
  }

  async reserve(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.budget) {
      // Bounded by the payload limit: one sync for an ordinary summary.
      await this.context.sync();
      this.bytes = 0;
    }
    this.bytes += bytes;
  }
}

/**
 * Writes the whole summary sheet: queued in requests under WRITE_BUDGET_BYTES, synced as they fill,
 * the last one synced too. Returns the worksheet written (its name loaded). A failure may leave part of
 * the sheet written: the caller deletes a sheet this run created (queueFindCreated).
 */
export async function writeSummarySheet(
  context: Excel.RequestContext,
  model: SummaryModel,
  plan: WritePlan,
  budget = WRITE_BUDGET_BYTES,
): Promise<Excel.Worksheet> {
  const layout = layoutSummary(model);
  const request = new RequestBudget(context, budget);
  let ws: Excel.Worksheet;
  if (plan.own) {
    const own = plan.own;
    await request.reserve(ACTION_BYTES * (3 + own.charts.items.length + own.tables.items.length));
    ws = own.worksheet;
    for (const chart of own.charts.items) chart.delete();
    for (const table of own.tables.items) table.delete();
    ws.freezePanes.unfreeze();
    ws.getRange().clear('All');
  } else {
    await request.reserve(2 * ACTION_BYTES + jsonBytes(plan.newName) + 64);
    ws = context.workbook.worksheets.add(plan.newName);
    ws.customProperties.add(SUMMARY_PROPERTY, SUMMARY_MARK);
  }
  // add() replaces the value a rewritten sheet had.
  if (plan.sourceId) {
    await request.reserve(ACTION_BYTES + jsonBytes(plan.sourceId) + 64);
    ws.customProperties.add(SOURCE_PROPERTY, plan.sourceId);
  }

  const cols = layout.values[0]?.length ?? 1;
  const linksByRow = new Map<number, LaidLink[]>();
  for (const l of layout.links) linksByRow.set(l.row, [...(linksByRow.get(l.row) ?? []), l]);
  // The first rows go into the request the sheet's set-up is in.
  for (const chunk of chunkRows(layout, budget, request.room)) {
    if (chunk.start === chunk.end) continue;
    await request.reserve(chunk.bytes);
    const range = ws.getRangeByIndexes(chunk.start, 0, chunk.end - chunk.start, cols);
    // Formats first: cells formatted as text ('@') take what is written as text, never as a formula.
    range.numberFormat = layout.formats.slice(chunk.start, chunk.end);
    range.values = layout.values.slice(chunk.start, chunk.end);
    for (let r = chunk.start; r < chunk.end; r++) {
      for (const link of linksByRow.get(r) ?? [])
        ws.getRangeByIndexes(link.row, link.col, 1, 1).hyperlink = hyperlinkOf(link);
    }
  }

  // The rest is small: bold rows, title, tables, widths, charts, frozen rows.
  await request.reserve(
    ACTION_BYTES * (layout.boldRows.length + layout.widths.length + 4 * layout.tables.length + 12) +
      layout.charts.length * ACTION_BYTES * 8 +
      jsonBytes(layout.charts) +
      jsonBytes(layout.tables),
  );
  for (const r of layout.boldRows) ws.getRangeByIndexes(r, 0, 1, cols).format.font.bold = true;
  ws.getRangeByIndexes(layout.titleRow, 0, 1, 1).format.font.size = 14;

  const taken = new Set(plan.takenTableNames);
  for (const t of layout.tables) {
    const address = `${a1(t.row, t.col)}:${a1(t.row + t.rows - 1, t.col + t.cols - 1)}`;
    const table = ws.tables.add(address, true);
    table.name = freeTableName(`${TABLE_NAME_PREFIX}${t.blockId.replace(/[^A-Za-z0-9_]/g, '_')}`, taken);
    table.showFilterButton = true;
  }
  layout.widths.forEach((w, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = Math.round(w * 6 + 6);
  });

  if (plan.charts) {
    for (const c of layout.charts) {
      const chart = ws.charts.add('BarClustered', ws.getRange(c.values), 'Columns');
      chart.name = `${CHART_NAME_PREFIX}_${c.blockId}`;
      chart.title.text = c.title;
      chart.legend.visible = false;
      chart.series.getItemAt(0).setXAxisValues(ws.getRange(c.categories));
      chart.setPosition(c.from, c.to);
    }
  }
  ws.freezePanes.freezeRows(layout.freezeRows);
  ws.activate();
  ws.load('name');
  await context.sync();
  return ws;
}

/** Cleanup after a failed write: queues the load of the sheet created in this run (delete after a sync). */
export function queueFindCreated(
  context: Excel.RequestContext,
  name: string,
): { readonly worksheet: Excel.Worksheet; readonly mark: Excel.WorksheetCustomProperty } {
  const worksheet = context.workbook.worksheets.getItemOrNullObject(name);
  const mark = worksheet.customProperties.getItemOrNullObject(SUMMARY_PROPERTY);
  mark.load('value');
  return { worksheet, mark };
}
