import { makeContext, makeProject, runRule } from '../../../test/helpers/builders';
import { typeError } from './type-error';

describe('type-error', () => {
  it('reports a No. that is not a number, naming the value', () => {
    const p = makeProject(2, { no: null });
    const drafts = runRule(typeError, makeContext([{ ...p, texts: { ...p.texts, no: '一' } }]));
    expect(drafts).toEqual([{ cell: 'A2', row: 2, messageKey: 'rule.type-error', params: { value: '一' } }]);
  });
  it('leaves a formula error in the No. cell to formula-error', () => {
    const p = makeProject(2, { no: null });
    expect(runRule(typeError, makeContext([{ ...p, texts: { ...p.texts, no: '#REF!' } }]))).toEqual([]);
  });
  it('is silent for numbers and for an empty No.', () => {
    const empty = makeProject(3, { no: null });
    expect(
      runRule(typeError, makeContext([makeProject(2), { ...empty, texts: { ...empty.texts, no: '' } }])),
    ).toEqual([]);
  });
});
