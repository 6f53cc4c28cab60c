/**
 * The grid: the one shape every shell (Excel, exceljs, CSV) turns a sheet into before the core sees it.
 * Coordinates are 0-based internally; `a1()` gives the sheet address users see.
 */

/** A formula error as Excel shows it. */
export type FormulaError = '#NULL!' | '#DIV/0!' | '#VALUE!' | '#REF!' | '#NAME?' | '#NUM!' | '#N/A' | string;

export interface Cell {
  /** The cell's value: text, a number, a boolean, or null when empty. Dates as their Excel serial number. */
  readonly value: string | number | boolean | null;
  /** Set when the cell holds a formula error (#REF!, #N/A, …); `value` is then the error text. */
  readonly error?: FormulaError;
  /** The formula, when the cell holds one (without caring whether the shell could calculate it). */
  readonly formula?: string;
  /** Excel number format, when the shell knows it (e.g. '#,##0"円"', 'yyyy/m/d'). */
  readonly numberFormat?: string;
  /** ISO date (YYYY-MM-DD) when the shell knows the cell holds a date. */
  readonly date?: string;
}

export interface Grid {
  /** Sheet name as shown on its tab. */
  readonly sheet: string;
  /** 0-based sheet row of rows[0] (the used range need not start at A1). */
  readonly top: number;
  /** 0-based sheet column of rows[r][0]. */
  readonly left: number;
  /** Cells, row-major. Rows may be shorter than others; a missing cell is empty. */
  readonly rows: ReadonlyArray<ReadonlyArray<Cell>>;
}

export const EMPTY_CELL: Cell = Object.freeze({ value: null });

/** Cell at 0-based sheet coordinates (not grid-relative). */
export function cellAt(grid: Grid, row: number, col: number): Cell {
  const r = grid.rows[row - grid.top];
  if (!r) return EMPTY_CELL;
  return r[col - grid.left] ?? EMPTY_CELL;
}

/** The cell's content as trimmed text ('' when empty). Numbers are written plainly (no grouping). */
export function cellText(cell: Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return v ? 'TRUE' : 'FALSE';
}

export function isEmptyCell(cell: Cell): boolean {
  return cell.value === null || (typeof cell.value === 'string' && cell.value.trim() === '');
}

/** Number of sheet rows covered by the grid. */
export function rowCount(grid: Grid): number {
  return grid.rows.length;
}

/** Number of sheet columns covered by the grid (the widest row). */
export function columnCount(grid: Grid): number {
  let n = 0;
  // Indexed: called once per check, often before the loop is optimised, where for…of allocates an
  // iterator result per row.
  const rows = grid.rows;
  for (let i = 0; i < rows.length; i++) if (rows[i].length > n) n = rows[i].length;
  return n;
}

/** 0-based column index → letters (0 → A, 25 → Z, 26 → AA). */
export function columnLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based sheet coordinates → A1 address ("D5"). */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A1 address → 0-based coordinates, or null when it is not a plain cell address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(address.trim().toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Builds a grid from plain values (tests, CSV). */
export function gridFromValues(
  sheet: string,
  values: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>,
  top = 0,
  left = 0,
): Grid {
  return {
    sheet,
    top,
    left,
    rows: values.map((r) => r.map((v) => (v === null || v === '' ? EMPTY_CELL : { value: v }))),
  };
}
