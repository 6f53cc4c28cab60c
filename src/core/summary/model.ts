/**
 * The summary as data: blocks of typed cells that the CLI (exceljs) and the add-in (Office.js) both
 * render into a 集計 sheet, so the two can never disagree. Built by `buildSummary(report)`.
 */

export type SummaryValue =
  | { readonly kind: 'text'; readonly text: string }
  /** Integer yen; null shows as empty (unknown), never as 0. */
  | { readonly kind: 'yen'; readonly amount: number | null }
  | { readonly kind: 'count'; readonly value: number }
  /** A rate such as 0.7, shown as a percentage; null when unknown. */
  | { readonly kind: 'rate'; readonly value: number | null }
  /** ISO date; null when unknown. */
  | { readonly kind: 'date'; readonly iso: string | null }
  /** A link to a cell of the source sheet (inside the workbook only). */
  | { readonly kind: 'link'; readonly text: string; readonly sheet: string; readonly cell: string };

export interface SummaryColumn {
  readonly header: string;
  /** Suggested width in characters. */
  readonly width: number;
}

export interface SummaryChart {
  readonly type: 'bar';
  readonly title: string;
  /** Columns of the block's rows that hold the categories and the values. */
  readonly categoryColumn: number;
  readonly valueColumn: number;
}

export type SummaryBlockId = 'totals' | 'by-department' | 'by-subsidy' | 'projects' | 'overdue' | 'issues';

export interface SummaryBlock {
  readonly id: SummaryBlockId;
  readonly title: string;
  /** 'pairs': label / value rows; 'table': a header row and rows, rendered as an Excel table. */
  readonly layout: 'pairs' | 'table';
  readonly columns: readonly SummaryColumn[];
  readonly rows: ReadonlyArray<ReadonlyArray<SummaryValue>>;
  readonly chart?: SummaryChart;
}

export interface SummaryModel {
  /** The sheet name to use when free (集計 / Summary). */
  readonly sheetName: string;
  readonly title: string;
  /** Lines under the title: source sheet, as-of date, fiscal year. */
  readonly subtitle: ReadonlyArray<ReadonlyArray<SummaryValue>>;
  readonly sourceSheet: string;
  readonly asOf: string;
  readonly blocks: readonly SummaryBlock[];
}
