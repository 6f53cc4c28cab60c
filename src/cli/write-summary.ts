/**
 * Renders the core's SummaryModel into a workbook with exceljs and writes it atomically:
 * a copy of the input workbook with the summary sheet added (original sheets untouched), a new
 * workbook holding the data sheet (CSV input), or the summary sheet alone (input parts a copy would lose).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Grid } from '../core/grid';
import { t, type Lang } from '../core/i18n';
import type { SummaryBlock, SummaryModel, SummaryValue } from '../core/summary/model';
import { CliError, errorDetail } from './errors';
import { installInternalLinkFix } from './internal-links';

export const YEN_FORMAT = '#,##0"円"';
export const COUNT_FORMAT = '#,##0';
export const RATE_FORMAT = '0%';
export const DATE_FORMAT = 'yyyy/m/d';

const MAX_SHEET_NAME = 31;

/** A sheet name not yet used in the workbook (case-insensitive): 集計, 集計 (2), 集計 (3)… */
export function uniqueSheetName(workbook: ExcelJS.Workbook, wanted: string): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '_').slice(0, MAX_SHEET_NAME) || 'Summary';
  const taken = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Names of the tables already in the workbook (table names are workbook-wide). */
function tableNames(workbook: ExcelJS.Workbook): Set<string> {
  const names = new Set<string>();
  for (const ws of workbook.worksheets) {
    const tables = (ws as unknown as { tables?: Record<string, unknown> }).tables ?? {};
    for (const name of Object.keys(tables)) names.add(name.toLowerCase());
  }
  return names;
}

