/** A WorkbookHost for tests: a grid to read, and a record of every call. */
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_SETTINGS, type WorkbookSettings } from '../../core/config';
import type { Cell, Grid } from '../../core/grid';
import type { Issue } from '../../core/model';
import type { SummaryModel } from '../../core/summary/model';
import type { HostCapabilities, WorkbookHost } from '../../excel/host';

export interface FakeHost extends WorkbookHost {
  readonly calls: {
    selectCell: Array<[string, string]>;
    highlight: Array<[string, number]>;
    clearHighlights: number;
    writeSummary: SummaryModel[];
    saveSettings: WorkbookSettings[];
  };
}

export interface FakeHostOptions {
  readonly grid?: Grid;
  readonly settings?: WorkbookSettings;
  /** Thrown by readActiveSheet (e.g. a HostError). */
  readonly readError?: unknown;
  readonly summaryError?: unknown;
  readonly summarySheetName?: string;
}

export function fakeHost(options: FakeHostOptions = {}): FakeHost {
  let settings = options.settings ?? DEFAULT_SETTINGS;
  const calls: FakeHost['calls'] = {
    selectCell: [],
    highlight: [],
    clearHighlights: 0,
    writeSummary: [],
    saveSettings: [],
  };
  const capabilities: HostCapabilities = { undoGroup: true, charts: true };
  return {
    capabilities,
    calls,
    async readActiveSheet() {
      if (options.readError !== undefined) throw options.readError;
      return options.grid ?? sampleGrid();
    },
    async highlight(sheet: string, issues: readonly Issue[]) {
      const cells = new Set(issues.map((i) => i.cell).filter((c): c is string => c !== null));
      calls.highlight.push([sheet, cells.size]);
      return cells.size;
    },
    async clearHighlights() {
      calls.clearHighlights++;
    },
    async selectCell(sheet: string, address: string) {
      calls.selectCell.push([sheet, address]);
    },
    async writeSummary(model: SummaryModel) {
      if (options.summaryError !== undefined) throw options.summaryError;
      calls.writeSummary.push(model);
      return { sheetName: options.summarySheetName ?? '集計' };
    },
    async loadSettings() {
      return settings;
    },
    async saveSettings(next: WorkbookSettings) {
      calls.saveSettings.push(next);
      settings = next;
    },
  };
}

/** A grid from tab-separated lines (each cell text; numbers stay text, as pasted). */
export function gridFromTsv(text: string, sheet = 'Sheet1'): Grid {
  const rows: Cell[][] = text
    .replace(/\r\n?/g, '\n')
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => (line === '' ? [] : line.split('\t').map((v): Cell => ({ value: v === '' ? null : v }))));
  return { sheet, top: 0, left: 0, rows };
}

/** The published sample sheet (令和6年11月8日). */
export function sampleGrid(): Grid {
  const file = path.join(__dirname, '../../../samples/dx-status-r6-2024-11-08.txt');
  return gridFromTsv(fs.readFileSync(file, 'utf8'), 'R6');
}
