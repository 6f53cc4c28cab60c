import { parseNotationDictionary } from '../notation/prh';
import { makeContext, makeProject, runRule } from '../../../test/helpers/builders';
import { notationPrefilter, notationVariant } from './notation-variant';

const notation = parseNotationDictionary(`version: 1
rules:
  - expected: デジ田
    pattern: レジ田
`);

describe('notation-variant', () => {
  it('warns about a dictionary variant in a text cell', () => {
    const p = makeProject(22, {});
    const texts = { ...p.texts, plan: '・レジ田交付金その他類する交付金事業' };
    const drafts = runRule(
      notationVariant,
      makeContext([{ ...p, texts, cells: { ...p.cells, plan: 'G22' } }], { options: { notation } }),
    );
    expect(drafts.map((d) => [d.cell, d.row, d.params?.found, d.params?.expected])).toEqual([
      ['G22', 22, 'レジ田', 'デジ田'],
    ]);
  });
  it('is silent on the correct notation and without a dictionary', () => {
    const p = makeProject(22, {});
    const texts = { ...p.texts, plan: 'デジ田交付金' };
    const withPlan = { ...p, texts, cells: { ...p.cells, plan: 'G22' } };
    expect(runRule(notationVariant, makeContext([withPlan], { options: { notation } }))).toEqual([]);
    const slip = { ...withPlan, texts: { ...texts, plan: 'レジ田' } };
    expect(runRule(notationVariant, makeContext([slip], { options: { notation: [] } }))).toEqual([]);
  });
});

describe('notation prefilter', () => {
  it('matches wherever a pattern does, and steps aside for back-references', () => {
    const rules = parseNotationDictionary(`version: 1
rules:
  - expected: できる
    pattern: /出来(る|ない)/
  - expected: コミュニケーション
    pattern: コミニュケーション
`);
    const re = notationPrefilter(rules);
    expect(re?.test('利用出来ない')).toBe(true);
    expect(re?.test('コミニュケーション')).toBe(true);
    expect(re?.test('デジ田交付金')).toBe(false);
    const backref = [{ expected: 'x', patterns: [/(a)\1/g], specs: [], note: null }];
    expect(notationPrefilter(backref)).toBeNull();
  });
});
