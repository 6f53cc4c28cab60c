/**
 * The published sample sheet (samples/dx-status-r6-2024-11-08.txt) as a grid and as projects'
 * schedule inputs, built here by splitting lines on tabs (independent of the table-detection code).
 */
import * as fs from 'fs';
import * as path from 'path';
import { a1, gridFromValues, type Grid } from '../../src/core/grid';
import type { ColumnKey, TableSection } from '../../src/core/model';
import type { ScheduleInput } from '../../src/core/schedule';

export const SAMPLE_PATH = path.join(__dirname, '../../samples/dx-status-r6-2024-11-08.txt');

const COLUMN_KEYS: readonly ColumnKey[] = [
  'no',
  'name',
  'department',
  'cost',
  'overview',
  'status',
  'plan',
  'remarks',
];

export interface SampleProject {
  readonly no: number;
  readonly row: number; // 0-based sheet row
  readonly section: 'implementing' | 'considering';
  readonly texts: Partial<Record<ColumnKey, string>>;
  readonly cells: Partial<Record<ColumnKey, string>>;
  readonly input: ScheduleInput;
}

export interface Sample {
  readonly grid: Grid;
  readonly tables: TableSection[];
  readonly projects: SampleProject[];
}

export function loadSample(): Sample {
  const lines = fs.readFileSync(SAMPLE_PATH, 'utf8').replace(/\r/g, '').split('\n');
  const values = lines.map((l) => l.split('\t'));
  const grid = gridFromValues('R6', values);
  const tables: TableSection[] = [];
  const projects: SampleProject[] = [];
  let section: SampleProject['section'] = 'implementing';
  values.forEach((row, r) => {
    if (row[0].includes('検討事業')) section = 'considering';
    if (row[0] === 'No.') {
      const columns: TableSection['columns'] = {};
      COLUMN_KEYS.forEach((key, col) => (columns[key] = { key, col, label: row[col] }));
      tables.push({ headerRow: r, firstRow: r + 1, lastRow: r, columns, title: null, kind: section });
      return;
    }
    if (!/^\d+$/.test(row[0])) return;
    const texts: Partial<Record<ColumnKey, string>> = {};
    const cells: Partial<Record<ColumnKey, string>> = {};
    COLUMN_KEYS.forEach((key, col) => {
      cells[key] = a1(r, col);
      texts[key] = (row[col] ?? '').trim();
    });
    const input: ScheduleInput = {
      sectionKind: section,
      cells: COLUMN_KEYS.filter((k) => texts[k]).map((k) => ({
        column: k,
        cell: cells[k] as string,
        text: texts[k] as string,
      })),
    };
    projects.push({ no: Number(row[0]), row: r, section, texts, cells, input });
    tables[tables.length - 1] = { ...tables[tables.length - 1], lastRow: r };
  });
  return { grid, tables, projects };
}
