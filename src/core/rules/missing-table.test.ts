import { makeContext, makeTable, runRule } from '../../../test/helpers/builders';
import { missingTable } from './missing-table';

describe('missing-table', () => {
  it('reports a sheet without a header row', () => {
    const drafts = runRule(missingTable, makeContext([], { tables: [] }));
    expect(drafts).toEqual([{ cell: null, row: null, messageKey: 'rule.missing-table' }]);
  });
  it('is silent when a table was found', () => {
    expect(runRule(missingTable, makeContext([], { tables: [makeTable(0, 3)] }))).toEqual([]);
  });
});
