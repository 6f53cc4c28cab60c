/**
 * Reading the active sheet's used range into the core's Grid.
 *
 * Two steps, each one `context.sync`: the dimensions (plus whatever the caller piggybacks), then the
 * data. The data step queues row blocks and syncs them in groups that stay under Excel on the web's
 * 5 MB payload limit and the 5,000,000-cell read cap; an ordinary sheet (thousands of rows) is one
 * group, so the number of syncs does not grow with the rows. Only the properties needed are loaded:
 * values, numberFormat, valueTypes, and formulas of the error cells only.
 *
 * The add-in's own summary sheet is never the data: when it is the active sheet, the sheet it was made
 * from (its id is kept in a custom property of the summary sheet) is read instead, at the cost of one
 * more sync for that sheet's dimensions.
 */
import { EMPTY_CELL, type Cell, type Grid } from '../core/grid';
import { isDateFormat, serialToIso } from './dates';
import { officeErrorCode } from './errors';
import { HostError } from './host';
import { jsonBytes, PAYLOAD_LIMIT_BYTES } from './payload';
import { SOURCE_PROPERTY, SUMMARY_MARK, SUMMARY_PROPERTY } from './summary-sheet';

export { PAYLOAD_LIMIT_BYTES };
/**
 * What one sync's reads are planned at: headroom under the 5 MB limit for the rows of a group being
 * denser than the rows the estimate was measured on.
 */
export const SYNC_BUDGET_BYTES = 4.5 * 1024 * 1024;
/** One range read: smaller blocks keep Excel from refusing a read for excessive resources. */
export const BLOCK_BUDGET_BYTES = 1024 * 1024;
/** Excel's read cap: beyond it `values` may come back null instead of failing. */
export const MAX_CELLS_PER_REQUEST = 5_000_000;
/**
 * Response bytes per cell (values + numberFormat + valueTypes, as JSON) assumed for the first group,
 * before anything is measured: a status sheet with long Japanese texts (概要, 実施状況) takes ~110.
 * The following groups are planned from the bytes per cell actually read (see readData), and a group
 * Excel still refuses is planned again smaller.
 */
export const DEFAULT_BYTES_PER_CELL = 112;

