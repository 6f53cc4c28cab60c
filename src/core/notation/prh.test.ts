import { hasMessage, t } from '../i18n';
import { sampleText } from '../table/__fixtures__/sample';
import { DEFAULT_NOTATION_YAML } from './default-dictionary';
import {
  NotationDictionaryError,
  applyNotationRule,
  findNotationVariants,
  parseNotationDictionary,
} from './prh';

const catchError = (yaml: string): NotationDictionaryError => {
  try {
    parseNotationDictionary(yaml);
  } catch (e) {
    if (e instanceof NotationDictionaryError) return e;
    throw e;
  }
  throw new Error('no error');
};

describe('parseNotationDictionary', () => {
  it('reads literal and regex patterns, specs and notes', () => {
    const rules = parseNotationDictionary(`version: 1
rules:
  - expected: デジ田
    pattern: レジ田
    prh: 誤変換
    specs:
      - from: レジ田交付金
        to: デジ田交付金
  - expected: a.b
    patterns:
      - a*b
      - /x(\\d)y/i
`);
    expect(rules).toHaveLength(2);
    expect(rules[0].note).toBe('誤変換');
    expect(rules[0].specs).toEqual([{ from: 'レジ田交付金', to: 'デジ田交付金' }]);
    // A string pattern is literal: * is not a quantifier.
    expect(findNotationVariants('aab a*b', rules)).toEqual([
      { expected: 'a.b', found: 'a*b', index: 4, note: null },
    ]);
    expect(findNotationVariants('X1Y', rules)[0]).toMatchObject({ found: 'X1Y', expected: 'a.b' });
  });

  it('treats a rule without a pattern as its own spelling, ignoring case, never flagging the expected', () => {
    const rules = parseNotationDictionary('rules:\n  - expected: JavaScript\n  - LINE\n');
    expect(findNotationVariants('javascript と JavaScript と Line', rules)).toEqual([
      { expected: 'JavaScript', found: 'javascript', index: 0, note: null },
      { expected: 'LINE', found: 'Line', index: 26, note: null },
    ]);
    const jp = parseNotationDictionary('rules:\n  - expected: 照会\n');
    expect(findNotationVariants('各課照会', jp)).toEqual([]);
  });

  it('fills $1 from the match', () => {
    const rules = parseNotationDictionary('rules:\n  - expected: $1照会\n    pattern: /(意向の)紹介/\n');
    expect(findNotationVariants('利用意向の紹介', rules)).toEqual([
      { expected: '意向の照会', found: '意向の紹介', index: 2, note: null },
    ]);
    expect(applyNotationRule('意向の紹介と意向の紹介', rules[0])).toBe('意向の照会と意向の照会');
  });

  it('accepts an empty dictionary', () => {
    expect(parseNotationDictionary('')).toEqual([]);
    expect(parseNotationDictionary('version: 1\n')).toEqual([]);
  });

  it('rejects bad YAML, bad rules, bad regexes and specs that do not hold, with catalog messages', () => {
    const cases: Array<[string, string]> = [
      ['rules: [\n', 'core.notation.yaml-invalid'],
      ['- a\n- b\n', 'core.notation.no-rules'],
      ['rules: 3\n', 'core.notation.no-rules'],
      ['version: 2\nrules: []\n', 'core.notation.version-unsupported'],
      ['rules:\n  - pattern: x\n', 'core.notation.rule-invalid'],
      ['rules:\n  - expected: a\n    pattern: 3\n', 'core.notation.rule-invalid'],
      ['rules:\n  - expected: a\n    pattern: /x?/\n', 'core.notation.rule-invalid'],
      ['rules:\n  - expected: a\n    pattern: /(/\n', 'core.notation.pattern-invalid'],
      [
        'rules:\n  - expected: a\n    pattern: b\n    specs:\n      - from: b\n        to: c\n',
        'core.notation.spec-failed',
      ],
      ['rules:\n  - expected: a\n    pattern: b\n    specs: [{from: 1}]\n', 'core.notation.rule-invalid'],
    ];
    for (const [yaml, key] of cases) {
      const e = catchError(yaml);
      expect([yaml, e.key]).toEqual([yaml, key]);
      expect(hasMessage(e.key)).toBe(true);
      expect(e.message).toBe(t('ja', e.key, e.params));
      expect(t('en', e.key, e.params)).not.toMatch(/\{\w+\}/);
    }
    expect(
      catchError('rules:\n  - expected: a\n    pattern: b\n    specs:\n      - from: b\n        to: c\n')
        .params,
    ).toEqual({
      expected: 'a',
      from: 'b',
      to: 'c',
      actual: 'a',
    });
  });
});

describe('the default dictionary', () => {
  const rules = parseNotationDictionary(DEFAULT_NOTATION_YAML);

  it('parses with every spec holding', () => {
    expect(rules.length).toBeGreaterThanOrEqual(5);
    expect(rules.reduce((n, r) => n + r.specs.length, 0)).toBeGreaterThanOrEqual(10);
  });

  it('finds exactly レジ田 and 意向の紹介 on the sample', () => {
    const found = findNotationVariants(sampleText(), rules).map(({ expected, found: f }) => [f, expected]);
    expect(found).toEqual([
      ['レジ田', 'デジ田'],
      ['意向の紹介', '意向の照会'],
    ]);
  });

  it('leaves 紹介 in other senses, 照会, 39ヶ月 and 出来高 alone', () => {
    for (const s of [
      '先進事例を紹介する',
      '各課照会',
      '文書分類照会',
      '39ヶ月間の長期継続契約',
      '出来高払い',
      '高尚、',
      'ただし書',
    ]) {
      expect([s, findNotationVariants(s, rules)]).toEqual([s, []]);
    }
  });

  it('fires on the slips it names', () => {
    const text =
      '各課紹介の結果、予約が出来る。ご確認下さい。但し、シュミレーションとコミニュケーション。尚、以上';
    expect(findNotationVariants(text, rules).map((v) => v.expected)).toEqual([
      '各課照会',
      'できる',
      'ください',
      'ただし',
      'シミュレーション',
      'コミュニケーション',
      'なお、',
    ]);
  });
});
