/**
 * The bad-input corpus: every case, its input (a grid of cells, or the bytes of a file) and the
 * outcome it must give. build-corpus.ts turns the inputs into files; corpus.test.ts runs each case
 * through the core (check()), the CLI (main(), in-process) and the Excel adapter's read path;
 * docs/reliability.md holds the table generated from this list (corpus-doc.ts).
 *
 * Nothing here is binary or big on disk: inputs are generated at test time.
 */
import { readFile } from 'fs/promises';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import JSZip from 'jszip';
import type ExcelJS from 'exceljs';
import type { Cell } from '../../src/core/grid';
import type { Report } from '../../src/core/model';
import { SAMPLE_HEADER } from '../helpers/sample';

/** A cell as the corpus writes it: a plain value, or a full grid cell (formula errors, dates). */
export type CellSpec = string | number | boolean | null | Cell;

export interface GridInput {
  readonly kind: 'grid';
  readonly sheet?: string;
  readonly rows: ReadonlyArray<ReadonlyArray<CellSpec>>;
  /** How the CLI gets it: an .xlsx (default) or a UTF-8 CSV. */
  readonly cliAs?: 'xlsx' | 'csv';
  /** Extra workbook features for the .xlsx (merges, hidden rows, filters) after the values are written. */
  readonly decorate?: (ws: ExcelJS.Worksheet) => void;
}

export interface FileInput {
  readonly kind: 'file';
  /** File name extension with the dot (.xlsx, .csv). */
  readonly ext: string;
  readonly bytes: () => Buffer | Promise<Buffer>;
}

export interface IssueExpectation {
  readonly rule: string;
  /** A1 address; null for a sheet-wide issue; omitted: any cell. */
  readonly cell?: string | null;
  readonly messageKey?: string;
}

export interface Expectation {
  /** CLI exit code: 0 no error issue, 1 error issues, 2 unreadable input. */
  readonly exit: 0 | 1 | 2;
  readonly projects?: number;
  /** totals.cost in yen. */
  readonly cost?: number;
  /** Issues that must be in the report. */
  readonly issues?: readonly IssueExpectation[];
  /** Rules that must not raise any issue. */
  readonly noIssues?: readonly string[];
  /** Exit 2: the catalog key of the CLI's error (rendered ja and en on stderr). */
  readonly cliError?: string;
  /** Parameters of that error besides {file}. */
  readonly cliErrorParams?: Readonly<Record<string, string>>;
  /** A warning the CLI prints on stderr (catalog key), the report still written. */
  readonly cliWarning?: string;
  /** Parameters of that warning besides {file}. */
  readonly cliWarningParams?: Readonly<Record<string, string>>;
  /** Texts that must come through unchanged (project names in --json). */
  readonly names?: readonly string[];
  /** The Excel adapter: the same report, the empty-sheet HostError, or not applicable (file-level case). */
  readonly excel: 'same' | 'empty-sheet' | 'n/a';
  /** Anything else to assert on the report (core, CLI --json and adapter alike). */
  readonly more?: (report: Report) => void;
}

export interface CorpusCase {
  readonly id: string;
  /** What the case is, for the docs table. */
  readonly title: string;
  readonly input: GridInput | FileInput;
  readonly expect: Expectation;
  /** A behaviour we want but do not have yet: the desired check is run as a failing test. */
  readonly gap?: { readonly text: string; readonly desired: (report: Report) => void };
}

// ------------------------------------------------------------------ building blocks

export const HEADER = SAMPLE_HEADER;

const TITLE = ['本市におけるDXの推進状況について'];
const SECTION = ['①令和6年度実施事業'];

/** One project row: No., name, department, cost, then overview/status/plan/remarks. */
export function project(
  no: CellSpec,
  name: CellSpec,
  dept: CellSpec,
  cost: CellSpec,
  rest: { overview?: CellSpec; status?: CellSpec; plan?: CellSpec; remarks?: CellSpec } = {},
): CellSpec[] {
  return [
    no,
    name,
    dept,
    cost,
    rest.overview ?? '概要',
    rest.status ?? '6月に契約締結',
    rest.plan ?? '7年2月より稼働予定',
    rest.remarks ?? null,
  ];
}

