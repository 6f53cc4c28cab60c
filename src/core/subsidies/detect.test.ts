import type { ColumnKey } from '../model';
import { sampleRows } from '../table/__fixtures__/sample';
import { detectSubsidies, rateIn } from './detect';
import { DEFAULT_SUBSIDY_PROGRAMS } from './programs';

const COLUMNS: ColumnKey[] = ['no', 'name', 'department', 'cost', 'overview', 'status', 'plan', 'remarks'];
const LETTERS = 'ABCDEFGH';

/** The sample's project `no` as detectSubsidies input. */
function projectTexts(no: number) {
  const rows = sampleRows();
  const index = rows.findIndex((r) => r[0] === String(no));
  const sheetRow = index < 7 ? 11 + index : 22 + (index - 7);
  return rows[index].map((text, c) => ({ column: COLUMNS[c], cell: `${LETTERS[c]}${sheetRow}`, text }));
}

const detect = (no: number) => detectSubsidies(projectTexts(no), DEFAULT_SUBSIDY_PROGRAMS);

describe('detectSubsidies on the sample', () => {
  it('projects 1–4: デジ田 eligible from the remarks column, rate 1/2 from the configuration', () => {
    for (const no of [1, 2, 3, 4]) {
      const flags = detect(no);
      expect(flags).toHaveLength(1);
      expect(flags[0]).toMatchObject({
        program: 'digiden',
        name: 'デジタル田園都市国家構想交付金',
        eligible: true,
        rate: 0.5,
        rateSource: 'config',
        variant: null,
        cell: `H${10 + no}`,
        text: 'デジ田交付金対象事業',
      });
    }
  });

  it('project 5: the 地域間連携 variant', () => {
    const [flag] = detect(5);
    expect(flag).toMatchObject({
      program: 'digiden',
      eligible: true,
      variant: '地域間連携',
      text: 'デジ田交付金対象事業 (地域間連携)',
    });
  });

  it('project 6: 地域デジタル基盤活用推進事業 in the status text is a mention only', () => {
    const flags = detect(6);
    expect(flags).toEqual([
      expect.objectContaining({
        program: 'chiiki-digital',
        eligible: false,
        rate: null,
        rateSource: null,
        cell: 'F16',
      }),
    ]);
  });

  it('projects 7–10: nothing (the slip レジ田 in project 8 is left to the notation rule)', () => {
    for (const no of [7, 8, 9, 10]) expect(detect(no)).toEqual([]);
  });

  it('project 11: 特別交付税措置の対象 with 措置率0.7 from the text', () => {
    expect(detect(11)).toEqual([
      expect.objectContaining({
        program: 'tokubetsu-kofuzei',
        eligible: true,
        rate: 0.7,
        rateSource: 'text',
        cell: 'H25',
      }),
    ]);
  });

  it('the eligible ones are projects 1–5', () => {
    const eligible = [];
    for (let no = 1; no <= 11; no++) if (detect(no).some((f) => f.eligible)) eligible.push(no);
    expect(eligible).toEqual([1, 2, 3, 4, 5, 11]);
  });
});

describe('detectSubsidies on other writings', () => {
  const one = (column: ColumnKey, text: string) =>
    detectSubsidies([{ column, cell: 'X1', text }], DEFAULT_SUBSIDY_PROGRAMS);

  it('takes 対象 in any column as eligible, and 対象外 as not', () => {
    expect(one('overview', '本事業はデジ田交付金の対象事業である。')[0].eligible).toBe(true);
    expect(one('remarks', 'デジ田交付金対象外')[0].eligible).toBe(false);
    expect(one('status', 'デジタル田園都市国家構想交付金を申請した')[0].eligible).toBe(false);
  });

  it('reads full names, full-width text and variants', () => {
    const [f] = one('remarks', 'デジタル田園都市国家構想交付金（デジタル実装タイプ　ＴＹＰＥ１）');
    expect(f).toMatchObject({ program: 'digiden', variant: 'デジタル実装タイプ', eligible: true });
    expect(one('remarks', '第２世代交付金')[0]).toMatchObject({
      program: 'chiho-sosei',
      rate: null,
      rateSource: null,
    });
    expect(one('remarks', '新しい地方経済・生活環境創生交付金（補助率1/2）')[0]).toMatchObject({
      rate: 0.5,
      rateSource: 'text',
    });
  });

  it('does not take レジ田 for デジ田', () => {
    expect(one('remarks', 'レジ田交付金対象事業')).toEqual([]);
  });

  it('keeps one flag per program, preferring the eligible mention', () => {
    const flags = detectSubsidies(
      [
        { column: 'status', cell: 'F2', text: 'デジ田の情報を収集' },
        { column: 'remarks', cell: 'H2', text: 'デジ田交付金対象（補助率3/4）、特別交付税措置' },
      ],
      DEFAULT_SUBSIDY_PROGRAMS,
    );
    expect(flags.map((f) => [f.program, f.cell, f.eligible, f.rate])).toEqual([
      ['digiden', 'H2', true, 0.75],
      ['tokubetsu-kofuzei', 'H2', true, null],
    ]);
  });

  it('uses configured programs', () => {
    const flags = detectSubsidies(
      [{ column: 'remarks', cell: 'H3', text: '県DX補助金' }],
      [
        {
          id: 'pref',
          name: '県DX補助金',
          patterns: ['県DX補助金'],
          variants: [],
          defaultRate: 0.25,
          startUpCostsOnly: false,
        },
      ],
    );
    expect(flags[0]).toMatchObject({ program: 'pref', rate: 0.25, rateSource: 'config' });
  });
});

describe('rateIn', () => {
  it.each([
    ['(措置率0.7)', 0.7],
    ['補助率1/2', 0.5],
    ['補助率は2分の1', 0.5],
    ['2分の1補助', 0.5],
    ['(3/4)', 0.75],
    ['50%補助', 0.5],
    ['措置率50%', 0.5],
    ['10/30開催', null],
    ['令和6年度', null],
    ['', null],
  ])('%s → %p', (s, r) => expect(rateIn(s)).toBe(r));
});
