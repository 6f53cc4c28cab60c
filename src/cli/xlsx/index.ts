/**
 * The CLI's .xlsx reader: values only, straight from the package parts (no exceljs), giving the
 * same Grid the exceljs-based reader gave (see test/cli/xlsx-parity.test.ts for the few places where
 * it reads a cell better). Anything that is not a readable workbook is a CliError (exit 2).
 *
 *   archive.ts        zip entries, inflated on demand within a size budget
 *   workbook.ts       workbook.xml + rels: sheets in tab order, date system, part locations
 *   shared-strings.ts sharedStrings.xml (rich text joined, furigana left out)
 *   styles.ts         styles.xml: number format and date-ness of each cell style
 *   worksheet.ts      a worksheet part → Grid
 *   xml.ts            the XML scanner they share
 */
import type { Grid } from '../../core/grid';
import { CliError, errorDetail } from '../errors';
import { sniffKind } from '../zip';
import { Archive, TooLargeError } from './archive';
import { readSharedStrings } from './shared-strings';
import { NO_STYLES, readStyles } from './styles';
import { readWorkbook, type SheetEntry } from './workbook';
import { readWorksheet, type SheetContext } from './worksheet';

export interface XlsxSheet {
  /** Tab name. */
  readonly name: string;
  /** 'visible', 'hidden' or 'veryHidden'. */
  readonly state: string;
}

export interface XlsxBook {
  /** Worksheets in tab order. */
  readonly sheets: readonly XlsxSheet[];
  /** Names of the zip entries (to find parts a copy would lose). */
  readonly entries: readonly string[];
  /** The sheet's cells (read on first use). */
  grid(sheet: XlsxSheet): Grid;
}

export interface ReadOptions {
  /** Budget for everything inflated from the package (zip bombs); default DEFAULT_MAX_INFLATED_BYTES. */
  readonly maxInflatedBytes?: number;
}

/** Runs a reading step; what goes wrong becomes the CLI's error for an unreadable workbook. */
function guarded<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (err) {
    if (err instanceof CliError) throw err;
    if (err instanceof TooLargeError) {
      throw new CliError('cli.error.xlsxTooLarge', {
        file,
        limit: String(Math.round(err.limitBytes / (1024 * 1024))),
      });
    }
    throw new CliError('cli.error.xlsxLoad', { file, detail: errorDetail(err) });
  }
}

/** Reads an .xlsx's structure from bytes; sheets are read when asked for. */
export function readXlsx(buf: Buffer, fileName: string, options: ReadOptions = {}): XlsxBook {
  const kind = sniffKind(buf);
  if (kind === 'ole') throw new CliError('cli.error.legacyOrEncrypted', { file: fileName });
  const archive = kind === 'zip' ? Archive.open(buf, options.maxInflatedBytes) : null;
  if (!archive || !archive.entries.some((e) => e.name === 'xl/workbook.xml')) {
    throw new CliError('cli.error.notXlsx', { file: fileName });
  }
  const { entries, context } = guarded(fileName, () => {
    const info = readWorkbook(
      archive.text('xl/workbook.xml') ?? '',
      archive.text('xl/_rels/workbook.xml.rels'),
    );
    const sheets = info.sheets.filter((s) => archive.has(s.part));
    const strings = archive.text(info.sharedStringsPart);
    const styles = archive.text(info.stylesPart);
    const ctx: SheetContext = {
      sharedStrings: strings === null ? [] : readSharedStrings(strings),
      styles: styles === null ? NO_STYLES : readStyles(styles),
      date1904: info.date1904,
    };
    return { entries: sheets, context: ctx };
  });
  if (!entries.length) throw new CliError('cli.error.noSheets', { file: fileName });
  const grids = new Map<SheetEntry, Grid>();
  return {
    sheets: entries,
    entries: archive.entries.map((e) => e.name),
    grid(sheet: XlsxSheet): Grid {
      const entry = entries.find((e) => e === sheet) ?? entries.find((e) => e.name === sheet.name);
      if (!entry)
        throw new CliError('cli.error.unknownSheet', { sheet: sheet.name, sheets: sheetList(this) });
      let grid = grids.get(entry);
      if (!grid) {
        grid = guarded(fileName, () => readWorksheet(archive.text(entry.part) ?? '', entry.name, context));
        grids.set(entry, grid);
      }
      return grid;
    },
  };
}

function sheetList(book: XlsxBook): string {
  return book.sheets.map((s) => `「${s.name}」`).join(' ');
}

/** The worksheet named `name` (exact, else ignoring case); a CliError listing the sheets when absent. */
export function findSheet(book: XlsxBook, name: string): XlsxSheet {
  const exact = book.sheets.find((s) => s.name === name);
  if (exact) return exact;
  const folded = book.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (folded) return folded;
  throw new CliError('cli.error.unknownSheet', { sheet: name, sheets: sheetList(book) });
}
