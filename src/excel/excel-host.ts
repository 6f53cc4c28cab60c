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
import {
  HostError,
  type HostCapabilities,
  type SettingsReadResult,
  type SummaryResult,
  type ValidateResult,
  type WorkbookHost,
} from './host';
import type { DimsHandle } from './read';
import { queueSelect } from './select';
import { queueLoadSettings, queueSaveSettings, settingsFrom } from './settings';
import type { SheetMark } from './summary-sheet';

/**
 * The reading, highlighting and summary-sheet code is loaded on demand (its own chunk in the task
 * pane's build): the first screen needs only the settings read. `createExcelHost` stays synchronous;
 * each action that needs these parts awaits them before its Excel.run (no extra `context.sync`), and
 * the host starts fetching them as soon as the settings have been read.
 */
interface HeavyParts {
  readonly read: typeof import('./read');
  readonly highlight: typeof import('./highlight');
  readonly summary: typeof import('./summary-sheet');
}

let heavyParts: Promise<HeavyParts> | null = null;

function loadHeavyParts(): Promise<HeavyParts> {
  if (!heavyParts) {
    heavyParts = Promise.all([import('./read'), import('./highlight'), import('./summary-sheet')]).then(
      ([read, highlight, summary]) => ({ read, highlight, summary }),
      (err: unknown) => {
        heavyParts = null; // a failed fetch (network) is tried again on the next action
        throw err;
      },
    );
  }
  return heavyParts;
}

