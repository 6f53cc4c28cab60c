import { makeContext, makeFlag, makeProject, runRule } from '../../../test/helpers/builders';
import { subsidyRateUnknown } from './subsidy-rate-unknown';

describe('subsidy-rate-unknown', () => {
  it('notes an eligible flag without a rate', () => {
    const p = makeProject(2, {
      subsidies: [makeFlag({ program: 'x', name: '某交付金', rate: null, rateSource: null })],
    });
    expect(runRule(subsidyRateUnknown, makeContext([p]))).toEqual([
      { cell: 'H2', row: 2, messageKey: 'rule.subsidy-rate-unknown', params: { program: '某交付金' } },
    ]);
  });
  it('is silent when the rate is known or the program is merely mentioned', () => {
    const ps = [
      makeProject(2, { subsidies: [makeFlag()] }),
      makeProject(3, { subsidies: [makeFlag({ rate: null, eligible: false })] }),
    ];
    expect(runRule(subsidyRateUnknown, makeContext(ps))).toEqual([]);
  });
});
