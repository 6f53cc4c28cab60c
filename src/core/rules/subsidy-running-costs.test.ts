import { makeContext, makeCost, makeFlag, makeProject, runRule } from '../../../test/helpers/builders';
import { subsidyRunningCosts } from './subsidy-running-costs';

describe('subsidy-running-costs', () => {
  const multiYear = makeCost({
    cell: 'D2',
    amount: 19_140_000,
    includesRunningCosts: true,
    multiYear: { months: 60, text: '5年間の長期継続契約' },
  });
  it('warns when a start-up-costs-only grant funds a project with multi-year running costs', () => {
    const p = makeProject(2, { cost: multiYear, subsidies: [makeFlag(), makeFlag({ cell: 'G2' })] });
    expect(runRule(subsidyRunningCosts, makeContext([p]))).toEqual([
      {
        cell: 'D2',
        row: 2,
        messageKey: 'rule.subsidy-running-costs.multi-year',
        params: { program: 'デジ田交付金', months: 60 },
      },
    ]);
  });
  it('is silent for one-off costs, mere mentions and programs that fund running costs', () => {
    const oneOff = makeProject(2, { cost: makeCost({ amount: 5 }), subsidies: [makeFlag()] });
    const mention = makeProject(3, { cost: multiYear, subsidies: [makeFlag({ eligible: false })] });
    const other = makeProject(4, {
      cost: multiYear,
      subsidies: [makeFlag({ program: 'tokubetsu-kofuzei' })],
    });
    expect(runRule(subsidyRunningCosts, makeContext([oneOff, mention, other]))).toEqual([]);
  });
});
