/**
 * Finds the project tables of a sheet: header rows (by their labels, in any order), section titles
 * (①令和6年度実施事業 above a header, or 【…】 rows inside one table) and the data rows of each section.
 *
 * One pass over the grid; each row is looked at a constant number of times, and only short text cells
 * are matched against the header labels, so a 100,000-row sheet takes milliseconds.
 */
import { type Cell, type Grid, cellText, isEmptyCell } from '../grid';
import type { ColumnInfo, ColumnKey, SectionKind, TableSection } from '../model';
import { MAX_LABEL_LENGTH, columnKeyOf, unitFromLabel } from './columns';

/** What the detector found besides the sections (for messages). */
export interface TableLayout {
  readonly sections: TableSection[];
  /** 0-based sheet columns of a header row that repeat labels of the first table (a second table beside it). */
  readonly ignoredColumns: number[];
}

interface Header {
  readonly columns: Partial<Record<ColumnKey, ColumnInfo>>;
  readonly ignored: number[];
}

/** Marks that open a section label: 【…】, ①–⑳ (and ㉑–㊿), ■ ◆ □ ◇ ● ▼ ▶. */
const SECTION_MARK = /^[【①-⑳㉑-㉟㊱-㊿■◆□◇●◎▼▽▶►]/;
/** "令和6年度実施事業", "R7年度以降検討事業", "実施事業" written without a mark. */
const SECTION_WORDS =
  /(?:(?:令和|平成|R)\s*\d+\s*年度|年度以降).{0,20}?(?:事業|取組)|^(?:実施|検討|継続|新規|完了)(?:中の)?(?:事業|取組)/i;
const NOTE_ROW = /^(?:※|注[:：)）\d]|\(注|（注)/;
/** Longest single-cell line read as a section label. */
const MAX_SECTION_LENGTH = 60;

/** Whether a line reads like a section label (①令和6年度実施事業, 【検討事業】). */
export function isSectionLabel(text: string): boolean {
  const s = text.trim().normalize('NFKC');
  if (!s || s.length > MAX_SECTION_LENGTH) return false;
  // NFKC turns ① into 1; test the marks on the raw text.
  if (SECTION_MARK.test(text.trim())) return true;
  return SECTION_WORDS.test(s);
}

/** The title of a section label without its marks: ①令和6年度実施事業 → 令和6年度実施事業, 【検討】 → 検討. */
export function sectionTitle(text: string): string {
  let s = text.trim();
  const bracket = /^【([^】]*)】(.*)$/.exec(s);
  if (bracket) s = (bracket[1] + bracket[2]).trim();
  s = s.replace(/^[①-⑳㉑-㉟㊱-㊿■◆□◇●◎▼▽▶►\s\u3000]+/, '');
  s = s.replace(/^\(?\d{1,2}[).．.、]\s*/, '');
  return s.replace(/^[【\s\u3000]+|[】\s\u3000]+$/g, '').trim();
}

/** 実施 → implementing; 検討 or 以降 → considering; else unknown. */
export function sectionKind(title: string | null): SectionKind {
  if (!title) return 'unknown';
  if (/検討|以降/.test(title)) return 'considering';
  if (/実施/.test(title)) return 'implementing';
  return 'unknown';
}

function stringValue(cell: Cell): string | null {
  return typeof cell.value === 'string' ? cell.value : null;
}

/** Matches a row's cells against the header labels; null unless it is a header row. */
function matchHeader(row: ReadonlyArray<Cell>, left: number): Header | null {
  const columns: Partial<Record<ColumnKey, ColumnInfo>> = {};
  let matched = 0;
  let stopAt = -1;
  for (let c = 0; c < row.length; c++) {
    const raw = stringValue(row[c]);
    if (raw === null) continue;
    const label = raw.trim();
    if (!label || label.length > MAX_LABEL_LENGTH) continue;
    const key = columnKeyOf(label);
    if (!key) continue;
    if (columns[key]) {
      // The same label again: a second table beside the first. Keep the first (leftmost) one.
      stopAt = c;
      break;
    }
    const info: ColumnInfo =
      key === 'cost'
        ? { key, col: left + c, label, unit: unitFromLabel(label) ?? 'yen' }
        : { key, col: left + c, label };
    columns[key] = info;
    matched++;
  }
  const isHeader =
    matched >= 3 &&
    (columns.name !== undefined || (columns.no !== undefined && columns.department !== undefined));
  if (!isHeader) return null;
  const ignored: number[] = [];
  if (stopAt >= 0) for (let c = stopAt; c < row.length; c++) if (!isEmptyCell(row[c])) ignored.push(left + c);
  return { columns, ignored };
}

const NUMERIC_TEXT = /^\s*[\d,.]+\s*$/;

/** isEmptyCell without trimming every long text. */
function blank(cell: Cell): boolean {
  const v = cell.value;
  if (v === null) return true;
  if (typeof v !== 'string') return false;
  if (v.length === 0) return true;
  const c0 = v.charCodeAt(0);
  return (c0 <= 32 || c0 === 0x3000 || c0 === 0xa0 || c0 === 0xfeff) && v.trim() === '';
}

