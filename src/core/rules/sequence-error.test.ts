import { makeContext, makeProject, makeTable, runRule } from '../../../test/helpers/builders';
import { sequenceError } from './sequence-error';

const run = (nos: Array<number | null>, tables = [makeTable(0, nos.length + 1)]) =>
  runRule(
    sequenceError,
    makeContext(
      nos.map((no, i) => makeProject(i + 2, { no })),
      { tables },
    ),
  ).map((d) => [d.cell, d.params]);

describe('sequence-error', () => {
  it('reports a No. that skips, once, then follows the number written', () => {
    expect(run([1, 2, 5, 6])).toEqual([['A4', { no: 5, expected: 3 }]]);
  });
  it('leaves duplicates to duplicate-value', () => {
    expect(run([1, 2, 2, 3])).toEqual([]);
  });
  it('accepts numbering through sections and restarting at 1 per section', () => {
    expect(run([1, 2, 3, 4])).toEqual([]);
    expect(run([1, 2, 1, 2], [makeTable(0, 3), makeTable(3, 5)])).toEqual([]);
  });
});
