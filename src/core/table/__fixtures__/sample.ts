/** The published sample sheet (samples/dx-status-r6-2024-11-08.txt) as a grid, for tests only. */
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'fs';
// eslint-disable-next-line no-restricted-imports
import { join } from 'path';
import type { Grid } from '../../grid';
import { gridFromTsv } from '../tsv';

export const SAMPLE_PATH = join(__dirname, '../../../../samples/dx-status-r6-2024-11-08.txt');

export function sampleText(): string {
  return readFileSync(SAMPLE_PATH, 'utf8');
}

/** The sample as a grid; with numbers: true the No. column holds numbers as in the workbook. */
export function sampleGrid(numbers = true): Grid {
  return gridFromTsv('DX推進状況', sampleText(), { numbers });
}

/** The sample's data rows (those starting with a number), split into cells. */
export function sampleRows(): string[][] {
  return sampleText()
    .split(/\r?\n/)
    .filter((l) => /^\d+\t/.test(l))
    .map((l) => l.split('\t'));
}
