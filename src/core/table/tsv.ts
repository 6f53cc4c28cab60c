/**
 * Text pasted from Excel (tab-separated, cells with line breaks in double quotes) → Grid.
 * Used for the sample sheet in tests and for pasted text; every value stays text unless asked.
 */
import { type Grid, gridFromValues } from '../grid';

export interface TsvOptions {
  /** Turn plain numbers (19140000, -5, 1.5) into numeric cells, as a workbook would hold them. */
  readonly numbers?: boolean;
}

/** Splits TSV text into rows of cells, honouring Excel's quoting ("a""b" → a"b; quoted line breaks). */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const s = text.replace(/^\uFEFF/, '');
  let atCellStart = true;
  while (i < s.length) {
    const ch = s[i];
    if (atCellStart && ch === '"') {
      // Quoted cell.
      i++;
      while (i < s.length) {
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += s[i++];
      }
      atCellStart = false;
      continue;
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      i += ch === '\r' && s[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i++;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** TSV text → Grid starting at A1. */
export function gridFromTsv(sheet: string, text: string, options: TsvOptions = {}): Grid {
  const values = parseTsv(text).map((r) =>
    r.map((v): string | number | null => {
      if (v.trim() === '') return null;
      if (options.numbers && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v.trim());
      return v;
    }),
  );
  return gridFromValues(sheet, values);
}
