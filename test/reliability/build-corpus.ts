/**
 * Turns the corpus (cases.ts) into files: each grid case as an .xlsx written with exceljs (or a CSV
 * for the 100,000-row case), each file case as its bytes. Everything goes into a directory the caller
 * gives (a fresh temp dir at test time); nothing is committed.
 */
import { mkdtempSync, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { EMPTY_CELL, type Cell, type Grid } from '../../src/core/grid';
import { CASES, type CellSpec, type CorpusCase, type GridInput } from './cases';

export function toCell(spec: CellSpec): Cell {
  if (spec === null || spec === '') return EMPTY_CELL;
  if (typeof spec === 'object') return spec;
  return { value: spec };
}

/** The grid a shell should hand the core for a grid case (what readers are expected to produce). */
export function gridOf(input: GridInput): Grid {
  return { sheet: input.sheet ?? 'DX推進状況', top: 0, left: 0, rows: input.rows.map((r) => r.map(toCell)) };
}

function isoToUtcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** One grid cell into an exceljs cell, the way Excel would have stored it. */
function writeCell(target: ExcelJS.Cell, cell: Cell): void {
  if (cell.value === null) return;
  if (cell.error) {
    const formula = (cell.formula ?? '=NA()').replace(/^=/, '');
    target.value = { formula, result: { error: cell.error as ExcelJS.CellErrorValue['error'] } };
  } else if (cell.date) {
    target.value = isoToUtcDate(cell.date);
  } else {
    target.value = cell.value;
  }
  if (cell.numberFormat) target.numFmt = cell.numberFormat;
}

export async function gridToXlsx(input: GridInput): Promise<Buffer> {
  const grid = gridOf(input);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.sheet);
  grid.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.value !== null) writeCell(ws.getCell(r + 1, c + 1), cell);
    }),
  );
  input.decorate?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function gridToCsv(input: GridInput): Buffer {
  const lines = gridOf(input).rows.map((row) =>
    row.map((cell) => (cell.value === null ? '' : csvField(String(cell.value)))).join(','),
  );
  return Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
}

/** File name and bytes of one case. */
export async function caseFile(c: CorpusCase): Promise<{ name: string; bytes: Buffer }> {
  if (c.input.kind === 'file') return { name: `${c.id}${c.input.ext}`, bytes: await c.input.bytes() };
  if (c.input.cliAs === 'csv') return { name: `${c.id}.csv`, bytes: gridToCsv(c.input) };
  return { name: `${c.id}.xlsx`, bytes: await gridToXlsx(c.input) };
}

/** Writes every case's input into `dir`; returns case id → file path. */
export async function buildCorpus(
  dir: string = mkdtempSync(path.join(os.tmpdir(), 'dx-status-corpus-')),
  cases: readonly CorpusCase[] = CASES,
): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const c of cases) {
    const { name, bytes } = await caseFile(c);
    const file = path.join(dir, name);
    await fs.writeFile(file, bytes);
    files.set(c.id, file);
  }
  return files;
}
