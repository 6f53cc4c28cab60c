import { makeContext, makeCost, makeProject, runRule } from '../../../test/helpers/builders';
import { unreadableAmount } from './unreadable-amount';

describe('unreadable-amount', () => {
  it('reports unreadable and too-large amounts as errors, negative ones as warnings', () => {
    const ps = [
      makeProject(2, { cost: makeCost({ cell: 'D2', text: '19,140,OOO円', problem: 'unreadable' }) }),
      makeProject(3, { cost: makeCost({ cell: 'D3', text: '1京円', problem: 'too-large' }) }),
      makeProject(4, { cost: makeCost({ cell: 'D4', text: '-5円', amount: -5, problem: 'negative' }) }),
    ];
    expect(
      runRule(unreadableAmount, makeContext(ps)).map((d) => [d.cell, d.severity, d.messageKey, d.params]),
    ).toEqual([
      ['D2', 'error', 'rule.unreadable-amount', { value: '19,140,OOO円' }],
      ['D3', 'error', 'rule.unreadable-amount.too-large', { value: '1京円' }],
      ['D4', 'warning', 'rule.unreadable-amount.negative', { value: '-5円' }],
    ]);
  });
  it('is silent for a readable amount', () => {
    const p = makeProject(2, { cost: makeCost({ cell: 'D2', text: '1,000円', amount: 1000 }) });
    expect(runRule(unreadableAmount, makeContext([p]))).toEqual([]);
  });
});
