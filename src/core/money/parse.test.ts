import { type Cell, EMPTY_CELL } from '../grid';
import { sampleRows } from '../table/__fixtures__/sample';
import { readFigure } from './amount';
import { costBasis, multiYearOf, parseCost } from './parse';

const text = (value: string): Cell => ({ value });
const num = (value: number): Cell => ({ value });

describe('readFigure', () => {
  it('reads Japanese figures exactly', () => {
    expect(readFigure('19,140,000')).toBe(19140000n);
    expect(readFigure('19140000')).toBe(19140000n);
    expect(readFigure('1,914万')).toBe(19140000n);
    expect(readFigure('1.9億')).toBe(190000000n);
    expect(readFigure('3億2,000万')).toBe(320000000n);
    expect(readFigure('3億2千万')).toBe(320000000n);
    expect(readFigure('1億2345万6789')).toBe(123456789n);
    expect(readFigure('19,140千')).toBe(19140000n);
    expect(readFigure('0.1234億')).toBe(12340000n);
    expect(readFigure('2兆')).toBe(2000000000000n);
  });

  it('refuses what it cannot read exactly', () => {
    expect(readFigure('19,14,000')).toBeNull();
    expect(readFigure('1.5')).toBeNull(); // half a yen
    expect(readFigure('2万3億')).toBeNull();
    expect(readFigure('1..9億')).toBeNull();
    expect(readFigure('')).toBeNull();
  });
});

describe('parseCost on the sample', () => {
  const rows = sampleRows();
  const cost = (no: number, departments: string[]) => {
    const row = rows.find((r) => r[0] === String(no))!;
    return parseCost(text(row[3]), 'yen', departments);
  };

  it('project 1: 19,140,000円 with a 5-year contract including running costs', () => {
    const c = cost(1, ['情報政策課']);
    expect(c.amount).toBe(19140000);
    expect(c.multiYear).toEqual({ months: 60, text: '5年間の長期継続契約' });
    expect(c.includesRunningCosts).toBe(true);
    expect(c.basis).toBe('unknown');
    expect(c.approximate).toBe(false);
    expect(c.problem).toBeNull();
    expect(c.allocation).toEqual({ 情報政策課: 19140000 });
  });

  it('project 2: the 48,000枚 count is not money', () => {
    const c = cost(2, ['情報政策課']);
    expect(c.amount).toBe(4978798);
    expect(c.parts).toEqual([]);
    expect(c.multiYear?.months).toBe(60);
  });

  it('project 3: a part charged to 危機管理課', () => {
    const c = cost(3, ['広報課', '危機管理課', '環境政策課', '商工観光労政課']);
    expect(c.amount).toBe(2046000);
    expect(c.parts).toEqual([
      {
        amount: 242000,
        department: '危機管理課',
        text: 'うち防災防犯メールとの連携費用:242,000円(危機管理課歳出)',
      },
    ]);
    expect(c.allocation).toEqual({ 広報課: 1804000, 危機管理課: 242000 });
    expect(c.multiYear).toBeNull();
    expect(c.includesRunningCosts).toBe(false);
  });

  it('project 4: 3-year contract, 36 months', () => {
    const c = cost(4, ['学校教育課']);
    expect(c.amount).toBe(19791783);
    expect(c.multiYear?.months).toBe(36);
    expect(c.includesRunningCosts).toBe(true);
  });

  it('project 5: budget because the contract is not settled', () => {
    const c = cost(5, ['土木交通課']);
    expect(c.amount).toBe(69392000);
    expect(c.basis).toBe('budget');
  });

  it('project 7: 39ヶ月間', () => {
    const c = cost(7, ['総務課']);
    expect(c.amount).toBe(42599700);
    expect(c.multiYear).toEqual({ months: 39, text: '39ヶ月間の長期継続契約' });
  });

  it('projects 8–11: empty cells', () => {
    const c = parseCost(EMPTY_CELL, 'yen', ['情報政策課']);
    expect(c).toMatchObject({ amount: null, problem: null, text: '', allocation: {} });
  });

  it('adds up to the expected total', () => {
    const deps: Record<number, string[]> = {
      1: ['情報政策課'],
      2: ['情報政策課'],
      3: ['広報課', '危機管理課'],
      4: ['学校教育課'],
      5: ['土木交通課'],
      6: ['情報政策課'],
      7: ['総務課'],
    };
    let sum = 0;
    for (let no = 1; no <= 7; no++) sum += cost(no, deps[no]).amount ?? 0;
    expect(sum).toBe(159642281);
  });
});

