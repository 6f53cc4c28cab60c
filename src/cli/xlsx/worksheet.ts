/**
 * A worksheet part → Grid, the way the add-in sees a sheet through Office.js: values only, formulas
 * with their cached result (errors as Cell.error), rich and inline text as plain text, dates as
 * Cell.date (ISO) with value = the 1900-system serial, merged areas keeping their value in the master
 * cell only, bounded by the cells that show something.
 */
import { EMPTY_CELL, type Cell, type Grid } from '../../core/grid';
import { isoToCellParts, serialToCellParts } from './number-format';
import { readStringItem } from './shared-strings';
import type { Styles } from './styles';
import { CLOSE, END, OPEN, TEXT, XmlError, XmlScanner } from './xml';

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly styles: Styles;
  readonly date1904: boolean;
}

/** Excel's sheet size. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

type MutableCell = { -readonly [K in keyof Cell]: Cell[K] };

interface SharedMaster {
  readonly formula: string | undefined;
  readonly row: number;
  readonly col: number;
}

/** "AB12" → 27 (0-based column); -1 when the reference has no column letters. */
function columnOf(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    n = n * 26 + (c - 96);
  }
  return i === 0 ? -1 : n - 1;
}

/** "B2" → [1, 1] (0-based row and column); null when it is not a cell reference. */
function cellRef(ref: string): [number, number] | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  return [parseInt(m[2], 10) - 1, columnOf(m[1])];
}

