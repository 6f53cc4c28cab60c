/**
 * The sample sheet (samples/dx-status-r6-2024-11-08.txt, pasted from Excel as TSV) as a Grid.
 * Each line is a row and each tab starts a cell; a cell Excel quoted ("…", with "" for a quote and
 * possibly line breaks inside) is unquoted, while a stray quote that is never closed stays as written.
 * Whole numbers become numeric cells, as they are in the workbook.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Cell, Grid } from '../../src/core/grid';
import { EMPTY_CELL } from '../../src/core/grid';

export const SAMPLE_PATH = path.join(__dirname, '..', '..', 'samples', 'dx-status-r6-2024-11-08.txt');
export const SAMPLE_SHEET = 'DX推進状況';

/** The header row of both sections of the published sheet. */
export const SAMPLE_HEADER = [
  'No.',
  '事業名称',
  '担当課',
  '事業経費',
  '概要',
  'R6前期実施状況',
  'R6後期→R7実施予定',
  '備考',
] as const;

/** Splits TSV into rows of strings. */
export function splitTsv(text: string): string[][] {
  const s = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    // One cell starting at i.
    let value: string | null = null;
    if (s[i] === '"') {
      let j = i + 1;
      let out = '';
      for (; j < s.length; j++) {
        if (s[j] === '"') {
          if (s[j + 1] === '"') {
            out += '"';
            j++;
          } else break;
        } else out += s[j];
      }
      // A proper quoted cell ends with a quote followed by a tab, a line break or the end.
      if (j < s.length && (j + 1 === s.length || s[j + 1] === '\t' || s[j + 1] === '\n')) {
        value = out;
        i = j + 1;
      }
    }
    if (value === null) {
      let j = i;
      while (j < s.length && s[j] !== '\t' && s[j] !== '\n') j++;
      value = s.slice(i, j);
      i = j;
    }
    row.push(value);
    if (i >= s.length) {
      rows.push(row);
      break;
    }
    if (s[i] === '\t') {
      i++;
      continue;
    }
    // Line break.
    rows.push(row);
    row = [];
    i++;
    if (i >= s.length) break;
  }
  return rows;
}

function toCell(text: string): Cell {
  if (text.trim() === '') return EMPTY_CELL;
  if (/^-?\d{1,15}$/.test(text.trim())) return { value: Number(text.trim()) };
  return { value: text };
}

export function gridFromTsvText(text: string, sheet: string): Grid {
  return { sheet, top: 0, left: 0, rows: splitTsv(text).map((r) => r.map(toCell)) };
}

export function loadSampleGrid(): Grid {
  return gridFromTsvText(fs.readFileSync(SAMPLE_PATH, 'utf8'), SAMPLE_SHEET);
}