function uniqueTableName(taken: Set<string>, base: string): string {
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** "#'Sheet'!D5": an in-workbook link target (never an external address). */
export function internalLinkTarget(sheet: string, cell: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** ISO date → a Date at UTC midnight, which exceljs writes as that day's serial number. */
function isoToDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

export interface RenderOptions {
  /** Render link cells as links (false when the source sheet is not in the output workbook). */
  readonly links: boolean;
}

/** Writes one typed value into a cell. Text is always a plain string (exceljs never makes it a formula). */
function setValue(cell: ExcelJS.Cell, v: SummaryValue, opts: RenderOptions): void {
  switch (v.kind) {
    case 'text':
      cell.value = v.text;
      break;
    case 'yen':
      cell.value = v.amount;
      cell.numFmt = YEN_FORMAT;
      cell.alignment = { horizontal: 'right' };
      break;
    case 'count':
      cell.value = v.value;
      cell.numFmt = COUNT_FORMAT;
      break;
    case 'rate':
      cell.value = v.value;
      cell.numFmt = RATE_FORMAT;
      break;
    case 'date':
      cell.value = v.iso ? isoToDate(v.iso) : null;
      cell.numFmt = DATE_FORMAT;
      break;
    case 'link':
      if (opts.links) {
        cell.value = { text: v.text, hyperlink: internalLinkTarget(v.sheet, v.cell) };
        cell.font = { color: { argb: 'FF0563C1' }, underline: true };
      } else {
        cell.value = v.text;
      }
      break;
  }
}

/** The value a table body cell is created with (the format is applied afterwards). */
function rawValue(v: SummaryValue, opts: RenderOptions): ExcelJS.CellValue {
  switch (v.kind) {
    case 'text':
      return v.text;
    case 'yen':
      return v.amount;
    case 'count':
      return v.value;
    case 'rate':
      return v.value;
    case 'date':
      return v.iso ? isoToDate(v.iso) : null;
    case 'link':
      return opts.links ? { text: v.text, hyperlink: internalLinkTarget(v.sheet, v.cell) } : v.text;
  }
}

function uniqueHeaders(block: SummaryBlock): string[] {
  const seen = new Set<string>();
  return block.columns.map((c, i) => {
    let name = c.header.trim() || `Column${i + 1}`;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${c.header} ${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 14 };
const BLOCK_FONT: Partial<ExcelJS.Font> = { bold: true, size: 12 };

/** Adds the summary sheet to `workbook`; returns its name. */
export function renderSummarySheet(
  workbook: ExcelJS.Workbook,
  model: SummaryModel,
  lang: Lang,
  opts: RenderOptions,
): string {
  const name = uniqueSheetName(workbook, model.sheetName);
  const ws = workbook.addWorksheet(name);
  const tables = tableNames(workbook);

  let row = 1;
  const title = ws.getCell(row, 1);
  title.value = model.title;
  title.font = TITLE_FONT;
  row++;
  for (const line of model.subtitle) {
    line.forEach((v, i) => setValue(ws.getCell(row, i + 1), v, opts));
    row++;
  }
  const frozenRows = row - 1;
  row++;

  const widths: number[] = [];
  for (const block of model.blocks) {
    block.columns.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.width)));
    const head = ws.getCell(row, 1);
    head.value = block.title;
    head.font = BLOCK_FONT;
    row++;

    if (block.layout === 'pairs') {
      for (const r of block.rows) {
        r.forEach((v, i) => {
          const cell = ws.getCell(row, i + 1);
          setValue(cell, v, opts);
          if (i === 0) cell.font = { ...(cell.font ?? {}), bold: true };
        });
        row++;
      }
    } else if (block.rows.length === 0) {
      block.columns.forEach((c, i) => {
        const cell = ws.getCell(row, i + 1);
        cell.value = c.header;
        cell.font = { bold: true };
      });
      row++;
      ws.getCell(row, 1).value = t(lang, 'cli.summary.none');
      row++;
    } else {
      const headers = uniqueHeaders(block);
      const width = headers.length;
      const tableName = uniqueTableName(tables, `DxStatus_${block.id.replace(/[^A-Za-z0-9]/g, '_')}`);
      ws.addTable({
        name: tableName,
        displayName: tableName,
        ref: ws.getCell(row, 1).address,
        headerRow: true,
        totalsRow: false,
        style: { theme: 'TableStyleMedium2', showRowStripes: true },
        columns: headers.map((h) => ({ name: h, filterButton: true })),
        rows: block.rows.map((r) =>
          Array.from({ length: width }, (_, i) => (r[i] ? rawValue(r[i], opts) : null)),
        ),
      });
      block.rows.forEach((r, ri) => {
        r.slice(0, width).forEach((v, ci) => setValue(ws.getCell(row + 1 + ri, ci + 1), v, opts));
      });
      row += 1 + block.rows.length;
    }
    row++;
  }

  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = Math.max(8, Math.min(80, w || 10));
  });
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: frozenRows, topLeftCell: `A${frozenRows + 1}` }];
  return name;
}

/** A new worksheet holding a grid's values (CSV input): text stays text, numbers numbers. */
export function addGridSheet(workbook: ExcelJS.Workbook, grid: Grid): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(uniqueSheetName(workbook, grid.sheet));
  grid.rows.forEach((r, ri) =>
    r.forEach((cell, ci) => {
      if (cell.value === null) return;
      ws.getCell(grid.top + ri + 1, grid.left + ci + 1).value = cell.value;
    }),
  );
  return ws;
}

/** Resolves a path for comparison: the real path of an existing file, else of its directory. */
async function canonical(p: string): Promise<string> {
  const abs = path.resolve(p);
  try {
    return await fs.realpath(abs);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

/** True when `output` names the same file as `input` (same path, a link to it, or the same inode). */
export async function isSameFile(input: string, output: string): Promise<boolean> {
  const [a, b] = await Promise.all([canonical(input), canonical(output)]);
  if (a === b) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(input), fs.stat(output)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Writes bytes to a temporary file beside `file`, then renames it into place. */
export async function writeFileAtomic(file: string, data: Buffer): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}

export async function workbookToBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  installInternalLinkFix();
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Serialises and writes the workbook atomically; failures become a CliError. */
export async function saveWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  try {
    await writeFileAtomic(file, await workbookToBuffer(workbook));
  } catch (err) {
    throw new CliError('cli.error.summaryWrite', { file, detail: errorDetail(err) });
  }
}
