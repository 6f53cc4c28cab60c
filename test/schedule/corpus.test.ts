/**
 * The labelled schedule corpus (test/schedule/corpus.json): every date phrase of the published sample
 * sheet plus our own, each read in its column and judged as of its date. The score is printed; it must
 * be 100%.
 */
import type { ColumnKey } from '../../src/core/model';
import {
  effectiveFiscalYear,
  findImpossibleDates,
  milestonesOfText,
} from '../../src/core/schedule/milestones';
import corpus from './corpus.json';

interface Expected {
  start: string;
  end: string | null;
  due: string;
  status: string;
}

interface CorpusCase {
  id: string;
  source: 'sample' | 'own';
  column: ColumnKey;
  text: string;
  asOf: string;
  fiscalYear: number | null;
  sheetDate?: string;
  expected: Expected[];
  impossible?: string[];
}

const cases = corpus.cases as CorpusCase[];

function read(c: CorpusCase): { milestones: Expected[]; impossible: string[] } {
  const milestones = milestonesOfText('G11', c.column, c.text, {
    fiscalYear: c.fiscalYear,
    asOf: c.asOf,
    sheetDate: c.sheetDate ?? null,
  }).map((m) => ({ start: m.start, end: m.end, due: m.due, status: m.status }));
  const impossible = findImpossibleDates(c.text, effectiveFiscalYear(c.fiscalYear, c.asOf)).map(
    (d) => d.text,
  );
  return { milestones, impossible };
}

function passes(c: CorpusCase): boolean {
  const got = read(c);
  return (
    JSON.stringify(got.milestones) === JSON.stringify(c.expected) &&
    JSON.stringify(got.impossible) === JSON.stringify(c.impossible ?? [])
  );
}

describe('schedule corpus', () => {
  test('has every kind of case', () => {
    expect(cases.filter((c) => c.source === 'own').length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.source === 'sample').length).toBeGreaterThanOrEqual(12);
  });

  test.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const got = read(c);
    expect(got.milestones).toEqual(c.expected);
    expect(got.impossible).toEqual(c.impossible ?? []);
  });

  test('score is 100%', () => {
    const passed = cases.filter(passes).length;
    const score = (100 * passed) / cases.length;
    console.log(`schedule corpus: ${passed}/${cases.length} cases (${score.toFixed(1)}%)`);
    expect(passed).toBe(cases.length);
  });
});
