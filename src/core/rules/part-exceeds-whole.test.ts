import { makeContext, makeCost, makeProject, runRule } from '../../../test/helpers/builders';
import { partExceedsWhole } from './part-exceeds-whole';

const withParts = (amount: number, parts: number[]) =>
  makeProject(2, {
    cost: makeCost({
      cell: 'D2',
      amount,
      parts: parts.map((a) => ({ amount: a, department: '危機管理課', text: '' })),
    }),
  });

describe('part-exceeds-whole', () => {
  it('reports a part larger than the whole', () => {
    expect(runRule(partExceedsWhole, makeContext([withParts(242_000, [2_046_000])]))).toEqual([
      {
        cell: 'D2',
        row: 2,
        messageKey: 'rule.part-exceeds-whole',
        params: { part: 2_046_000, whole: 242_000 },
      },
    ]);
  });
  it('reports parts adding up to more than the whole', () => {
    expect(runRule(partExceedsWhole, makeContext([withParts(100, [60, 50])]))[0].messageKey).toBe(
      'rule.part-exceeds-whole.sum',
    );
  });
  it('is silent when the parts fit', () => {
    expect(runRule(partExceedsWhole, makeContext([withParts(2_046_000, [242_000])]))).toEqual([]);
  });
});
