/**
 * `dx-status check FILE …`: reads an .xlsx/.csv into a grid, runs the core's check(), prints the
 * report (text or JSON) and optionally writes the summary workbook. Returns the exit code:
 * 0 no error-severity issue, 1 at least one, 2 unreadable file or wrong arguments.
 */
import { promises as fs, readFileSync } from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { check } from '../core/check';
import type { CheckOptions } from '../core/config';
import type { Grid } from '../core/grid';
import { t } from '../core/i18n';
import { detectTables } from '../core/table/detect';
import { parseArgs, type CheckArgs } from './args';
import { bilingual, CliError, errorDetail } from './errors';
import { writeJson } from './json-out';
import { readCsv } from './read-csv';
import { findSheet, readXlsx, type XlsxBook } from './xlsx';
import { sniffKind } from './zip';

export interface Io {
  readonly stdout: { write(chunk: string): unknown };
  readonly stderr: { write(chunk: string): unknown };
}

type Input =
  | {
      readonly kind: 'xlsx';
      readonly grid: Grid;
      readonly entries: readonly string[];
      /** The workbook loaded with exceljs, to copy into the summary (only with --summary). */
      readonly copy: ExcelJS.Workbook | null;
    }
  | { readonly kind: 'csv'; readonly grid: Grid };

export function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

async function readInputFile(file: string): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') throw new CliError('cli.error.fileNotFound', { file });
    throw new CliError('cli.error.fileUnreadable', { file, detail: errorDetail(err) });
  }
  if (!stat.isFile()) throw new CliError('cli.error.notAFile', { file });
  try {
    return await fs.readFile(file);
  } catch (err) {
    throw new CliError('cli.error.fileUnreadable', { file, detail: errorDetail(err) });
  }
}

/** The sheet to check: --sheet, else the first (visible, then hidden) sheet that holds a project table. */
function pickSheet(book: XlsxBook, wanted: string | undefined): Grid {
  if (wanted !== undefined) return book.grid(findSheet(book, wanted));
  // One sheet: it is the one, table or not (no need to look for a table before check() does).
  if (book.sheets.length === 1) return book.grid(book.sheets[0]);
  const ordered = [
    ...book.sheets.filter((s) => s.state === 'visible'),
    ...book.sheets.filter((s) => s.state !== 'visible'),
  ];
  let first: Grid | null = null;
  for (const sheet of ordered) {
    const grid = book.grid(sheet);
    first ??= grid;
    if (detectTables(grid).length > 0) return grid;
  }
  return first ?? book.grid(book.sheets[0]);
}

async function readInput(file: string, args: CheckArgs, io: Io): Promise<Input> {
  const buf = await readInputFile(file);
  const kind = sniffKind(buf);
  const ext = path.extname(file).toLowerCase();
  if (kind === 'zip' || kind === 'ole' || ext === '.xlsx' || ext === '.xlsm') {
    const book = readXlsx(buf, file);
    const grid = pickSheet(book, args.sheet);
    let copy: ExcelJS.Workbook | null = null;
    if (args.summary !== undefined) {
      // exceljs is loaded only here: the summary is a copy of the workbook (unless a copy would lose parts).
      const summary = await import('./summary');
      if (summary.canCopy(book.entries)) copy = await summary.loadWorkbookCopy(buf, file);
    }
    return { kind: 'xlsx', grid, entries: book.entries, copy };
  }
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt' || ext === '.tab') {
    const warn = (key: string, params: Readonly<Record<string, string>>) =>
      io.stderr.write(bilingual('cli.warning.prefix', key, params));
    return { kind: 'csv', grid: readCsv(buf, file, warn) };
  }
  throw new CliError('cli.error.unsupportedType', { file });
}

async function readDictionary(file: string | undefined): Promise<string | undefined> {
  if (file === undefined) return undefined;
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    throw new CliError('cli.error.dictionaryUnreadable', { file, detail: errorDetail(err) });
  }
}

async function runCheck(args: CheckArgs, io: Io): Promise<number> {
  if (args.summary !== undefined && (await (await import('./summary')).isSameFile(args.file, args.summary))) {
    throw new CliError('cli.error.summarySameAsInput');
  }
  const notationYaml = await readDictionary(args.dictionary);
  const input = await readInput(args.file, args, io);
  const options: CheckOptions = {
    lang: args.lang,
    ...(args.asOf !== undefined ? { asOf: args.asOf } : {}),
    ...(args.fiscalYear !== undefined ? { fiscalYear: args.fiscalYear } : {}),
    ...(notationYaml !== undefined ? { notationYaml } : {}),
  };
  const report = check(input.grid, options);

  // One compact JSON object: indentation would add about a third to the bytes (and the time) of a
  // large report, and nothing reading it needs it. Written in pieces (same bytes as one stringify).
  if (args.json) writeJson(report, (chunk) => io.stdout.write(chunk));
  else io.stdout.write((await import('./render-text')).renderText(report, args.lang, args.file));

  if (args.summary !== undefined) {
    const { writeSummary } = await import('./summary');
    const source =
      input.kind === 'xlsx'
        ? { kind: 'xlsx' as const, copy: input.copy, entries: input.entries }
        : { kind: 'csv' as const, grid: input.grid };
    const sheet = await writeSummary(source, report, { lang: args.lang, file: args.file }, args.summary, io);
    const note = t(args.lang, 'cli.summary.written', { file: args.summary, sheet }) + '\n';
    (args.json ? io.stderr : io.stdout).write(note);
  }
  return report.counts.error > 0 ? 1 : 0;
}

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      io.stdout.write(`${t('ja', 'cli.usage')}\n\n${t('en', 'cli.usage')}\n`);
      return 0;
    }
    if (args.command === 'version') {
      io.stdout.write(`dx-status ${version()}\n`);
      return 0;
    }
    return await runCheck(args, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr.write(bilingual('cli.error.prefix', err.messageKey, err.params));
    } else {
      io.stderr.write(bilingual('cli.error.prefix', 'cli.error.internal', { detail: errorDetail(err) }));
    }
    return 2;
  }
}
