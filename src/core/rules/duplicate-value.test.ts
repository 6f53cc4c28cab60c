import { makeContext, makeProject, makeTable, runRule } from '../../../test/helpers/builders';
import { duplicateValue } from './duplicate-value';

describe('duplicate-value', () => {
  it('reports a repeated No. as an error and a repeated name as a warning, pointing to the first', () => {
    const ps = [
      makeProject(2, { no: 1, name: 'A' }),
      makeProject(3, { no: 1, name: 'B' }),
      makeProject(4, { no: 3, name: 'A ' }),
    ];
    const drafts = runRule(duplicateValue, makeContext(ps));
    expect(drafts.map((d) => [d.cell, d.severity ?? 'error', d.messageKey, d.params])).toEqual([
      ['A3', 'error', 'rule.duplicate-value.no', { no: 1, first: 'A2' }],
      ['B4', 'warning', 'rule.duplicate-value.name', { name: 'A ', first: 'B2' }],
    ]);
  });
  it('is silent for distinct values and for numbering that restarts at 1 in a new section', () => {
    const ps = [
      makeProject(2, { no: 1 }),
      makeProject(3, { no: 2 }),
      makeProject(6, { no: 1 }),
      makeProject(7, { no: 2 }),
    ];
    const tables = [makeTable(0, 2), makeTable(4, 6)];
    expect(runRule(duplicateValue, makeContext(ps, { tables }))).toEqual([]);
  });
  it('finds the one duplicate among 100,000 rows', () => {
    const ps = Array.from({ length: 100_000 }, (_, i) => makeProject(i + 2, { no: i + 1 }));
    ps.push(makeProject(100_002, { no: 7, name: 'last' }));
    const drafts = runRule(duplicateValue, makeContext(ps, { tables: [makeTable(0, 100_002)] }));
    expect(drafts.map((d) => [d.cell, d.params])).toEqual([['A100002', { no: 7, first: 'A8' }]]);
  });
  it('compares names after NFKC and space normalisation', () => {
    const ps = [makeProject(2, { name: 'ＡＩ議事録' }), makeProject(3, { name: 'AI議事録' })];
    expect(runRule(duplicateValue, makeContext(ps)).map((d) => d.cell)).toEqual(['B3']);
  });
});
