/**
 * What the task pane and the ribbon commands need from the workbook. The Office.js implementation
 * is createExcelHost() (src/excel/excel-host.ts); tests of the task pane pass their own.
 */
import type { WorkbookSettings } from '../core/config';
import type { Grid } from '../core/grid';
import type { Issue, Report } from '../core/model';
import type { SummaryModel } from '../core/summary/model';

export type HostErrorCode =
  /** The sheet or workbook is protected: nothing can be written. */
  | 'protected'
  /** The Excel version lacks a requirement set the action needs. */
  | 'unsupported'
  /** The sheet is empty. */
  | 'empty-sheet'
  /** The add-in's summary sheet is active and the sheet it was made from is gone: pick the data sheet. */
  | 'summary-sheet'
  /** Something else failed in Excel; the detail is kept for the log. */
  | 'excel-error';

/** An error the user can act on; `messageKey` is in the i18n catalog (messages/excel.ts). */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    readonly messageKey: string,
    readonly detail?: string,
  ) {
    super(`${code}: ${messageKey}${detail ? ` (${detail})` : ''}`);
    this.name = 'HostError';
  }
}

export interface HostCapabilities {
  /** ExcelApi 1.20: Application.mergeUndoGroup-style single undo step. */
  readonly undoGroup: boolean;
  /** Charts in the summary sheet. */
  readonly charts: boolean;
  /** ExcelApi 1.9 (RangeAreas, conditional formats on them): highlights. Absent means true. */
  readonly highlights?: boolean;
  /** ExcelApi 1.12 (worksheet custom properties): the summary sheet. Absent means true. */
  readonly summarySheet?: boolean;
}

export interface WorkbookHost {
  readonly capabilities: HostCapabilities;
  /** Reads the active sheet's used range into the core's grid. */
  readActiveSheet(): Promise<Grid>;
  /** Highlights the issues' cells on `sheet` (replacing the add-in's previous highlights, never the user's formats). */
  highlight(sheet: string, issues: readonly Issue[]): Promise<number>;
  /** Removes exactly what highlight() added, on every sheet. */
  clearHighlights(): Promise<void>;
  /** Activates `sheet` and selects `address`. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Writes the summary sheet (a new one, or the add-in's own from before); returns its name. */
  writeSummary(model: SummaryModel): Promise<{ readonly sheetName: string }>;
  loadSettings(): Promise<WorkbookSettings>;
  saveSettings(settings: WorkbookSettings): Promise<void>;

  // Optional members (the Office.js host has them; test doubles need not). The workflows use them when
  // present so that a whole validate / summary is one Excel.run of at most 3 `context.sync` calls.

  /** Like loadSettings, and says when stored settings were unusable (the defaults were taken). */
  loadSettingsChecked?(): Promise<SettingsReadResult>;
  /** Read → `check` (pure, run between the syncs) → replace the add-in's highlights. */
  validateActiveSheet?(check: (grid: Grid) => Report): Promise<ValidateResult>;
  /** Read → `check` → `build` → write the summary sheet, as one undo step where Excel allows. */
  summarizeActiveSheet?(
    check: (grid: Grid) => Report,
    build: (report: Report) => SummaryModel,
  ): Promise<SummaryResult>;
}

export interface SettingsReadResult {
  readonly settings: WorkbookSettings;
  /** Set when the stored settings were corrupt; `messageKey` is in messages/excel.ts. */
  readonly notice: { readonly messageKey: string; readonly detail?: string } | null;
}

export interface ValidateResult {
  readonly report: Report;
  /** Cells highlighted. */
  readonly highlighted: number;
  /** Set when the report stands but the highlights could not be written (a protected sheet). */
  readonly highlightError?: HostError;
}

export interface SummaryResult {
  readonly report: Report;
  readonly sheetName: string;
}