export interface SheetDims {
  readonly sheet: string;
  /** The sheet is protected (writes will fail). */
  readonly protected: boolean;
  /** 0-based sheet row/column of the used range's top-left cell. */
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

export interface DimsHandle {
  readonly worksheet: Excel.Worksheet;
  readonly used: Excel.Range;
}

/** Step 1 on the active sheet: its dimensions, and whether it is the add-in's own summary sheet. */
export interface ActiveDimsHandle extends DimsHandle {
  /** The summary sheet's mark (SUMMARY_PROPERTY) and the id of the sheet it was made from. */
  readonly mark: Excel.WorksheetCustomProperty;
  readonly source: Excel.WorksheetCustomProperty;
  /** The workbook's sheets (ids), to know whether that source sheet still exists. */
  readonly sheets: Excel.WorksheetCollection;
}

/** Queues the loads of step 1 on `worksheet` (no sync). */
export function queueDimsOf(worksheet: Excel.Worksheet): DimsHandle {
  worksheet.load('name,id');
  worksheet.protection.load('protected');
  // valuesOnly: cells that hold values; formatting alone (e.g. borders down to row 1,048,576) does not count.
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  return { worksheet, used };
}

/** Queues the loads of step 1 on the active sheet, with its summary-sheet mark (no sync). */
export function queueDims(context: Excel.RequestContext): ActiveDimsHandle {
  const handle = queueDimsOf(context.workbook.worksheets.getActiveWorksheet());
  const mark = handle.worksheet.customProperties.getItemOrNullObject(SUMMARY_PROPERTY);
  mark.load('value');
  const source = handle.worksheet.customProperties.getItemOrNullObject(SOURCE_PROPERTY);
  source.load('value');
  // The same load as queueSummaryTargets (a second load of the collection must not narrow it).
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id');
  return { ...handle, mark, source, sheets };
}

/**
 * After step 1: when the active sheet is the add-in's own summary sheet, the data sheet it was made
 * from, with its step 1 queued (the caller syncs once more); null when the active sheet is the data
 * sheet. A summary whose source sheet is gone (or was never recorded) is a HostError 'summary-sheet'.
 */
export function redirectFromSummary(
  context: Excel.RequestContext,
  handle: ActiveDimsHandle,
): DimsHandle | null {
  if (handle.mark.isNullObject || handle.mark.value !== SUMMARY_MARK) return null;
  const id = handle.source.isNullObject ? '' : String(handle.source.value ?? '');
  const found = id !== '' && id !== handle.worksheet.id && handle.sheets.items.some((w) => w.id === id);
  if (!found) {
    throw new HostError('summary-sheet', 'excel.error.summarySheetActive', handle.worksheet.name);
  }
  return queueDimsOf(context.workbook.worksheets.getItem(id));
}

/** After the sync: the dimensions, or null when the sheet holds no value. */
export function dimsOf(handle: DimsHandle): SheetDims | null {
  const sheet = handle.worksheet.name;
  if (handle.used.isNullObject) return null;
  return {
    sheet,
    protected: handle.worksheet.protection.protected,
    top: handle.used.rowIndex,
    left: handle.used.columnIndex,
    rows: handle.used.rowCount,
    cols: handle.used.columnCount,
  };
}

export interface RowBlock {
  /** 0-based row offset in the used range. */
  readonly start: number;
  readonly count: number;
}

/**
 * Row blocks grouped by sync: as few groups as the estimate allows under the sync budget and the cell
 * cap, of even size (so no group is fuller than it needs to be); blocks of at most BLOCK_BUDGET_BYTES.
 */
export function planReads(
  rows: number,
  cols: number,
  bytesPerCell = DEFAULT_BYTES_PER_CELL,
  budget = SYNC_BUDGET_BYTES,
): RowBlock[][] {
  if (rows <= 0 || cols <= 0) return [];
  const rowBytes = cols * bytesPerCell;
  const maxGroupRows = Math.max(
    1,
    Math.min(Math.floor(budget / rowBytes), Math.floor(MAX_CELLS_PER_REQUEST / cols)),
  );
  const groupCount = Math.ceil(rows / maxGroupRows);
  const groupRows = Math.ceil(rows / groupCount);
  const blockRows = Math.max(
    1,
    Math.min(Math.floor(BLOCK_BUDGET_BYTES / rowBytes), Math.floor(MAX_CELLS_PER_REQUEST / cols)),
  );
  const groups: RowBlock[][] = [];
  for (let g = 0; g < rows; g += groupRows) {
    const end = Math.min(rows, g + groupRows);
    const group: RowBlock[] = [];
    for (let start = g; start < end; start += blockRows)
      group.push({ start, count: Math.min(blockRows, end - start) });
    groups.push(group);
  }
  return groups;
}

interface BlockHandle {
  readonly block: RowBlock;
  readonly range: Excel.Range;
  /** Cells holding a formula whose result is an error: their formulas are read, nothing else's. */
  readonly errorFormulas: Excel.RangeAreas;
}

function queueBlock(worksheet: Excel.Worksheet, dims: SheetDims, block: RowBlock): BlockHandle {
  const range = worksheet.getRangeByIndexes(dims.top + block.start, dims.left, block.count, dims.cols);
  range.load('values,numberFormat,valueTypes');
  const errorFormulas = range.getSpecialCellsOrNullObject('Formulas', 'Errors');
  errorFormulas.areas.load('items/rowIndex,items/columnIndex,items/formulas');
  return { block, range, errorFormulas };
}

type Row = Cell[];

function cellFrom(value: unknown, format: unknown, type: unknown): Cell {
  const numberFormat = typeof format === 'string' && format !== 'General' ? format : undefined;
  if (type === 'Empty' || value === '' || value === null || value === undefined) return EMPTY_CELL;
  if (type === 'Error') {
    const text = String(value);
    return { value: text, error: text, ...(numberFormat ? { numberFormat } : {}) };
  }
  if (typeof value === 'number') {
    const date = isDateFormat(numberFormat) ? serialToIso(value) : null;
    return { value, ...(numberFormat ? { numberFormat } : {}), ...(date ? { date } : {}) };
  }
  if (typeof value === 'boolean' || typeof value === 'string') {
    return numberFormat ? { value, numberFormat } : { value };
  }
  return { value: String(value) };
}

function rowsOf(handle: BlockHandle, dims: SheetDims): Row[] {
  const values = handle.range.values as unknown[][] | null;
  const formats = handle.range.numberFormat as unknown[][] | null;
  const types = handle.range.valueTypes as unknown[][] | null;
  if (!values || !formats || !types) {
    // Over Excel's read cap `values` comes back null rather than failing: never read it as empty.
    throw new HostError(
      'excel-error',
      'excel.error.tooLarge',
      `rows ${handle.block.start + 1}–${handle.block.start + handle.block.count}`,
    );
  }
  const rows: Row[] = values.map((r, i) => r.map((v, j) => cellFrom(v, formats[i]?.[j], types[i]?.[j])));
  if (!handle.errorFormulas.isNullObject) {
    for (const area of handle.errorFormulas.areas.items) {
      const formulas = area.formulas as unknown[][];
      formulas.forEach((fr, i) =>
        fr.forEach((f, j) => {
          const r = area.rowIndex + i - dims.top - handle.block.start;
          const c = area.columnIndex + j - dims.left;
          const cell = rows[r]?.[c];
          if (cell && typeof f === 'string' && f.startsWith('=')) rows[r][c] = { ...cell, formula: f };
        }),
      );
    }
  }
  return rows;
}

function isPayloadError(err: unknown): boolean {
  const code = officeErrorCode(err);
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}

/** The JSON size of what a block's read brought back (values, number formats, value types). */
function responseBytes(handle: BlockHandle): number {
  const { values, numberFormat, valueTypes } = handle.range;
  return jsonBytes(values) + jsonBytes(numberFormat) + jsonBytes(valueTypes);
}

/**
 * Step 2: reads every row of the used range. `piggyback` queues the caller's own loads into the first
 * data sync (so a validate needs no extra round trip for them). Returns the grid.
 *
 * The first group is planned at DEFAULT_BYTES_PER_CELL (an ordinary sheet is one group); each later
 * group from the bytes per cell measured on what was read (the larger of the whole average and the
 * last group's), so a big sheet takes about as many syncs as its size needs at 5 MB each.
 */
export async function readData(
  context: Excel.RequestContext,
  handle: DimsHandle,
  dims: SheetDims,
  piggyback: () => void = () => undefined,
): Promise<Grid> {
  const rows: Row[] = [];
  let bytesPerCell = DEFAULT_BYTES_PER_CELL;
  let readBytes = 0;
  let readCells = 0;
  let done = 0;
  let first = true;
  while (done < dims.rows) {
    const remaining = dims.rows - done;
    const group = planReads(remaining, dims.cols, bytesPerCell)[0].map((b) => ({
      start: b.start + done,
      count: b.count,
    }));
    const handles = group.map((b) => queueBlock(handle.worksheet, dims, b));
    if (first) piggyback();
    try {
      // Bounded by the payload limit, not by items: one sync for ordinary sheets.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (err) {
      // Denser than estimated and refused: plan again at least twice as dense (never below one row a sync).
      if (!isPayloadError(err) || (group.length === 1 && group[0].count === 1)) throw err;
      const cells = group.reduce((n, b) => n + b.count, 0) * dims.cols;
      bytesPerCell = Math.max(bytesPerCell * 2, Math.ceil(PAYLOAD_LIMIT_BYTES / cells) * 1.25);
      continue;
    }
    first = false;
    let groupBytes = 0;
    for (const h of handles) {
      rows.push(...rowsOf(h, dims));
      groupBytes += responseBytes(h);
    }
    const groupRows = group.reduce((n, b) => n + b.count, 0);
    done += groupRows;
    readBytes += groupBytes;
    readCells += groupRows * dims.cols;
    bytesPerCell = Math.max(readBytes / readCells, groupBytes / (groupRows * dims.cols), 1);
  }
  return { sheet: dims.sheet, top: dims.top, left: dims.left, rows };
}

/** Reads the active sheet: one sync for the dimensions, one more for the data of an ordinary sheet. */
export async function readActiveSheet(context: Excel.RequestContext): Promise<Grid> {
  const active = queueDims(context);
  await context.sync();
  const redirected = redirectFromSummary(context, active);
  if (redirected) await context.sync();
  const handle = redirected ?? active;
  const dims = dimsOf(handle);
  if (!dims) throw new HostError('empty-sheet', 'excel.error.emptySheet');
  return readData(context, handle, dims);
}
