/**
 * The Office.js WorkbookHost. Each action is one Excel.run; errors are mapped to HostError (caught only
 * to map, clean up and rethrow). Requirement sets are feature-detected:
 *   ExcelApi 1.4 settings · 1.9 RangeAreas + special cells (reading, highlights) · 1.7 chart series
 *   (charts) · 1.12 worksheet custom properties (the summary sheet) · 1.20 mergeUndoGroup (one undo step).
 */
import type { WorkbookSettings } from '../core/config';
import type { Grid } from '../core/grid';
import type { Issue, Report } from '../core/model';
import type { SummaryModel } from '../core/summary/model';
import { toHostError } from './errors';
import { queueCustomRules, queueDeleteOwn, queueHighlights, queueListFormats } from './highlight';
import {
  HostError,
  type HostCapabilities,
  type SettingsReadResult,
  type SummaryResult,
  type ValidateResult,
  type WorkbookHost,
} from './host';
import { dimsOf, queueDims, readActiveSheet, readData, redirectFromSummary, type DimsHandle } from './read';
import { queueSelect } from './select';
import { queueLoadSettings, queueSaveSettings, settingsFrom } from './settings';
import {
  freeSheetName,
  ownSummarySheet,
  queueFindCreated,
  queueSheetMarks,
  queueSummaryTargets,
  queueWriteSummary,
  SUMMARY_MARK,
  type SheetMark,
} from './summary-sheet';

