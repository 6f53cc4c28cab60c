/**
 * The reference for the CLI's .xlsx reader (src/cli/xlsx): the exceljs-based reader the CLI used before
 * it, kept for the parity test only. .xlsx (exceljs) → Grid, shaped like what Office.js gives the add-in: merged areas keep their value
 * in the master cell only, formulas show their cached result (errors as Cell.error), rich text and
 * hyperlinks as their plain text, dates as Cell.date (ISO) with value = the Excel serial number.
 */
import ExcelJS from 'exceljs';
import { EMPTY_CELL, type Cell, type Grid } from '../../src/core/grid';
import { installInternalLinkFix } from '../../src/cli/internal-links';
import { dateToCellParts } from '../../src/cli/xlsx/number-format';

type RichTextValue = { richText: ReadonlyArray<{ text: string }> };

function isRichText(v: unknown): v is RichTextValue {
  return typeof v === 'object' && v !== null && Array.isArray((v as { richText?: unknown }).richText);
}

function plainText(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (isRichText(v)) return v.richText.map((r) => r.text ?? '').join('');
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

/** A computed value (a formula's cached result or a plain value) → the cell fields it gives. */
function valueParts(v: unknown): { value: Cell['value']; error?: string; date?: string } | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v } : null;
  if (typeof v === 'boolean') return { value: v };
  if (typeof v === 'string') return v === '' ? null : { value: v };
  if (v instanceof Date) {
    const parts = dateToCellParts(v);
    return parts ? { value: parts.serial, date: parts.iso } : null;
  }
  if (typeof v === 'object') {
    const o = v as { error?: unknown; text?: unknown; hyperlink?: unknown };
    if (typeof o.error === 'string') return { value: o.error, error: o.error };
    if (isRichText(v)) {
      const text = plainText(v);
      return text ? { value: text } : null;
    }
    if ('hyperlink' in o || 'text' in o) {
      const text = plainText(o.text);
      return text ? { value: text } : null;
    }
  }
  return null;
}

/** One exceljs cell → a grid cell (EMPTY_CELL when it shows nothing). */
export function toGridCell(cell: ExcelJS.Cell): Cell {
  if (cell.type === ExcelJS.ValueType.Merge || cell.type === ExcelJS.ValueType.Null) return EMPTY_CELL;
  const numberFormat = cell.numFmt || undefined;
  let formula: string | undefined;
  let parts: ReturnType<typeof valueParts>;
  if (cell.type === ExcelJS.ValueType.Formula) {
    try {
      formula = cell.formula || undefined;
    } catch {
      formula = undefined;
    }
    parts = valueParts(cell.result);
  } else {
    parts = valueParts(cell.value);
  }
  if (!parts && !formula) return EMPTY_CELL;
  const out: { -readonly [K in keyof Cell]: Cell[K] } = { value: parts ? parts.value : null };
  if (parts?.error) out.error = parts.error;
  if (parts?.date) out.date = parts.date;
  if (formula) out.formula = formula.startsWith('=') ? formula : `=${formula}`;
  if (numberFormat && numberFormat !== 'General') out.numberFormat = numberFormat;
  return out;
}

/** A worksheet's used cells as a grid (bounded by the cells that hold something). */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const cells: Array<{ r: number; c: number; cell: Cell }> = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (c, colNumber) => {
      const cell = toGridCell(c);
      if (cell === EMPTY_CELL) return;
      const r = rowNumber - 1;
      const col = colNumber - 1;
      cells.push({ r, c: col, cell });
      top = Math.min(top, r);
      left = Math.min(left, col);
      bottom = Math.max(bottom, r);
      right = Math.max(right, col);
    });
  });
  if (!cells.length) return { sheet: ws.name, top: 0, left: 0, rows: [] };
  const rows: Cell[][] = Array.from({ length: bottom - top + 1 }, () => []);
  for (const { r, c, cell } of cells) {
    const row = rows[r - top];
    while (row.length < c - left) row.push(EMPTY_CELL);
    row[c - left] = cell;
  }
  for (const row of rows) for (let i = 0; i < row.length; i++) if (!row[i]) row[i] = EMPTY_CELL;
  return { sheet: ws.name, top, left, rows };
}

/** Every worksheet of the workbook (tab order) as exceljs reads it, as grids; the load error when it cannot. */
export async function exceljsGrids(buf: Buffer): Promise<Grid[]> {
  installInternalLinkFix();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map(worksheetToGrid);
}
