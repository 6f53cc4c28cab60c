/** Unit tests of the fixes the corpus led to (money parser, CSV decoding). */
import * as iconv from 'iconv-lite';
import { decodeText, readCsv } from '../../src/cli/read-csv';
import { readFigure } from '../../src/core/money/amount';
import { parseCost } from '../../src/core/money/parse';

describe('money', () => {
  test('京 is read exactly, and an amount in 京 is too large for yen arithmetic', () => {
    expect(readFigure('1京2000兆')).toBe(12_000n * 10n ** 12n);
    expect(parseCost({ value: '1京円' }, 'yen', ['情報政策課'])).toMatchObject({
      amount: null,
      problem: 'too-large',
    });
    expect(parseCost({ value: '5000兆円' }, 'yen', ['情報政策課']).amount).toBe(5e15);
  });

  test('a date in the cost column is not read as its serial number', () => {
    const cost = parseCost({ value: 45604, date: '2024-11-08', numberFormat: 'yyyy/m/d' }, 'yen', ['総務課']);
    expect(cost).toMatchObject({ amount: null, problem: 'unreadable' });
  });
});

describe('CSV decoding', () => {
  test('clean input has no undecodable count', () => {
    expect(decodeText(iconv.encode('①髙橋', 'cp932'))).toEqual({ text: '①髙橋', encoding: 'cp932' });
  });

  test('bytes CP932 does not define are counted; a damaged UTF-8 file stays UTF-8', () => {
    const sjis = Buffer.concat([iconv.encode('事業', 'cp932'), Buffer.from([0x85, 0x40])]);
    expect(decodeText(sjis)).toMatchObject({ encoding: 'cp932', undecodable: 1 });
    const utf8 = Buffer.concat([Buffer.from('情報政策課の事業'), Buffer.from([0xff])]);
    expect(decodeText(utf8)).toEqual({ text: '情報政策課の事業\uFFFD', encoding: 'utf-8', undecodable: 1 });
  });

  test('readCsv warns with the encoding, the count and the first line', () => {
    const warnings: Array<[string, Readonly<Record<string, string>>]> = [];
    const buf = Buffer.concat([iconv.encode('No.,事業名称\r\n1,', 'cp932'), Buffer.from([0x85, 0x40, 0x0a])]);
    readCsv(buf, 'x.csv', (key, params) => warnings.push([key, params]));
    expect(warnings).toEqual([
      ['cli.warning.undecodable', { file: 'x.csv', encoding: 'Shift_JIS (CP932)', count: '1', line: '2' }],
    ]);
  });
});