export type ExcelRunner = <T>(
  options: { readonly mergeUndoGroup?: boolean } | null,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

export interface ExcelHostDeps {
  /** Excel.run (tests pass a mock). */
  readonly run?: ExcelRunner;
  /** Office.context.requirements.isSetSupported. */
  readonly isSetSupported?: (name: string, version: string) => boolean;
}

const officeRun: ExcelRunner = (options, batch) => (options ? Excel.run(options, batch) : Excel.run(batch));

const officeIsSetSupported = (name: string, version: string): boolean =>
  typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported(name, version);

export function detectCapabilities(
  isSetSupported: (name: string, version: string) => boolean,
): Required<HostCapabilities> {
  const api = (v: string) => isSetSupported('ExcelApi', v);
  return {
    undoGroup: api('1.20'),
    charts: api('1.7'),
    highlights: api('1.9'),
    summarySheet: api('1.12'),
  };
}

export function createExcelHost(deps: ExcelHostDeps = {}): WorkbookHost {
  const run = deps.run ?? officeRun;
  const capabilities = detectCapabilities(deps.isSetSupported ?? officeIsSetSupported);

  const require = (ok: boolean, what: string) => {
    if (!ok) throw new HostError('unsupported', 'excel.error.unsupported', what);
  };

  /** Runs a batch; anything thrown is mapped to a HostError. */
  async function mapped<T>(
    options: { mergeUndoGroup?: boolean } | null,
    batch: (c: Excel.RequestContext) => Promise<T>,
    writeProtected = () => false,
  ): Promise<T> {
    try {
      return await run(options, batch);
    } catch (err) {
      throw toHostError(err, { writeProtected: writeProtected() });
    }
  }

  async function readSheet(): Promise<Grid> {
    require(capabilities.highlights, 'ExcelApi 1.9');
    return mapped(null, (context) => readActiveSheet(context));
  }

  async function highlight(sheet: string, issues: readonly Issue[]): Promise<number> {
    require(capabilities.highlights, 'ExcelApi 1.9');
    let isProtected = false;
    return mapped(
      null,
      async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.protection.load('protected');
        const formats = queueListFormats(ws);
        await context.sync();
        isProtected = ws.protection.protected;
        if (isProtected) throw new HostError('protected', 'excel.error.protected', sheet);
        const custom = queueCustomRules(formats);
        await context.sync();
        queueDeleteOwn(custom);
        const cells = queueHighlights(ws, issues);
        await context.sync();
        return cells;
      },
      () => isProtected,
    );
  }

  async function clearHighlights(): Promise<void> {
    require(capabilities.highlights, 'ExcelApi 1.9');
    await mapped(null, async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const lists = sheets.items.map((ws) => queueListFormats(ws));
      await context.sync();
      const custom = lists.flatMap((l) => queueCustomRules(l));
      if (custom.length === 0) return;
      await context.sync();
      // Each sheet's own collection: delete last-first within it.
      for (const l of lists) queueDeleteOwn(l.items.filter((f) => custom.includes(f)));
      await context.sync();
    });
  }

  async function selectCell(sheet: string, address: string): Promise<void> {
    await mapped(null, async (context) => {
      queueSelect(context, sheet, address);
      await context.sync();
    });
  }

  async function loadSettingsChecked(): Promise<SettingsReadResult> {
    return mapped(null, async (context) => {
      const item = queueLoadSettings(context);
      await context.sync();
      return settingsFrom(item);
    });
  }

  async function saveSettings(settings: WorkbookSettings): Promise<void> {
    await mapped(null, async (context) => {
      queueSaveSettings(context, settings);
      await context.sync();
    });
  }

  /** Validate in one Excel.run: dims | data (+ the rules of existing conditional formats) | highlights. */
  async function validateActiveSheet(check: (grid: Grid) => Report): Promise<ValidateResult> {
    require(capabilities.highlights, 'ExcelApi 1.9');
    return mapped(null, async (context) => {
      const active = queueDims(context);
      let handle: DimsHandle = active;
      let formats = queueListFormats(active.worksheet);
      await context.sync();
      // The add-in's summary sheet is active: check (and highlight) the sheet it was made from.
      const source = redirectFromSummary(context, active);
      if (source) {
        handle = source;
        formats = queueListFormats(source.worksheet);
        await context.sync();
      }
      const dims = dimsOf(handle);
      if (!dims) throw new HostError('empty-sheet', 'excel.error.emptySheet');
      let custom: Excel.ConditionalFormat[] = [];
      const grid = await readData(context, handle, dims, () => {
        custom = queueCustomRules(formats);
      });
      const report = check(grid);
      if (dims.protected) {
        return {
          report,
          highlighted: 0,
          highlightError: new HostError('protected', 'excel.error.protected', dims.sheet),
        };
      }
      queueDeleteOwn(custom);
      const highlighted = queueHighlights(handle.worksheet, report.issues);
      await context.sync();
      return { report, highlighted };
    });
  }

  /**
   * The summary in one Excel.run: dims + the workbook's sheets | data + each sheet's mark, tables and
   * charts | the whole write. `produce` syncs at least once (so the sheets are loaded) and calls
   * `piggyback` before its last sync. On a failed write, the sheet created in this run is deleted again.
   */
  async function summarize(
    produce: (
      context: Excel.RequestContext,
      piggyback: () => void,
    ) => Promise<{ report: Report | null; model: SummaryModel }>,
  ): Promise<{ report: Report | null; sheetName: string }> {
    require(capabilities.summarySheet, 'ExcelApi 1.12');
    const attempt = (mergeUndoGroup: boolean) => {
      let writeProtected = false;
      return mapped(
        mergeUndoGroup ? { mergeUndoGroup: true } : null,
        async (context) => {
          const targets = queueSummaryTargets(context);
          const held: { marks: SheetMark[] | null } = { marks: null };
          const { report, model } = await produce(context, () => {
            held.marks = queueSheetMarks(targets);
          });
          let marks = held.marks;
          if (!marks) {
            marks = queueSheetMarks(targets);
            await context.sync();
          }
          const own = ownSummarySheet(marks);
          if (own ? own.worksheet.protection.protected : targets.workbookProtection.protected) {
            writeProtected = true;
            throw new HostError('protected', 'excel.error.protected', own ? own.worksheet.name : 'workbook');
          }
          const ownTables = new Set(own ? own.tables.items.map((t) => t.name.toLowerCase()) : []);
          const newName = freeSheetName(
            model.sheetName,
            targets.worksheets.items.map((w) => w.name),
          );
          const ws = queueWriteSummary(context, model, {
            own,
            newName,
            takenTableNames: new Set(
              targets.tables.items.map((t) => t.name.toLowerCase()).filter((n) => !ownTables.has(n)),
            ),
            charts: capabilities.charts,
            sourceId: sheetIdByName(targets.worksheets.items, model.sourceSheet),
          });
          try {
            await context.sync();
          } catch (err) {
            // No half-written sheet: remove the one this run added, then report the failure.
            if (!own) await deleteCreated(context, newName);
            throw err;
          }
          return { report, sheetName: ws.name };
        },
        () => writeProtected,
      );
    };
    try {
      return await attempt(capabilities.undoGroup);
    } catch (err) {
      // Some API in the batch cannot be grouped for undo: run it again ungrouped (the failed sheet was removed).
      if (capabilities.undoGroup && err instanceof HostError && err.detail?.startsWith('UndoNotSupported'))
        return attempt(false);
      throw err;
    }
  }

  async function writeSummary(model: SummaryModel): Promise<{ readonly sheetName: string }> {
    const { sheetName } = await summarize(async (context) => {
      await context.sync();
      return { report: null, model };
    });
    return { sheetName };
  }

  async function summarizeActiveSheet(
    check: (grid: Grid) => Report,
    build: (report: Report) => SummaryModel,
  ): Promise<SummaryResult> {
    const { report, sheetName } = await summarize(async (context, piggyback) => {
      const active = queueDims(context);
      await context.sync();
      // The add-in's summary sheet is active: summarise the sheet it was made from (and rewrite this one).
      const source = redirectFromSummary(context, active);
      if (source) await context.sync();
      const handle = source ?? active;
      const dims = dimsOf(handle);
      if (!dims) throw new HostError('empty-sheet', 'excel.error.emptySheet');
      const grid = await readData(context, handle, dims, piggyback);
      const r = check(grid);
      return { report: r, model: build(r) };
    });
    if (!report) throw new HostError('excel-error', 'excel.error.generic', 'no report');
    return { report, sheetName };
  }

  return {
    capabilities,
    readActiveSheet: readSheet,
    highlight,
    clearHighlights,
    selectCell,
    writeSummary,
    loadSettings: async () => (await loadSettingsChecked()).settings,
    loadSettingsChecked,
    saveSettings,
    validateActiveSheet,
    summarizeActiveSheet,
  };
}

/** Deletes the summary sheet this run created, if the failed batch left it (and it carries the mark). */
async function deleteCreated(context: Excel.RequestContext, name: string): Promise<void> {
  const found = queueFindCreated(context, name);
  await context.sync();
  if (!found.worksheet.isNullObject && !found.mark.isNullObject && found.mark.value === SUMMARY_MARK) {
    found.worksheet.delete();
    await context.sync();
  }
}

/** The id of the sheet named `name` (sheet names ignore case), or null. */
function sheetIdByName(sheets: readonly Excel.Worksheet[], name: string): string | null {
  const exact = sheets.find((w) => w.name === name);
  const found = exact ?? sheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
  return found ? found.id : null;
}
