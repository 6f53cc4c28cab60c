import { check } from '../check';
import { gridFromValues } from '../grid';
import { makeContext, makeCost, makeProject, runRule } from '../../../test/helpers/builders';
import { totalTooLarge } from './total-too-large';

const FIVE_THOUSAND_CHO = 5_000_000_000_000_000; // 5000兆円, itself safe

const costly = (row: number, amount: number, text = '5000兆円') =>
  makeProject(row, { cost: makeCost({ amount, text, cell: `D${row}` }) });

describe('total-too-large', () => {
  it('names the cost that would push the total past Number.MAX_SAFE_INTEGER', () => {
    const drafts = runRule(
      totalTooLarge,
      makeContext([costly(5, FIVE_THOUSAND_CHO), costly(6, FIVE_THOUSAND_CHO)]),
    );
    expect(drafts).toEqual([
      {
        cell: 'D6',
        row: 6,
        messageKey: 'rule.total-too-large',
        params: { value: '5000兆円', name: '事業6' },
      },
    ]);
  });

  it('is silent when every total stays exact, even at the limit itself', () => {
    const limit = Number.MAX_SAFE_INTEGER;
    expect(runRule(totalTooLarge, makeContext([costly(5, limit - 10), costly(6, 10)]))).toEqual([]);
  });

  it('through check(): an error issue, and every total stays a safe integer', () => {
    const head = ['No.', '事業名称', '担当課', '事業経費'];
    const report = check(
      gridFromValues('Sheet1', [
        head,
        [1, 'A', '総務課', '5000兆円'],
        [2, 'B', '総務課', '5000兆円'],
        [3, 'C', '総務課', '1,000円'],
      ]),
      { asOf: '2024-11-08' },
    );
    expect(
      report.issues.filter((i) => i.rule === 'total-too-large').map((i) => [i.severity, i.cell]),
    ).toEqual([['error', 'D3']]);
    expect(report.totals.cost).toBe(FIVE_THOUSAND_CHO + 1000);
    expect(report.totals.byDepartment).toEqual({ 総務課: FIVE_THOUSAND_CHO + 1000 });
    expect(report.projects[1].cost.amount).toBe(FIVE_THOUSAND_CHO); // the project keeps its own amount
  });
});
