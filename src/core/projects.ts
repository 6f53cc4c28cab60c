/**
 * Data rows → projects: one Project per row of a table section that has a No. or a name. Each cell is
 * read by its logical column; cost, departments, subsidy flags and milestones come from the parsers.
 * Linear in the number of rows.
 */
import type { SubsidyProgram } from './config';
import { parseDepartments } from './departments/parse';
import { cellAt, cellText, columnLetters } from './grid';
import type { Cell, Grid } from './grid';
import type { ColumnInfo, ColumnKey, Cost, Project, TableSection } from './model';
import { parseCost } from './money/parse';
import { readMilestones } from './schedule';
import { detectSubsidies } from './subsidies/detect';
import { sectionTitle } from './table/detect';

export interface ExtractOptions {
  readonly subsidyPrograms: readonly SubsidyProgram[];
  readonly fiscalYear: number | null;
  readonly asOf: string;
  /** The date the sheet is stamped with (令和6年11月8日): plain clauses dated before it count as done. */
  readonly sheetDate?: string | null;
}

/** A problem met while reading one row; the pipeline reports it instead of failing the whole check. */
export interface ExtractProblem {
  readonly row: number;
  readonly step: string;
  readonly reason: string;
}

const COLUMN_ORDER: readonly ColumnKey[] = [
  'no',
  'name',
  'department',
  'cost',
  'overview',
  'status',
  'plan',
  'remarks',
];

/** Rows that total the table rather than describe a project (合計, 小計). */
/** A No. written as text: 3, No.3, 3. (after NFKC and trimming). */
const NO_TEXT = /^(?:no\.?\s*)?(\d{1,15})\.?$/i;
const TOTAL_ROW = /^(?:合\s*計|小\s*計|総\s*計|計|total|subtotal)$/i;

/** The No. as a whole number: a numeric cell, or text such as "1", "１", "No.3", "3."; else null. */
export function readNo(cell: Cell, text: string): number | null {
  if (typeof cell.value === 'number')
    return Number.isSafeInteger(cell.value) && cell.value >= 0 ? cell.value : null;
  const m = NO_TEXT.exec(text.normalize('NFKC').trim());
  return m ? Number(m[1]) : null;
}

export function emptyCost(text = '', cell: string | null = null): Cost {
  return {
    amount: null,
    basis: 'unknown',
    cell,
    text,
    approximate: false,
    multiYear: null,
    includesRunningCosts: false,
    parts: [],
    allocation: {},
    problem: null,
  };
}

/**
 * A row's values by column. With every column present (COLUMN_ORDER), built at once: one object of a
 * fixed shape, keys in the same order as added one by one.
 */
function byColumn(
  columns: readonly ColumnInfo[],
  values: readonly string[],
): Partial<Record<ColumnKey, string>> {
  if (columns.length === COLUMN_ORDER.length) {
    return {
      no: values[0],
      name: values[1],
      department: values[2],
      cost: values[3],
      overview: values[4],
      status: values[5],
      plan: values[6],
      remarks: values[7],
    };
  }
  const out: Partial<Record<ColumnKey, string>> = {};
  for (let k = 0; k < columns.length; k++) out[columns[k].key] = values[k];
  return out;
}