describe('parseCost on other writings', () => {
  it.each([
    ['１９，１４０，０００円', 19140000],
    ['1,914万円', 19140000],
    ['1.9億円', 190000000],
    ['3億2,000万円', 320000000],
    ['￥19,140,000', 19140000],
    ['¥ 19,140,000-', 19140000],
    ['19140000', 19140000],
    ['19,140,000 円', 19140000],
    ['19,140千円', 19140000],
    ['金額: 500,000円(税込)', 500000],
  ])('%s → %d', (s, expected) => {
    const c = parseCost(text(s), 'yen', ['情報政策課']);
    expect(c.amount).toBe(expected);
    expect(c.problem).toBeNull();
  });

  it('marks approximate figures', () => {
    const c = parseCost(text('約1,900万円'), 'yen', []);
    expect(c.amount).toBe(19000000);
    expect(c.approximate).toBe(true);
    expect(c.allocation).toEqual({ '': 19000000 });
    expect(parseCost(text('19,140,000円 (長期継続契約)'), 'yen', []).approximate).toBe(false);
    expect(parseCost(text('2,000,000円程度'), 'yen', []).approximate).toBe(true);
  });

  it('applies a 千円 column unit to numbers and bare figures, but not to figures in 円', () => {
    expect(parseCost(num(19140), 'thousand-yen', []).amount).toBe(19140000);
    expect(parseCost(num(19140.5), 'thousand-yen', []).amount).toBe(19140500);
    expect(parseCost(text('19,140'), 'thousand-yen', []).amount).toBe(19140000);
    expect(parseCost(text('19,140千円'), 'thousand-yen', []).amount).toBe(19140000);
    expect(parseCost(text('19,140,000円'), 'thousand-yen', []).amount).toBe(19140000);
    expect(parseCost(num(19140000), 'yen', ['a']).allocation).toEqual({ a: 19140000 });
  });

  it('reads bare parts in a 千円 column', () => {
    const c = parseCost(text('2,046 (うち危機管理課分 242)'), 'thousand-yen', ['広報課', '危機管理課']);
    expect(c.amount).toBe(2046000);
    expect(c.parts[0]).toMatchObject({ amount: 242000, department: '危機管理課' });
  });

  it('does not take a year or a count for an amount', () => {
    expect(parseCost(text('2024 年度に予算要求予定'), 'yen', []).amount).toBeNull();
    expect(parseCost(text('未定'), 'yen', [])).toMatchObject({ amount: null, problem: null });
    expect(parseCost(text('R7年度 1,000円'), 'yen', []).amount).toBe(1000);
  });

  it('rounds floating noise from formulas but refuses half yen', () => {
    expect(parseCost(num(19139999.999999996), 'yen', []).amount).toBe(19140000);
    expect(parseCost(num(1234.5), 'yen', []).problem).toBe('unreadable');
  });

  it('reports unreadable figures instead of guessing', () => {
    for (const s of [
      '19,140,OOO円',
      '19,14O,000円',
      '19,14,000円',
      '19、140、000円',
      '一千万円',
      '1.5円',
      '¥19,l40,000',
    ]) {
      const c = parseCost(text(s), 'yen', ['情報政策課']);
      expect([s, c.amount, c.problem]).toEqual([s, null, 'unreadable']);
      expect(c.allocation).toEqual({});
    }
    // A part that cannot be read makes the whole unreadable (the allocation would be wrong).
    expect(parseCost(text('2,046,000円 (うち連携費用:242,OOO円)'), 'yen', []).problem).toBe('unreadable');
    // Letters in words are not figures.
    expect(parseCost(text('Solo 100円'), 'yen', []).amount).toBe(100);
  });

  it('reports too-large and negative amounts', () => {
    expect(parseCost(text('99,999,999,999,999,999円'), 'yen', [])).toMatchObject({
      amount: null,
      problem: 'too-large',
    });
    expect(parseCost(text('1兆億円'), 'yen', []).problem).toBe('unreadable');
    expect(parseCost(num(1e17), 'yen', [])).toMatchObject({ amount: null, problem: 'too-large' });
    expect(parseCost(num(9007199254741), 'thousand-yen', []).problem).toBe('too-large');
    expect(parseCost(text('-50,000円'), 'yen', ['a'])).toMatchObject({ amount: -50000, problem: 'negative' });
    expect(parseCost(text('△50,000円'), 'yen', ['a'])).toMatchObject({ amount: -50000, problem: 'negative' });
    expect(parseCost(num(-5), 'yen', ['a'])).toMatchObject({ amount: -5, problem: 'negative' });
  });

  it('leaves formula errors to a rule', () => {
    expect(parseCost({ value: '#REF!', error: '#REF!' }, 'yen', [])).toMatchObject({
      amount: null,
      problem: null,
      text: '#REF!',
    });
  });

  it('keeps a part larger than the whole', () => {
    const c = parseCost(text('100,000円 (うち保守費用:200,000円(危機管理課負担))'), 'yen', ['広報課']);
    expect(c.amount).toBe(100000);
    expect(c.parts[0]).toMatchObject({ amount: 200000, department: '危機管理課' });
    expect(c.allocation).toEqual({ 広報課: -100000, 危機管理課: 200000 });
  });

  it('finds the department of a part in its text or leaves it with the lead', () => {
    const c = parseCost(text('3,000,000円(うち環境政策課分1,000,000円、うち500,000円は保守)'), 'yen', [
      '広報課',
      '環境政策課',
    ]);
    expect(c.parts.map((p) => [p.amount, p.department])).toEqual([
      [1000000, '環境政策課'],
      [500000, null],
    ]);
    expect(c.allocation).toEqual({ 広報課: 2000000, 環境政策課: 1000000 });
  });

  it('prefers a figure marked as the total', () => {
    expect(parseCost(text('初期 1,000,000円、運用 500,000円、合計 1,500,000円'), 'yen', []).amount).toBe(
      1500000,
    );
  });
});

describe('cost basis and contracts', () => {
  it('reads the basis', () => {
    expect(costBasis('契約額未確定につき、事業予算を記載')).toBe('budget');
    expect(costBasis('契約金額')).toBe('contract');
    expect(costBasis('落札額')).toBe('contract');
    expect(costBasis('見積額')).toBe('budget');
    expect(costBasis('長期継続契約')).toBe('unknown');
  });

  it('reads multi-year contracts', () => {
    expect(multiYearOf('39か月')?.months).toBe(39);
    expect(multiYearOf('39カ月')?.months).toBe(39);
    expect(multiYearOf('5年契約')?.months).toBe(60);
    expect(multiYearOf('12ヶ月')).toBeNull();
    expect(multiYearOf('令和6年度')).toBeNull();
    expect(parseCost(text('1,000円（保守費用込み）'), 'yen', []).includesRunningCosts).toBe(true);
  });
});
