import * as iconv from 'iconv-lite';
import { csvCell, decodeText, parseDelimited, readCsv, sheetNameFromFile } from '../../src/cli/read-csv';
import { CliError } from '../../src/cli/errors';
import { cellText, type Grid } from '../../src/core/grid';
import { sampleCsvText } from './fixtures/build';
import { SAMPLE_HEADER } from '../helpers/sample';

function texts(grid: Grid): string[][] {
  return grid.rows.map((r) => r.map(cellText));
}

describe('decodeText', () => {
  const text = 'No.,事業名称,担当課\n1,公共施設予約システム導入事業,情報政策課\n';

  test('UTF-8 without and with BOM', () => {
    expect(decodeText(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({
      text,
      encoding: 'utf-8',
    });
  });

  test('Shift_JIS / CP932 (including ① and NEC special characters)', () => {
    const sjisText = text + '①令和6年度実施事業,～,髙\n';
    const decoded = decodeText(iconv.encode(sjisText, 'cp932'));
    expect(decoded.encoding).toBe('cp932');
    expect(decoded.text).toBe(sjisText);
  });

  test('UTF-16LE with a BOM (Excel "Unicode text")', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    expect(decodeText(bytes)).toEqual({ text, encoding: 'utf-16le' });
  });
});

describe('parseDelimited', () => {
  test('RFC 4180 quotes: delimiters, doubled quotes and line breaks inside', () => {
    expect(parseDelimited('a,"b,c","say ""hi""","two\r\nlines"\r\n', ',')).toEqual([
      ['a', 'b,c', 'say "hi"', 'two\nlines'],
    ]);
  });

  test('CRLF, LF and CR line ends mixed; empty fields kept', () => {
    expect(parseDelimited('a,b\r\nc,\nd,e\rf', ',')).toEqual([['a', 'b'], ['c', ''], ['d', 'e'], ['f']]);
  });

  test('no final line break; blank lines are empty records', () => {
    expect(parseDelimited('a\n\nb', ',')).toEqual([['a'], [''], ['b']]);
  });

  test('a quote inside an unquoted field is kept literally', () => {
    expect(parseDelimited('5"x,y\n', ',')).toEqual([['5"x', 'y']]);
  });

  test('an unclosed quote is an error naming the line it opened on, not a hang', () => {
    const input = 'a,b\nc,"never closed,d\ne,f\n'.repeat(1) + 'x,'.repeat(10_000);
    let caught: unknown;
    try {
      parseDelimited(input, ',');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(CliError);
    expect((caught as CliError).messageKey).toBe('cli.error.csvUnterminatedQuote');
    expect((caught as CliError).params).toEqual({ line: '2' });
  });

  test('tab-delimited', () => {
    expect(parseDelimited('No.\t事業名称\n1\t"a\tb"\n', '\t')).toEqual([
      ['No.', '事業名称'],
      ['1', 'a\tb'],
    ]);
  });
});

describe('csvCell', () => {
  test('purely numeric fields become numbers, everything else stays text', () => {
    expect(csvCell('11')).toEqual({ value: 11 });
    expect(csvCell('-3.5')).toEqual({ value: -3.5 });
    expect(csvCell(' 42 ')).toEqual({ value: 42 });
    expect(csvCell('19,140,000')).toEqual({ value: '19,140,000' });
    expect(csvCell('19,140,000円')).toEqual({ value: '19,140,000円' });
    expect(csvCell('007')).toEqual({ value: '007' });
    expect(csvCell('1e5')).toEqual({ value: '1e5' });
    expect(csvCell('12345678901234567890')).toEqual({ value: '12345678901234567890' });
    expect(csvCell('=SUM(A1)')).toEqual({ value: '=SUM(A1)' });
    expect(csvCell('').value).toBeNull();
  });
});

describe('readCsv', () => {
  test('the sample as UTF-8 and as Shift_JIS give the same grid', () => {
    const text = sampleCsvText();
    const utf8 = readCsv(Buffer.from(text, 'utf8'), '/tmp/dx.csv');
    const sjis = readCsv(iconv.encode(text, 'cp932'), '/tmp/dx.csv');
    expect(texts(sjis)).toEqual(texts(utf8));
    expect(utf8.sheet).toBe('dx');
    const header = utf8.rows.findIndex((r) => cellText(r[0] ?? { value: null }) === 'No.');
    expect(texts(utf8)[header]).toEqual([...SAMPLE_HEADER]);
    expect(utf8.rows[header + 1][0]).toEqual({ value: 1 });
    expect(utf8.rows[header + 3][2].value).toBe('広報課\n危機管理課\n環境政策課\n商工観光労政課');
  });

  test('.tsv and .txt are tab-delimited', () => {
    const grid = readCsv(Buffer.from('No.\t事業名称\n1\tA,B\n'), 'x.txt');
    expect(texts(grid)).toEqual([
      ['No.', '事業名称'],
      ['1', 'A,B'],
    ]);
  });

  test('an empty file is an error', () => {
    expect(() => readCsv(Buffer.from('\r\n'), 'e.csv')).toThrow(CliError);
  });

  test('sheet names from file names are valid sheet names', () => {
    expect(sheetNameFromFile('/a/b/DX[1]:x?.csv')).toBe('DX_1__x_');
    expect(sheetNameFromFile('c:\\data\\r6.csv')).toBe('r6');
    expect(sheetNameFromFile('x'.repeat(40) + '.csv')).toHaveLength(31);
  });
});
