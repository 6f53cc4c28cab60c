import { isDateFormat, isoToSerial, serialToIso } from '../../src/excel/dates';
import { chunkAddresses, highlightAreas } from '../../src/excel/highlight';
import { planReads } from '../../src/excel/read';

test('serials ↔ ISO dates by arithmetic from 1899-12-30 (and the 1900 leap-year slip)', () => {
  expect(serialToIso(45604)).toBe('2024-11-08');
  expect(serialToIso(45604.99)).toBe('2024-11-08');
  expect(serialToIso(61)).toBe('1900-03-01');
  expect(serialToIso(59)).toBe('1900-02-28');
  expect(serialToIso(1)).toBe('1900-01-01');
  expect(serialToIso(60)).toBeNull();
  expect(isoToSerial('2024-11-08')).toBe(45604);
  expect(isoToSerial('2025-02-29')).toBeNull();
  for (const s of [1, 59, 61, 36526, 45292, 2958465]) expect(isoToSerial(serialToIso(s)!)).toBe(s);
});

test('date number formats', () => {
  for (const f of [
    'yyyy/m/d',
    'm/d/yyyy',
    '[$-ja-JP]ggge"年"m"月"d"日"',
    'yyyy"年"m"月"d"日"',
    'mmm-yy',
    'd-mmm',
  ])
    expect([f, isDateFormat(f)]).toEqual([f, true]);
  for (const f of ['General', '@', '#,##0"円"', '0.00E+00', 'h:mm', '[h]:mm:ss', '0%', '"day"0'])
    expect([f, isDateFormat(f)]).toEqual([f, false]);
});

test('highlight areas merge column runs; chunks respect both limits', () => {
  const issue = (cell: string, severity: 'error' | 'warning' = 'error') => ({
    rule: 'r',
    severity,
    cell,
    row: 1,
    message: '',
    messageKey: 'k',
    params: {},
  });
  const areas = highlightAreas([
    issue('D5'),
    issue('D6'),
    issue('D7'),
    issue('B2'),
    issue('D6', 'warning'),
    issue('F9', 'warning'),
  ]);
  expect(areas.get('error')).toEqual(['B2', 'D5:D7']);
  expect(areas.get('warning')).toEqual(['F9']);
  const many = Array.from({ length: 5000 }, (_, i) => `XFD${1000000 + i}`);
  const chunks = chunkAddresses(many);
  expect(chunks.join(',').split(',')).toEqual(many);
  for (const c of chunks) {
    expect(c.length).toBeLessThanOrEqual(8000);
    expect(c.split(',').length).toBeLessThanOrEqual(200);
  }
});

test('read plan: one group for ordinary sheets, groups under the budget for big ones', () => {
  expect(planReads(10, 8)).toHaveLength(1);
  expect(planReads(5000, 8)).toHaveLength(1);
  const big = planReads(1_000_000, 30);
  expect(big.length).toBeGreaterThan(1);
  const rows = big.flat().reduce((n, b) => n + b.count, 0);
  expect(rows).toBe(1_000_000);
  for (const g of big) expect(g.reduce((n, b) => n + b.count * 30, 0)).toBeLessThanOrEqual(5_000_000);
});