/** Runs `task` when the page is idle (soon after where requestIdleCallback is missing). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 0);
}

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
    const { read } = await loadHeavyParts();
    return mapped(null, (context) => read.readActiveSheet(context));
  }

  async function highlight(sheet: string, issues: readonly Issue[]): Promise<number> {
    require(capabilities.highlights, 'ExcelApi 1.9');
    const { highlight: hl } = await loadHeavyParts();
    let isProtected = false;
    return mapped(
      null,
      async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.protection.load('protected');
        const formats = hl.queueListFormats(ws);
        await context.sync();
        isProtected = ws.protection.protected;
        if (isProtected) throw new HostError('protected', 'excel.error.protected', sheet);
        const custom = hl.queueCustomRules(formats);
        await context.sync();
        hl.queueDeleteOwn(custom);
        const cells = hl.queueHighlights(ws, issues);
        await context.sync();
        return cells;
      },
      () => isProtected,
    );
  }

  async function clearHighlights(): Promise<void> {
    require(capabilities.highlights, 'ExcelApi 1.9');
    const { highlight: hl } = await loadHeavyParts();
    await mapped(null, async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const lists = sheets.items.map((ws) => hl.queueListFormats(ws));
      await context.sync();
      const custom = lists.flatMap((l) => hl.queueCustomRules(l));
      if (custom.length === 0) return;
      await context.sync();
      // Each sheet's own collection: delete last-first within it.
      for (const l of lists) hl.queueDeleteOwn(l.items.filter((f) => custom.includes(f)));
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
    const result = await mapped(null, async (context) => {
      const item = queueLoadSettings(context);
      await context.sync();
      return settingsFrom(item);
    });
    // The pane is usable now: fetch the rest in the background (once the page is idle, so it does not
    // delay the pane's own update) so that the first action does not wait for it.
    whenIdle(() => loadHeavyParts().catch(() => undefined));
    return result;
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
    const { read, highlight: hl } = await loadHeavyParts();
    return mapped(null, async (context) => {
      const active = read.queueDims(context);
      let handle: DimsHandle = active;
      let formats = hl.queueListFormats(active.worksheet);
      await context.sync();
      // The add-in's summary sheet is active: check (and highlight) the sheet it was made from.
      const source = read.redirectFromSummary(context, active);
      if (source) {
        handle = source;
        formats = hl.queueListFormats(source.worksheet);
        await context.sync();
      }
      const dims = read.dimsOf(handle);
      if (!dims) throw new HostError('empty-sheet', 'excel.error.emptySheet');
      let custom: Excel.ConditionalFormat[] = [];
      const grid = await read.readData(context, handle, dims, () => {
        custom = hl.queueCustomRules(formats);
      });
      const report = check(grid);
      if (dims.protected) {
        return {
          report,
          highlighted: 0,
          highlightError: new HostError('protected', 'excel.error.protected', dims.sheet),
        };
      }
      hl.queueDeleteOwn(custom);
      const highlighted = hl.queueHighlights(handle.worksheet, report.issues);
      await context.sync();
      return { report, highlighted };
    });
  }

  /**
   * The summary in one Excel.run: dims + the workbook's sheets | data + each sheet's mark, tables and
   * charts | the whole write (one sync; for a very long summary, as many as keep each request under
   * 5 MB). `produce` syncs at least once (so the sheets are loaded) and calls
   * `piggyback` before its last sync. On a failed write, the sheet created in this run is deleted again.
   */
  async function summarize(
    produce: (
      context: Excel.RequestContext,
      piggyback: () => void,
    ) => Promise<{ report: Report | null; model: SummaryModel }>,
  ): Promise<{ report: Report | null; sheetName: string }> {
    require(capabilities.summarySheet, 'ExcelApi 1.12');
    const { summary: sheet } = await loadHeavyParts();
    const attempt = (mergeUndoGroup: boolean) => {
      let writeProtected = false;
      return mapped(
        mergeUndoGroup ? { mergeUndoGroup: true } : null,
        async (context) => {
          const targets = sheet.queueSummaryTargets(context);
          const held: { marks: SheetMark[] | null } = { marks: null };
          const { report, model } = await produce(context, () => {
            held.marks = sheet.queueSheetMarks(targets);
          });
          let marks = held.marks;
          if (!marks) {
            marks = sheet.queueSheetMarks(targets);
            await context.sync();
          }
          const own = sheet.ownSummarySheet(marks);
          if (own ? own.worksheet.protection.protected : targets.workbookProtection.protected) {
            writeProtected = true;
            throw new HostError('protected', 'excel.error.protected', own ? own.worksheet.name : 'workbook');
          }
          const ownTables = new Set(own ? own.tables.items.map((t) => t.name.toLowerCase()) : []);
          const newName = sheet.freeSheetName(
            model.sheetName,
            targets.worksheets.items.map((w) => w.name),
          );
          let ws: Excel.Worksheet;
          try {
            ws = await sheet.writeSummarySheet(context, model, {
              own,
              newName,
              takenTableNames: new Set(
                targets.tables.items.map((t) => t.name.toLowerCase()).filter((n) => !ownTables.has(n)),
              ),
              charts: capabilities.charts,
              sourceId: sheetIdByName(targets.worksheets.items, model.sourceSheet),
            });
          } catch (err) {
            // No half-written sheet: remove the one this run added, then report the failure.
            if (!own) await deleteCreated(sheet, context, newName);
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
    const { read } = await loadHeavyParts();
    const { report, sheetName } = await summarize(async (context, piggyback) => {
      const active = read.queueDims(context);
      await context.sync();
      // The add-in's summary sheet is active: summarise the sheet it was made from (and rewrite this one).
      const source = read.redirectFromSummary(context, active);
      if (source) await context.sync();
      const handle = source ?? active;
      const dims = read.dimsOf(handle);
      if (!dims) throw new HostError('empty-sheet', 'excel.error.emptySheet');
      const grid = await read.readData(context, handle, dims, piggyback);
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
async function deleteCreated(
  sheet: HeavyParts['summary'],
  context: Excel.RequestContext,
  name: string,
): Promise<void> {
  const found = sheet.queueFindCreated(context, name);
  await context.sync();
  if (!found.worksheet.isNullObject && !found.mark.isNullObject && found.mark.value === sheet.SUMMARY_MARK) {
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
