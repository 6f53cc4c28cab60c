import { makeContext, makeTable, runRule } from '../../../test/helpers/builders';
import { missingLabel } from './missing-label';

describe('missing-label', () => {
  it('reports each required column missing from a header, at the header row', () => {
    const table = makeTable(9, 12, {
      columns: { no: { key: 'no', col: 1, label: 'No.' }, name: { key: 'name', col: 2, label: '事業名' } },
    });
    const drafts = runRule(missingLabel, makeContext([], { tables: [table] }));
    expect(drafts.map((d) => [d.cell, d.row, d.messageKey])).toEqual([
      ['B10', 10, 'rule.missing-label.department'],
      ['B10', 10, 'rule.missing-label.cost'],
    ]);
  });
  it('is silent when name, department and cost are all there', () => {
    expect(runRule(missingLabel, makeContext([], { tables: [makeTable(0, 3)] }))).toEqual([]);
  });
});
