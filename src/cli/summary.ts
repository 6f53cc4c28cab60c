/**
 * The --summary path, loaded only when a summary is asked for (it is what brings in exceljs): the
 * copy of the input workbook, the lossy-part check, and the workbook written with the summary sheet.
 */
import ExcelJS from 'exceljs';
import type { Grid } from '../core/grid';
import type { Lang } from '../core/i18n';
import type { Report } from '../core/model';
import { buildSummary } from '../core/summary/build';
import { bilingual, CliError, errorDetail } from './errors';
import { installInternalLinkFix } from './internal-links';
import { addGridSheet, renderSummarySheet, saveWorkbook } from './write-summary';
import { lossyParts } from './zip';

export { isSameFile } from './write-summary';

export interface Io {
  readonly stdout: { write(chunk: string): unknown };
  readonly stderr: { write(chunk: string): unknown };
}

/** Where the summary's data sheets come from. */
export type SummarySource =
  | {
      readonly kind: 'xlsx';
      /** The input workbook loaded with exceljs, to copy; null when its parts could not be copied faithfully. */
      readonly copy: ExcelJS.Workbook | null;
      readonly entries: readonly string[];
    }
  | { readonly kind: 'csv'; readonly grid: Grid };

/** Whether the workbook holds parts a copy would lose (then no copy is made). */
export function canCopy(entries: readonly string[]): boolean {
  return lossyParts(entries).length === 0;
}

/** The input workbook as exceljs loads it, to be copied into the summary workbook. */
export async function loadWorkbookCopy(buf: Buffer, fileName: string): Promise<ExcelJS.Workbook> {
  installInternalLinkFix();
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings want its own Buffer type; the bytes are the same.
    await workbook.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new CliError('cli.error.xlsxLoad', { file: fileName, detail: errorDetail(err) });
  }
  if (!workbook.worksheets.length) throw new CliError('cli.error.noSheets', { file: fileName });
  return workbook;
}

/** Writes the summary workbook to `out`; returns the summary sheet's name. */
export async function writeSummary(
  source: SummarySource,
  report: Report,
  opts: { readonly lang: Lang; readonly file: string },
  out: string,
  io: Io,
): Promise<string> {
  const model = buildSummary(report, opts.lang);
  let workbook: ExcelJS.Workbook;
  let links = true;
  if (source.kind === 'xlsx') {
    if (source.copy === null) {
      io.stderr.write(
        bilingual('cli.warning.prefix', 'cli.warning.lossyCopy', {
          file: opts.file,
          parts: lossyParts(source.entries).join(', '),
        }),
      );
      workbook = new ExcelJS.Workbook();
      links = false;
    } else {
      workbook = source.copy;
    }
  } else {
    workbook = new ExcelJS.Workbook();
    addGridSheet(workbook, source.grid);
  }
  const sheetName = renderSummarySheet(workbook, model, opts.lang, { links });
  await saveWorkbook(workbook, out);
  return sheetName;
}