/** The number of non-empty cells of a row (no object per row: most rows are only counted). */
function filledCount(row: ReadonlyArray<Cell> | undefined): number {
  if (!row) return 0;
  let filled = 0;
  for (let c = 0; c < row.length; c++) if (!blank(row[c])) filled++;
  return filled;
}

/** Whether the first non-empty cell of a row is a number (or numeric text), as in a data row. */
function firstIsNumeric(row: ReadonlyArray<Cell>): boolean {
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (blank(cell)) continue;
    const v = cell.value;
    return typeof v === 'number' || (typeof v === 'string' && v.length < 20 && NUMERIC_TEXT.test(v));
  }
  return false;
}

/** The text of a row's only non-empty cell (call when the row has exactly one). */
function onlyText(row: ReadonlyArray<Cell>): string {
  for (let c = 0; c < row.length; c++) if (!blank(row[c])) return cellText(row[c]);
  return '';
}

function isFilled(grid: Grid, rowIndex: number, col: number | undefined): boolean {
  if (col === undefined) return false;
  const row = grid.rows[rowIndex];
  const cell = row ? row[col - grid.left] : undefined;
  return cell !== undefined && !blank(cell);
}

/** Finds every table section of the sheet, top to bottom. */
export function detectTables(grid: Grid): TableSection[] {
  return detectTableLayout(grid).sections;
}

/** detectTables, plus the columns it ignored. */
export function detectTableLayout(grid: Grid): TableLayout {
  const n = grid.rows.length;
  // Per row, computed when first needed: the number of non-empty cells (-1: not yet counted).
  const filledOf = new Int32Array(n).fill(-1);
  const filled = (r: number): number => {
    let f = filledOf[r];
    if (f < 0) {
      f = filledCount(grid.rows[r]);
      filledOf[r] = f;
    }
    return f;
  };
  /** The only non-empty cell's text of a row holding exactly one, else null. */
  const single = (r: number): string | null => (filled(r) === 1 ? onlyText(grid.rows[r]) : null);
  const headers: Array<Header | null | undefined> = new Array<Header | null | undefined>(n);
  const headerAt = (r: number): Header | null => {
    let h = headers[r];
    if (h === undefined) {
      h = filled(r) >= 3 && !firstIsNumeric(grid.rows[r]) ? matchHeader(grid.rows[r], grid.left) : null;
      headers[r] = h;
    }
    return h;
  };
  /** The next non-empty row at or after r within `reach` rows, or -1. */
  const nextFilled = (r: number, reach: number): number => {
    for (let i = r; i < n && i < r + reach; i++) if (filled(i) > 0) return i;
    return -1;
  };
  /** The section label right above a header (skipping up to 2 empty rows), or null. */
  const titleAbove = (headerRow: number, floor: number): string | null => {
    for (let i = headerRow - 1; i >= floor && i >= headerRow - 3; i--) {
      if (filled(i) === 0) continue;
      const text = single(i);
      return text !== null && isSectionLabel(text) ? text : null;
    }
    return null;
  };

  const sections: TableSection[] = [];
  const ignoredColumns: number[] = [];
  let r = 0;
  let floor = 0; // rows above this belong to an earlier table
  while (r < n) {
    const header = headerAt(r);
    if (!header) {
      r++;
      continue;
    }
    for (const c of header.ignored) if (!ignoredColumns.includes(c)) ignoredColumns.push(c);
    const headerRow = r;
    const columns = header.columns;
    const noCol = columns.no?.col;
    const nameCol = columns.name?.col;
    let rawTitle = titleAbove(headerRow, floor);
    let first = headerRow + 1;
    let last = headerRow;
    let empties = 0;
    const emit = (): void => {
      const title = rawTitle === null ? null : sectionTitle(rawTitle) || null;
      sections.push({
        headerRow: grid.top + headerRow,
        firstRow: grid.top + first,
        lastRow: grid.top + last,
        columns,
        title,
        kind: sectionKind(title),
        ...(header.ignored.length ? { ignoredColumns: header.ignored } : {}),
      });
    };
    r = headerRow + 1;
    while (r < n) {
      const count = filled(r);
      if (count === 0) {
        empties++;
        if (empties >= 2) {
          // Two empty rows end the table unless a section label inside it follows.
          const next = nextFilled(r + 1, 3);
          if (next < 0 || headerAt(next)) break;
          const label = single(next);
          if (label === null || !isSectionLabel(label)) break;
          const after = nextFilled(next + 1, 4);
          if (after >= 0 && headerAt(after)) break;
        }
        r++;
        continue;
      }
      empties = 0;
      if (headerAt(r)) break;
      const text = count === 1 ? onlyText(grid.rows[r]) : null;
      if (text !== null && isSectionLabel(text)) {
        const next = nextFilled(r + 1, 4);
        if (next >= 0 && headerAt(next)) {
          // The label titles the next header: this section ends here.
          r = next;
          break;
        }
        // A section row inside the table: same columns, new section.
        if (last >= first) emit(); // (a section row right under the header opens the first section)
        rawTitle = text;
        first = r + 1;
        last = r;
        r++;
        continue;
      }
      const isData = isFilled(grid, r, noCol) || isFilled(grid, r, nameCol);
      if (isData && !(text !== null && NOTE_ROW.test(text))) last = r;
      r++;
    }
    emit();
    floor = last + 1;
  }
  return { sections, ignoredColumns };
}