function letters(col1: number): string {
  let s = '';
  for (let n = col1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const RELATIVE_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/**
 * A shared formula as the cell at (row, col) reads it: the master's formula with its relative
 * references moved by the offset (as exceljs translates it); undefined when a reference leaves the sheet.
 */
export function slideFormula(
  formula: string,
  from: readonly [number, number],
  to: readonly [number, number],
): string | undefined {
  const dr = to[0] - from[0];
  const dc = to[1] - from[1];
  let outside = false;
  const out = formula.replace(
    CANDIDATE,
    (
      whole: string,
      sheet: string | undefined,
      _name: string | undefined,
      addr: string,
      paren: string | undefined,
    ) => {
      if (paren) return whole;
      const m = RELATIVE_REF.exec(addr);
      if (!m) return whole;
      const colText = m[2].toUpperCase();
      if (colText.length > 3 || (colText.length === 3 && colText > 'XFD')) return whole;
      let col = columnOf(colText) + 1;
      let row = parseInt(m[4], 10);
      if (!m[1]) col += dc;
      if (!m[3]) row += dr;
      if (col < 1 || col > MAX_COLS) outside = true;
      return `${sheet ?? ''}${m[1] ?? ''}${letters(col)}${m[3] ?? ''}${row}`;
    },
  );
  return outside ? undefined : out;
}

type Computed = { value: Cell['value']; error?: string; date?: string } | null;

function numberParts(n: number, isDate: boolean, date1904: boolean): Computed {
  if (!Number.isFinite(n)) return null;
  if (!isDate) return { value: n };
  const parts = serialToCellParts(n, date1904);
  return parts ? { value: parts.serial, date: parts.iso } : null;
}

/** Reads a worksheet part into a grid named `name`. */
export function readWorksheet(xml: string, name: string, ctx: SheetContext): Grid {
  const { sharedStrings, styles, date1904 } = ctx;
  const rows: Array<Array<Cell | undefined> | undefined> = [];
  const rowOrder: number[] = [];
  const merges: string[] = [];
  const masters = new Map<string, SharedMaster>();
  const s = new XmlScanner(xml);
  let rowIndex = -1;
  let colIndex = -1;
  let row: Array<Cell | undefined> | undefined;

  const readCell = (): void => {
    // One pass over the attributes: r="AB12" (the column from its letters; the row is the <row>'s,
    // as exceljs reads it), t (type) and s (style).
    let col = -1;
    let type: string | undefined;
    let styleId = 0;
    s.firstAttr();
    while (s.nextAttr()) {
      if (s.nameEnd - s.nameStart !== 1) continue;
      const name = xml.charCodeAt(s.nameStart);
      if (name === 114 /* r */) {
        let n = 0;
        let p = s.valueStart;
        for (; p < s.valueEnd; p++) {
          const c = xml.charCodeAt(p) | 0x20;
          if (c < 97 || c > 122) break;
          n = n * 26 + (c - 96);
        }
        if (p > s.valueStart) col = n - 1;
      } else if (name === 116 /* t */) {
        type = xml.slice(s.valueStart, s.valueEnd);
      } else if (name === 115 /* s */) {
        for (let p = s.valueStart; p < s.valueEnd; p++) {
          const d = xml.charCodeAt(p) - 48;
          if (d < 0 || d > 9) break;
          styleId = styleId * 10 + d;
        }
      }
    }
    if (col < 0) col = colIndex + 1;
    if (col >= MAX_COLS) throw new XmlError(`cell reference outside the sheet (column ${col + 1})`);
    colIndex = col;
    let v: string | undefined;
    let f: string | undefined;
    let fType: string | undefined;
    let fSi: string | undefined;
    let fRef: string | undefined;
    let inline: string | undefined;
    if (!s.selfClosing) {
      const depth = s.depth;
      for (;;) {
        const k = s.next();
        if (k === END) break;
        if (k === OPEN) {
          switch (s.name) {
            case 'v':
              v = (v ?? '') + s.elementText();
              break;
            case 'f':
              fType = s.attr('t');
              fSi = s.attr('si');
              fRef = s.attr('ref');
              f = (f ?? '') + s.elementText();
              break;
            case 'is':
              inline = (inline ?? '') + readStringItem(s);
              break;
            default:
              s.skipElement();
          }
        } else if (k === CLOSE && s.depth < depth) {
          break;
        }
      }
    } else {
      s.next(); // its CLOSE token
    }
    // exceljs reads s="0" as no style at all.
    const style = styleId ? styles.style(styleId) : null;
    const isDate = style !== null && style.isDate;
    // The usual cell, a shared string or a plain number with no format: straight to the grid.
    if (
      row &&
      v &&
      !f &&
      !fType &&
      (style === null || !style.numberFormat || style.numberFormat === 'General')
    ) {
      if (type === 's') {
        const str = sharedStrings[parseInt(v, 10)];
        row[col] = str ? { value: str } : undefined;
        return;
      }
      if ((type === undefined || type === 'n') && !isDate) {
        const n = parseFloat(v);
        row[col] = Number.isFinite(n) ? { value: n } : undefined;
        return;
      }
    }
    let formula: string | undefined;
    let parts: Computed = null;
    if (f || fType) {
      formula = f || undefined;
      if (fType === 'shared') {
        const key = String(fSi);
        if (fRef) {
          masters.set(key, { formula, row: rowIndex, col });
        } else if (!formula) {
          const master = masters.get(key);
          formula =
            master?.formula && slideFormula(master.formula, [master.row, master.col], [rowIndex, col]);
        }
      }
      if (v) {
        if (type === 'str') parts = { value: v };
        else if (type === 'b') parts = { value: parseInt(v, 10) !== 0 };
        else if (type === 'e') parts = { value: v, error: v };
        else parts = numberParts(parseFloat(v), isDate, date1904);
      }
    } else {
      const text = type === 'inlineStr' ? (inline ?? v) : v;
      if (text) {
        switch (type) {
          case 's': {
            const str = sharedStrings[parseInt(text, 10)];
            parts = str ? { value: str } : null;
            break;
          }
          case 'str':
          case 'inlineStr':
            parts = { value: text };
            break;
          case 'b':
            parts = { value: parseInt(text, 10) !== 0 };
            break;
          case 'e':
            parts = { value: text, error: text };
            break;
          case 'd': {
            const d = isoToCellParts(text);
            parts = d ? { value: d.serial, date: d.iso } : { value: text };
            break;
          }
          default:
            parts = numberParts(parseFloat(text), isDate, date1904);
        }
      }
    }
    if (!row) return;
    if (!parts && !formula) {
      row[col] = undefined;
      return;
    }
    const cell: MutableCell = { value: parts ? parts.value : null };
    if (parts?.error) cell.error = parts.error;
    if (parts?.date) cell.date = parts.date;
    if (formula) cell.formula = formula.startsWith('=') ? formula : `=${formula}`;
    const numberFormat = style?.numberFormat;
    if (numberFormat && numberFormat !== 'General') cell.numberFormat = numberFormat;
    row[col] = cell;
  };

  for (let k = s.next(); k !== END; k = s.next()) {
    if (k === TEXT) continue;
    if (k === CLOSE) {
      if (s.name === 'row') row = undefined;
      continue;
    }
    switch (s.name) {
      case 'worksheet':
      case 'sheetData':
      case 'mergeCells':
        break;
      case 'row': {
        const r = s.attr('r');
        rowIndex = r === undefined ? rowIndex + 1 : parseInt(r, 10) - 1;
        if (!(rowIndex >= 0 && rowIndex < MAX_ROWS)) throw new XmlError(`row ${r ?? ''} outside the sheet`);
        colIndex = -1;
        row = rows[rowIndex];
        if (!row) {
          row = rows[rowIndex] = [];
          rowOrder.push(rowIndex);
        }
        break;
      }
      case 'c':
        if (row) readCell();
        else s.skipElement();
        break;
      case 'mergeCell': {
        const ref = s.attr('ref');
        if (ref) merges.push(ref);
        break;
      }
      default:
        s.skipElement();
    }
  }

  for (const ref of merges) {
    const [a, b = a] = ref.split(':');
    const tl = cellRef(a);
    const br = cellRef(b);
    if (!tl || !br) continue;
    const top = Math.min(tl[0], br[0]);
    const bottom = Math.max(tl[0], br[0]);
    const left = Math.min(tl[1], br[1]);
    const right = Math.max(tl[1], br[1]);
    for (const r of rowOrder) {
      if (r < top || r > bottom) continue;
      const cells = rows[r] as Array<Cell | undefined>;
      for (let c = left; c <= right && c < cells.length; c++) {
        if (r !== top || c !== left) cells[c] = undefined;
      }
    }
  }

  return toGrid(name, rows, rowOrder);
}

function toGrid(
  name: string,
  rows: Array<Array<Cell | undefined> | undefined>,
  rowOrder: readonly number[],
): Grid {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  const firstUsed: number[] = [];
  const lastUsed: number[] = [];
  for (const r of rowOrder) {
    const cells = rows[r] as Array<Cell | undefined>;
    let first = -1;
    let last = -1;
    for (let c = 0; c < cells.length; c++) {
      if (cells[c] === undefined) continue;
      if (first < 0) first = c;
      last = c;
    }
    if (last < 0) continue;
    firstUsed[r] = first;
    lastUsed[r] = last;
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (first < left) left = first;
  }
  if (bottom < 0) return { sheet: name, top: 0, left: 0, rows: [] };
  const out: Cell[][] = [];
  for (let r = top; r <= bottom; r++) {
    const last = lastUsed[r];
    const cells = rows[r];
    if (!cells || last === undefined) {
      out.push([]);
      continue;
    }
    // The row's own array when it already has the grid's shape (the usual case), else a copy.
    let dense = left === 0 && firstUsed[r] === 0;
    for (let c = 0; dense && c <= last; c++) if (cells[c] === undefined) dense = false;
    if (dense) {
      cells.length = last + 1;
      out.push(cells as Cell[]);
      continue;
    }
    const line: Cell[] = [];
    for (let c = left; c <= last; c++) line.push(cells[c] ?? EMPTY_CELL);
    out.push(line);
  }
  return { sheet: name, top, left, rows: out };
}