/** A sheet: title, section label, header on row 4 (1-based), then the given project rows from row 5. */
export function sheet(...projects: CellSpec[][]): CellSpec[][] {
  return [TITLE, [], SECTION, [...HEADER], ...projects];
}

const err = (code: string, formula = '=Sheet9!A1'): Cell => ({ value: code, error: code, formula });
const serial = (value: number, date: string): Cell => ({ value, date, numberFormat: 'yyyy/m/d' });

function sjisCsv(text: string): Buffer {
  return iconv.encode(text, 'cp932');
}

const CSV_HEAD = 'No.,事業名称,担当課,事業経費,概要,R6前期実施状況,R6後期→R7実施予定,備考';

/** Deterministic bytes that are neither a zip nor an OLE file. */
function noise(n: number): Buffer {
  return Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + 7) % 256));
}

// ------------------------------------------------------------------ the cases

const LONG = 32_767; // Excel's cell text limit

const manyRows = (n: number): CellSpec[][] => {
  const rows: CellSpec[][] = [];
  for (let i = 1; i <= n; i++) rows.push(project(i, `事業${i}`, i % 2 ? '情報政策課' : '総務課', i));
  return rows;
};

export const CASES: readonly CorpusCase[] = [
  // --- shape of the sheet
  {
    id: 'empty-sheet',
    title: 'An empty sheet',
    input: { kind: 'grid', rows: [] },
    expect: {
      exit: 1,
      projects: 0,
      issues: [{ rule: 'missing-table', cell: null, messageKey: 'rule.missing-table' }],
      excel: 'empty-sheet',
    },
  },
  {
    id: 'blank-cells-only',
    title: 'Cells holding only spaces (half- and full-width)',
    input: {
      kind: 'grid',
      rows: [
        [' ', '\u3000'],
        ['\t', null, '  '],
      ],
    },
    expect: { exit: 1, projects: 0, issues: [{ rule: 'missing-table', cell: null }], excel: 'same' },
  },
  {
    id: 'headers-only',
    title: 'The header row and nothing under it',
    input: { kind: 'grid', rows: sheet() },
    expect: {
      exit: 0,
      projects: 0,
      cost: 0,
      issues: [{ rule: 'empty-table', cell: 'A4', messageKey: 'rule.empty-table' }],
      excel: 'same',
    },
  },
  {
    id: 'title-only',
    title: 'A title line and no table',
    input: { kind: 'grid', rows: [TITLE, ['令和6年11月8日']] },
    expect: { exit: 1, projects: 0, issues: [{ rule: 'missing-table', cell: null }], excel: 'same' },
  },
  {
    id: 'no-recognisable-header',
    title: 'A table whose headers name none of the known columns',
    input: {
      kind: 'grid',
      rows: [
        ['番', '件名', '部署', '金'],
        [1, 'A', '情報政策課', '1,000円'],
      ],
    },
    expect: { exit: 1, projects: 0, issues: [{ rule: 'missing-table', cell: null }], excel: 'same' },
  },
  {
    id: 'two-tables-side-by-side',
    title: 'Two tables side by side (the same headers twice on one row)',
    input: {
      kind: 'grid',
      rows: [
        [...HEADER, null, ...HEADER],
        [
          ...project(1, '左の事業', '情報政策課', '1,000円'),
          null,
          ...project(1, '右の事業', '総務課', '2,000円'),
        ],
      ],
    },
    expect: {
      exit: 0,
      projects: 1,
      cost: 1000,
      names: ['左の事業'],
      issues: [{ rule: 'ignored-columns', cell: 'J1', messageKey: 'rule.ignored-columns' }],
      excel: 'same',
    },
  },
  {
    id: 'merged-cells',
    title: 'Merged cells across rows (a name over two rows) and columns (a title across the table)',
    input: {
      kind: 'grid',
      rows: sheet(
        project(1, '二行に結合した事業', '情報政策課', '1,000円'),
        project(null, null, null, null, { overview: '続き', status: null, plan: null }),
        project(2, '事業B', '総務課', '2,000円'),
      ),
      decorate: (ws) => {
        ws.mergeCells('A1:H1');
        ws.mergeCells('A5:A6');
        ws.mergeCells('B5:B6');
        ws.mergeCells('C5:C6');
        ws.mergeCells('D5:D6');
      },
    },
    expect: {
      exit: 0,
      projects: 2,
      cost: 3000,
      names: ['二行に結合した事業', '事業B'],
      // The grid carries no merge information (Excel gives the value in the top-left cell only), so
      // the continuation row is judged on its own.
      excel: 'same',
    },
  },
  {
    id: 'hidden-and-filtered-rows',
    title: 'Hidden rows and a filtered range: hidden projects still count',
    input: {
      kind: 'grid',
      rows: sheet(
        project(1, '表示', '情報政策課', '1,000円'),
        project(2, '非表示', '総務課', '2,000円'),
        project(3, 'フィルタで隠れた', '広報課', '4,000円'),
      ),
      decorate: (ws) => {
        ws.getRow(6).hidden = true;
        ws.autoFilter = 'A4:H7';
        ws.getRow(7).hidden = true;
        ws.getColumn(5).hidden = true;
      },
    },
    expect: { exit: 0, projects: 3, cost: 7000, excel: 'same' },
  },
  {
    id: 'huge-column-count',
    title: 'A value in the last column (XFD, 16,384 columns wide)',
    input: {
      kind: 'grid',
      rows: [
        ...sheet(project(1, '事業A', '情報政策課', '1,000円')),
        [...Array.from({ length: 16_383 }, () => null), '最後の列'],
      ],
    },
    expect: { exit: 0, projects: 1, cost: 1000, excel: 'same' },
  },
  {
    id: 'rows-100000',
    title: '100,000 project rows',
    input: { kind: 'grid', rows: sheet(...manyRows(100_000)), cliAs: 'csv' },
    expect: {
      exit: 0,
      projects: 100_000,
      cost: (100_000 * 100_001) / 2,
      // The Office.js double takes minutes at this size; test/excel reads 5,000 rows in the same syncs.
      excel: 'n/a',
      more: (r) => expect(r.projects[99_999]).toMatchObject({ no: 100_000, row: 100_004 }),
    },
  },

  // --- formula errors, types, dates
  {
    id: 'formula-errors-every-column',
    title: 'A formula error in every column of a project row',
    input: {
      kind: 'grid',
      rows: sheet(
        project(1, '事業A', '情報政策課', '1,000円'),
        ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#N/A'].map((e) => err(e)),
      ),
    },
    expect: {
      exit: 1,
      issues: ['A6', 'B6', 'C6', 'D6', 'E6', 'F6', 'G6', 'H6'].map((cell) => ({
        rule: 'formula-error',
        cell,
      })),
      excel: 'same',
    },
  },
  {
    id: 'formula-error-costs',
    title: 'Formula errors in the cost column (#VALUE!, #REF!)',
    input: {
      kind: 'grid',
      rows: sheet(
        project(1, '事業A', '情報政策課', err('#VALUE!', '=D9*"x"')),
        project(2, '事業B', '総務課', err('#REF!')),
        project(3, '事業C', '広報課', 500),
      ),
    },
    expect: {
      exit: 1,
      projects: 3,
      cost: 500,
      issues: [
        { rule: 'formula-error', cell: 'D5' },
        { rule: 'formula-error', cell: 'D6' },
      ],
      excel: 'same',
    },
  },
  {
    id: 'numbers-as-text',
    title: 'Numbers stored as text (No. "1", cost "1000")',
    input: {
      kind: 'grid',
      rows: sheet(project('1', '事業A', '情報政策課', '1000'), project('2', '事業B', '総務課', '2,500')),
    },
    expect: { exit: 0, projects: 2, cost: 3500, noIssues: ['type-error'], excel: 'same' },
  },
  {
    id: 'text-as-numbers',
    title: 'Text columns holding numbers (a name 2024, a department 123)',
    input: {
      kind: 'grid',
      rows: sheet(project(1, 2024, 123, '1,000円'), project(2, '事業B', '総務課', 2000)),
    },
    expect: {
      exit: 0,
      projects: 2,
      cost: 3000,
      names: ['2024', '事業B'],
      excel: 'same',
      more: (r) => expect(r.projects[0].departments).toEqual(['123']),
    },
  },
  {
    id: 'dates-as-serials',
    title: 'Dates as Excel serial numbers in the status and plan columns',
    input: {
      kind: 'grid',
      rows: sheet(
        project(1, '事業A', '情報政策課', '1,000円', {
          status: serial(45_474, '2024-07-01'),
          plan: serial(45_688, '2025-01-31'),
        }),
      ),
    },
    expect: { exit: 0, projects: 1, cost: 1000, excel: 'same' },
  },
  {
    id: 'serial-in-cost-column',
    title: 'A date (serial number) typed into the cost column',
    input: {
      kind: 'grid',
      rows: sheet(project(1, '事業A', '情報政策課', serial(45_604, '2024-11-08'))),
    },
    expect: {
      exit: 1,
      projects: 1,
      cost: 0,
      issues: [{ rule: 'unreadable-amount', cell: 'D5', messageKey: 'rule.unreadable-amount' }],
      excel: 'same',
    },
  },
  {
    id: 'booleans',
    title: 'TRUE/FALSE in the No. and cost columns',
    input: { kind: 'grid', rows: sheet(project(true, '事業A', '情報政策課', false)) },
    expect: { exit: 1, projects: 1, cost: 0, issues: [{ rule: 'type-error', cell: 'A5' }], excel: 'same' },
  },

  // --- text
  {
    id: 'cells-32767-chars',
    title: 'Cells of 32,767 characters (Excel’s limit) in the name, overview and status',
    input: {
      kind: 'grid',
      rows: sheet(
        project(1, '事'.repeat(LONG), '情報政策課', '1,000円', {
          overview: 'あ'.repeat(LONG),
          status: '6月に契約締結。'.repeat(Math.floor(LONG / 8)),
        }),
      ),
    },
    expect: {
      exit: 0,
      projects: 1,
      cost: 1000,
      excel: 'same',
      more: (r) => expect(r.projects[0].name).toHaveLength(LONG),
    },
  },
  {
    id: 'cost-32767-digits',
    title: 'A cost cell of 32,767 digits',
    input: { kind: 'grid', rows: sheet(project(1, '事業A', '情報政策課', '1'.repeat(LONG))) },
    expect: {
      exit: 1,
      cost: 0,
      issues: [{ rule: 'unreadable-amount', cell: 'D5', messageKey: 'rule.unreadable-amount.too-large' }],
      excel: 'same',
    },
  },
  {
    id: 'control-characters',
    title: 'Control characters (NUL, BEL, vertical tab, zero-width space) in text cells',
    input: {
      kind: 'grid',
      rows: sheet(project(1, '事業\u200bA', '情報政策課', '1,000円\u200b', { overview: 'a\u0007b\u000bc' })),
    },
    expect: { exit: 0, projects: 1, cost: 1000, excel: 'same' },
  },
  {
    id: 'nul-in-csv',
    title: 'NUL and BEL bytes inside a CSV field',
    input: {
      kind: 'file',
      ext: '.csv',
      bytes: () => Buffer.from(`${CSV_HEAD}\r\n1,事業\u0000A\u0007,情報政策課,"1,000円",,,,\r\n`, 'utf8'),
    },
    expect: { exit: 0, projects: 1, cost: 1000, names: ['事業\u0000A\u0007'], excel: 'n/a' },
  },
  {
    id: 'emoji-surrogates',
    title: 'Emoji, skin-tone modifiers and surrogate pairs (𠮷) in names and departments',
    input: {
      kind: 'grid',
      rows: sheet(
        project(1, '👍🏽 市民アプリ 📱', '情報政策課', '1,000円'),
        project(2, '𠮷野町の窓口', '𠮷野支所', '2,000円'),
      ),
    },
    expect: {
      exit: 0,
      projects: 2,
      cost: 3000,
      names: ['👍🏽 市民アプリ 📱', '𠮷野町の窓口'],
      excel: 'same',
      more: (r) => expect(r.projects[1].departments).toEqual(['𠮷野支所']),
    },
  },
  {
    id: 'lone-surrogate',
    title: 'A lone surrogate (broken UTF-16) in a CSV-decoded cell',
    input: {
      kind: 'file',
      ext: '.csv',
      bytes: () =>
        Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          iconv.encode(`${CSV_HEAD}\r\n1,事業\ud800A,情報政策課,100,,,,\r\n`, 'utf-16le'),
        ]),
    },
    expect: { exit: 0, projects: 1, cost: 100, excel: 'n/a' },
  },
  {
    id: 'full-width-digits',
    title: 'Full-width digits and commas in the cost and No. (１２，３４５円)',
    input: {
      kind: 'grid',
      rows: sheet(
        project('１', '事業A', '情報政策課', '１２，３４５円'),
        project('２', '事業B', '総務課', '１万円'),
      ),
    },
    expect: { exit: 0, projects: 2, cost: 22_345, noIssues: ['type-error'], excel: 'same' },
  },
  {
    id: 'wave-dash-variants',
    title: 'Range marks 〜 (U+301C), ～ (U+FF5E), ~ and half-width katakana (ﾃﾞｼﾞ田)',
    input: {
      kind: 'grid',
      rows: sheet(
        project(1, '事業A', '情報政策課', '1,000円', { plan: '7年1月〜3月 稼働予定', remarks: 'デジ田' }),
        project(2, '事業B', '情報政策課', '2,000円', { plan: '7年1月～3月 稼働予定', remarks: 'ﾃﾞｼﾞ田' }),
        project(3, '事業C', '情報政策課', '4,000円', { plan: '7年1月~3月 稼働予定', remarks: 'デジ田' }),
      ),
    },
    expect: {
      exit: 0,
      projects: 3,
      cost: 7000,
      excel: 'same',
      more: (r) => {
        expect(r.totals.subsidyEligibleCost).toBe(7000);
        const ends = r.projects.map((p) => p.milestones.map((m) => m.end));
        expect(ends[1]).toEqual(ends[0]);
        expect(ends[2]).toEqual(ends[0]);
      },
    },
  },

  // --- amounts
  {
    id: 'amount-beyond-safe-integer-text',
    title: 'An amount beyond Number.MAX_SAFE_INTEGER written as text (9,007,199,254,740,993円)',
    input: { kind: 'grid', rows: sheet(project(1, '事業A', '情報政策課', '9,007,199,254,740,993円')) },
    expect: {
      exit: 1,
      cost: 0,
      issues: [{ rule: 'unreadable-amount', cell: 'D5', messageKey: 'rule.unreadable-amount.too-large' }],
      excel: 'same',
    },
  },
  {
    id: 'amount-beyond-safe-integer-number',
    title: 'An amount beyond Number.MAX_SAFE_INTEGER as a number cell (1E+20)',
    input: { kind: 'grid', rows: sheet(project(1, '事業A', '情報政策課', 1e20)) },
    expect: {
      exit: 1,
      cost: 0,
      issues: [{ rule: 'unreadable-amount', cell: 'D5', messageKey: 'rule.unreadable-amount.too-large' }],
      excel: 'same',
    },
  },
  {
    id: 'amount-in-kei',
    title: 'An amount in 京 (1京円 = 10^16 yen)',
    input: { kind: 'grid', rows: sheet(project(1, '事業A', '情報政策課', '1京円')) },
    expect: {
      exit: 1,
      cost: 0,
      issues: [{ rule: 'unreadable-amount', cell: 'D5', messageKey: 'rule.unreadable-amount.too-large' }],
      excel: 'same',
    },
  },
  {
    id: 'sum-near-safe-integer',
    title: 'Two amounts each safe, their sum not (2 × 5,000兆円)',
    input: {
      kind: 'grid',
      rows: sheet(
        project(1, '事業A', '情報政策課', '5000兆円'),
        project(2, '事業B', '情報政策課', '5000兆円'),
      ),
    },
    expect: {
      exit: 1,
      projects: 2,
      cost: 5_000_000_000_000_000,
      issues: [{ rule: 'total-too-large', cell: 'D6', messageKey: 'rule.total-too-large' }],
      excel: 'same',
      more: (r) => {
        expect(r.projects.map((p) => p.cost.amount)).toEqual([5e15, 5e15]);
        expect(Number.isSafeInteger(r.totals.cost)).toBe(true);
        expect(r.totals.byDepartment).toEqual({ 情報政策課: 5e15 });
      },
    },
  },
  {
    id: 'negative-costs',
    title: 'Negative costs (-1,000円 as text, -500 as a number, △300円)',
    input: {
      kind: 'grid',
      rows: sheet(
        project(1, '事業A', '情報政策課', '-1,000円'),
        project(2, '事業B', '総務課', -500),
        project(3, '事業C', '総務課', '△300円'),
      ),
    },
    expect: {
      exit: 0,
      projects: 3,
      issues: [
        { rule: 'unreadable-amount', cell: 'D5', messageKey: 'rule.unreadable-amount.negative' },
        { rule: 'unreadable-amount', cell: 'D6', messageKey: 'rule.unreadable-amount.negative' },
        { rule: 'unreadable-amount', cell: 'D7' },
      ],
      excel: 'same',
    },
  },
  {
    id: 'zero-costs',
    title: 'Zero costs (0 as a number, 0円 as text)',
    input: {
      kind: 'grid',
      rows: sheet(project(1, '事業A', '情報政策課', 0), project(2, '事業B', '総務課', '0円')),
    },
    expect: { exit: 0, projects: 2, cost: 0, noIssues: ['unreadable-amount'], excel: 'same' },
  },
  {
    id: 'letter-o-for-zero',
    title: 'Letters for digits in an amount (19,140,OOO円)',
    input: { kind: 'grid', rows: sheet(project(1, '事業A', '情報政策課', '19,140,OOO円')) },
    expect: {
      exit: 1,
      issues: [{ rule: 'unreadable-amount', cell: 'D5', messageKey: 'rule.unreadable-amount' }],
      excel: 'same',
    },
  },

  // --- sheet names
  {
    id: 'sheet-name-with-quotes',
    title: 'A sheet name with quotes and brackets (It\'s "DX" (案))',
    input: {
      kind: 'grid',
      sheet: 'It\'s "DX" (案)',
      rows: sheet(project(1, '事業A', '情報政策課', '1,000円')),
    },
    expect: {
      exit: 0,
      projects: 1,
      excel: 'same',
      more: (r) => expect(r.sheet).toBe('It\'s "DX" (案)'),
    },
  },

  // --- files the CLI cannot read
  {
    id: 'binary-renamed-xlsx',
    title: 'A binary file renamed .xlsx',
    input: { kind: 'file', ext: '.xlsx', bytes: () => noise(4096) },
    expect: { exit: 2, cliError: 'cli.error.notXlsx', excel: 'n/a' },
  },
  {
    id: 'zero-byte-xlsx',
    title: 'A zero-byte .xlsx',
    input: { kind: 'file', ext: '.xlsx', bytes: () => Buffer.alloc(0) },
    expect: { exit: 2, cliError: 'cli.error.notXlsx', excel: 'n/a' },
  },
  {
    id: 'encrypted-xlsx',
    title: 'A password-protected .xlsx (an OLE compound file: D0 CF 11 E0 A1 B1 1A E1)',
    input: {
      kind: 'file',
      ext: '.xlsx',
      bytes: () =>
        Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4088)]),
    },
    expect: { exit: 2, cliError: 'cli.error.legacyOrEncrypted', excel: 'n/a' },
  },
  {
    id: 'legacy-xls',
    title: 'An old .xls (the same OLE signature)',
    input: {
      kind: 'file',
      ext: '.xls',
      bytes: () =>
        Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
    },
    expect: { exit: 2, cliError: 'cli.error.legacyOrEncrypted', excel: 'n/a' },
  },
  {
    id: 'truncated-zip',
    title: 'A truncated .xlsx (the first half of a real workbook)',
    input: { kind: 'file', ext: '.xlsx', bytes: async () => (await sampleBytes()).subarray(0, 8000) },
    expect: { exit: 2, cliError: 'cli.error.notXlsx', excel: 'n/a' },
  },
  {
    id: 'truncated-zip-tail',
    title: 'A .xlsx missing its last 10 bytes (the zip directory cut)',
    input: {
      kind: 'file',
      ext: '.xlsx',
      bytes: async () => {
        const b = await sampleBytes();
        return b.subarray(0, b.length - 10);
      },
    },
    expect: { exit: 2, cliError: 'cli.error.notXlsx', excel: 'n/a' },
  },
  {
    id: 'zip-not-workbook',
    title: 'A zip that is not a workbook (no xl/workbook.xml), named .xlsx',
    input: { kind: 'file', ext: '.xlsx', bytes: () => zipOf({ 'word/document.xml': '<w:document/>' }) },
    expect: { exit: 2, cliError: 'cli.error.notXlsx', excel: 'n/a' },
  },
  {
    id: 'corrupt-sheet-xml',
    title: 'A workbook whose sheet XML is corrupt',
    input: {
      kind: 'file',
      ext: '.xlsx',
      bytes: async () =>
        replaceZipEntry(await sampleBytes(), 'xl/worksheets/sheet1.xml', '<worksheet><sheetData><row'),
    },
    expect: { exit: 2, cliError: 'cli.error.xlsxLoad', excel: 'n/a' },
  },
  {
    id: 'unsupported-extension',
    title: 'A file type the CLI does not read (.pdf)',
    input: { kind: 'file', ext: '.pdf', bytes: () => Buffer.from('%PDF-1.7\n') },
    expect: { exit: 2, cliError: 'cli.error.unsupportedType', excel: 'n/a' },
  },

  // --- CSV and text encodings
  {
    id: 'csv-empty',
    title: 'An empty CSV (only line breaks)',
    input: { kind: 'file', ext: '.csv', bytes: () => Buffer.from('\r\n\n') },
    expect: { exit: 2, cliError: 'cli.error.csvEmpty', excel: 'n/a' },
  },
  {
    id: 'csv-mixed-line-endings',
    title: 'A CSV with CRLF, LF and CR line ends mixed, and a quoted line break',
    input: {
      kind: 'file',
      ext: '.csv',
      bytes: () =>
        Buffer.from(
          `${CSV_HEAD}\r\n1,事業A,情報政策課,100円,,,,\n2,事業B,"総務課\r\n広報課",200円,,,,\r3,事業C,広報課,"3,000円",,,,\r\n`,
        ),
    },
    expect: {
      exit: 0,
      projects: 3,
      cost: 3300,
      excel: 'n/a',
      more: (r) => expect(r.projects[1].departments).toEqual(['総務課', '広報課']),
    },
  },
  {
    id: 'csv-broken-quote',
    title: 'A CSV with a quote that is never closed',
    input: {
      kind: 'file',
      ext: '.csv',
      bytes: () => Buffer.from(`${CSV_HEAD}\n1,"事業A,情報政策課,100円\n2,事業B,総務課,200円\n`),
    },
    expect: {
      exit: 2,
      cliError: 'cli.error.csvUnterminatedQuote',
      cliErrorParams: { line: '2' },
      excel: 'n/a',
    },
  },
  {
    id: 'csv-stray-quote',
    title: 'A quote in the middle of an unquoted field (kept as written)',
    input: {
      kind: 'file',
      ext: '.csv',
      bytes: () => Buffer.from(`${CSV_HEAD}\n1,事業"A",情報政策課,100円\n`),
    },
    expect: { exit: 0, projects: 1, names: ['事業"A"'], excel: 'n/a' },
  },
  {
    id: 'sjis-cp932-extensions',
    title: 'Shift_JIS (CP932) with characters outside JIS X 0208: ①, 髙, ㈱, Ⅸ, ～',
    input: {
      kind: 'file',
      ext: '.csv',
      bytes: () => sjisCsv(`${CSV_HEAD}\r\n1,①髙橋㈱Ⅸ連携～,情報政策課,"1,000円",,,,\r\n`),
    },
    expect: { exit: 0, projects: 1, cost: 1000, names: ['①髙橋㈱Ⅸ連携～'], excel: 'n/a' },
  },
  {
    id: 'utf8-outside-cp932',
    title: 'UTF-8 without BOM holding ①, 髙 and characters CP932 lacks (𠮷, 🙂)',
    input: {
      kind: 'file',
      ext: '.csv',
      bytes: () => Buffer.from(`${CSV_HEAD}\r\n1,①髙𠮷🙂,情報政策課,"1,000円",,,,\r\n`, 'utf8'),
    },
    expect: { exit: 0, projects: 1, names: ['①髙𠮷🙂'], excel: 'n/a' },
  },
  {
    id: 'sjis-undecodable-bytes',
    title: 'Shift_JIS with byte sequences CP932 does not define (0x85 0x40)',
    input: {
      kind: 'file',
      ext: '.csv',
      bytes: () =>
        Buffer.concat([
          sjisCsv(`${CSV_HEAD}\r\n1,事業`),
          Buffer.from([0x85, 0x40]),
          sjisCsv(`A,情報政策課,"1,000円",,,,\r\n`),
        ]),
    },
    expect: {
      exit: 0,
      projects: 1,
      cost: 1000,
      names: ['事業\uFFFD@A'],
      cliWarning: 'cli.warning.undecodable',
      cliWarningParams: { encoding: 'Shift_JIS (CP932)', count: '1', line: '2' },
      excel: 'n/a',
    },
  },
  {
    id: 'utf8-damaged-byte',
    title: 'UTF-8 with one damaged byte (stays UTF-8, the loss reported)',
    input: {
      kind: 'file',
      ext: '.csv',
      bytes: () =>
        Buffer.concat([
          Buffer.from(`${CSV_HEAD}\r\n1,事業`),
          Buffer.from([0xff]),
          Buffer.from(`A,情報政策課,100円,,,,\r\n`),
        ]),
    },
    expect: {
      exit: 0,
      projects: 1,
      names: ['事業\uFFFDA'],
      cliWarning: 'cli.warning.undecodable',
      cliWarningParams: { encoding: 'UTF-8', count: '1', line: '2' },
      excel: 'n/a',
    },
  },
  {
    id: 'utf16-tsv',
    title: 'Excel’s "Unicode text" (UTF-16LE with BOM, tab-separated)',
    input: {
      kind: 'file',
      ext: '.txt',
      bytes: () =>
        Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          iconv.encode(`${HEADER.join('\t')}\r\n1\t事業A\t情報政策課\t1,000円\t\t\t\t\r\n`, 'utf-16le'),
        ]),
    },
    expect: { exit: 0, projects: 1, cost: 1000, excel: 'n/a' },
  },
  {
    id: 'csv-huge-field-count',
    title: 'A CSV line of 20,000 fields',
    input: {
      kind: 'file',
      ext: '.csv',
      bytes: () => Buffer.from(`${CSV_HEAD}\r\n1,事業A,情報政策課,100円${',x'.repeat(20_000)}\r\n`),
    },
    expect: { exit: 0, projects: 1, cost: 100, excel: 'n/a' },
  },
];

// ------------------------------------------------------------------ zip helpers for file cases

export const SAMPLE_XLSX = path.resolve(__dirname, '..', '..', 'samples', 'dx-status-r6.xlsx');

export function sampleBytes(): Promise<Buffer> {
  return readFile(SAMPLE_XLSX);
}

/** A zip holding the given entries. */
export async function zipOf(entries: Readonly<Record<string, string | Buffer>>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(entries)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The zip with one entry's content replaced (or added). */
export async function replaceZipEntry(buf: Buffer, name: string, content: string | Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
