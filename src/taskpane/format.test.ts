import { daysLate, formatYen, isIsoDate, parseFiscalYear, parseRate } from './format';

describe('formatYen', () => {
  it('groups integer yen in each language', () => {
    expect(formatYen('ja', 159_642_281)).toBe('159,642,281円');
    expect(formatYen('en', 159_642_281)).toBe('¥159,642,281');
    expect(formatYen('ja', 0)).toBe('0円');
  });
  it('shows a dash when there is no amount', () => {
    expect(formatYen('ja', null)).toBe('—');
    expect(formatYen('en', undefined)).toBe('—');
  });
});

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-11-08')).toBe(true);
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(isIsoDate('2024/11/08')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
  it('counts days late across months and never negative', () => {
    expect(daysLate('2025-01-31', '2025-02-10')).toBe(10);
    expect(daysLate('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysLate('2025-03-01', '2025-02-10')).toBe(0);
    expect(daysLate('bad', '2025-02-10')).toBe(0);
  });
});

describe('parseFiscalYear', () => {
  it('reads western years, 令和 and R forms; empty means infer', () => {
    expect(parseFiscalYear('2024')).toBe(2024);
    expect(parseFiscalYear('２０２４年度')).toBe(2024);
    expect(parseFiscalYear('令和6')).toBe(2024);
    expect(parseFiscalYear('令和6年度')).toBe(2024);
    expect(parseFiscalYear('R7')).toBe(2025);
    expect(parseFiscalYear('令和元')).toBe(2019);
    expect(parseFiscalYear('  ')).toBeNull();
  });
  it('rejects what it cannot read', () => {
    expect(parseFiscalYear('abc')).toBeUndefined();
    expect(parseFiscalYear('24')).toBeUndefined();
    expect(parseFiscalYear('R0')).toBeUndefined();
  });
});

describe('parseRate', () => {
  it('reads decimals, fractions and percentages between 0 and 1', () => {
    expect(parseRate('0.5')).toBe(0.5);
    expect(parseRate('1/2')).toBe(0.5);
    expect(parseRate('70%')).toBe(0.7);
    expect(parseRate('.75')).toBe(0.75);
    expect(parseRate('')).toBeNull();
  });
  it('rejects rates outside 0–1 and garbage', () => {
    expect(parseRate('1.5')).toBeUndefined();
    expect(parseRate('1/0')).toBeUndefined();
    expect(parseRate('half')).toBeUndefined();
  });
});