/** A text cell of the current row, as the subsidy and schedule readers take it (refilled per row). */
interface TextCell {
  readonly column: ColumnKey;
  cell: string;
  text: string;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function extractProjects(
  grid: Grid,
  tables: readonly TableSection[],
  options: ExtractOptions,
  problems: ExtractProblem[] = [],
): Project[] {
  const projects: Project[] = [];
  const scheduleContext = {
    fiscalYear: options.fiscalYear,
    asOf: options.asOf,
    sheetDate: options.sheetDate ?? null,
  };
  for (const table of tables) {
    const section = table.title ? sectionTitle(table.title) : '';
    const columns = COLUMN_ORDER.flatMap((key) => {
      const info = table.columns[key];
      return info ? [info] : [];
    });
    const letters = columns.map((c) => columnLetters(c.col));
    // One entry per text column (all but No.), refilled for each row: the subsidy and schedule readers
    // pass over empty texts and keep none of the entries, so no list or entry is built per row.
    const textCells: TextCell[] = [];
    for (let k = 0; k < columns.length; k++) {
      if (columns[k].key !== 'no') textCells.push({ column: columns[k].key, cell: '', text: '' });
    }
    // A row's addresses and texts in column order (reused for every row).
    const rowCells: string[] = new Array<string>(columns.length).fill('');
    const rowTexts: string[] = new Array<string>(columns.length).fill('');
    const noCol = table.columns.no?.col;
    const nameCol = table.columns.name?.col;
    for (let r = table.firstRow; r <= table.lastRow; r++) {
      // Cheap look at No. and name first: rows with neither are passed over.
      const noText = noCol === undefined ? '' : cellText(cellAt(grid, r, noCol));
      const name = nameCol === undefined ? '' : cellText(cellAt(grid, r, nameCol));
      if (!noText && !name) continue;
      if (!noText && name.length <= 12 && TOTAL_ROW.test(name.normalize('NFKC'))) continue;
      const row = r + 1;
      const rowLabel = String(row);

      let noCell: Cell | null = null;
      let costCell: Cell | null = null;
      for (let k = 0, t = 0; k < columns.length; k++) {
        const key = columns[k].key;
        const cell = cellAt(grid, r, columns[k].col);
        const address = letters[k] + rowLabel;
        const text = cellText(cell);
        rowCells[k] = address;
        rowTexts[k] = text;
        if (key === 'no') noCell = cell;
        else if (key === 'cost') costCell = cell;
        if (key !== 'no') {
          const entry = textCells[t++];
          entry.cell = address;
          entry.text = text;
        }
      }
      const cells = byColumn(columns, rowCells);
      const texts = byColumn(columns, rowTexts);

      // Each value is assigned once, on success or failure (no placeholder built per row).
      let departments: string[];
      try {
        departments = texts.department ? parseDepartments(texts.department) : [];
      } catch (e) {
        problems.push({ row, step: 'departments', reason: message(e) });
        departments = [];
      }

      let cost: Cost;
      const costInfo = table.columns.cost;
      if (costInfo && costCell) {
        try {
          cost = parseCost(costCell, costInfo.unit ?? 'yen', departments, cells.cost ?? null);
        } catch (e) {
          problems.push({ row, step: 'cost', reason: message(e) });
          cost = emptyCost(texts.cost ?? '', cells.cost ?? null);
        }
      } else cost = emptyCost();

      let subsidies: Project['subsidies'];
      try {
        subsidies = detectSubsidies(textCells, options.subsidyPrograms);
      } catch (e) {
        problems.push({ row, step: 'subsidies', reason: message(e) });
        subsidies = [];
      }

      let milestones: Project['milestones'];
      try {
        milestones = readMilestones({ sectionKind: table.kind, cells: textCells }, scheduleContext);
      } catch (e) {
        problems.push({ row, step: 'schedule', reason: message(e) });
        milestones = [];
      }

      projects.push({
        no: noCell ? readNo(noCell, noText) : null,
        name,
        row,
        section,
        sectionKind: table.kind,
        departments,
        cost,
        subsidies,
        milestones,
        cells,
        texts,
      });
    }
  }
  return projects;
}

/** Every department named on the sheet, in order of first appearance. */
export function departmentsOnSheet(projects: readonly Project[]): string[] {
  const seen = new Set<string>();
  // Indexed loops: no iterator result per project or name.
  for (let i = 0; i < projects.length; i++) {
    const departments = projects[i].departments;
    for (let j = 0; j < departments.length; j++) seen.add(departments[j]);
  }
  // for…in: the keys in Object.keys order (a plain object), without an array of them per project.
  for (let i = 0; i < projects.length; i++) for (const d in projects[i].cost.allocation) seen.add(d);
  return [...seen];
}
