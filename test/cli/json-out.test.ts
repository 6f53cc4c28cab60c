import { readFileSync } from 'fs';
import { writeJson } from '../../src/cli/json-out';
import { readXlsx } from '../../src/cli/xlsx';
import { check } from '../../src/core/check';
import { SAMPLE_XLSX } from './fixtures/build';

function written(value: unknown, chunkChars?: number): { text: string; chunks: number } {
  const chunks: string[] = [];
  writeJson(value, (c) => chunks.push(c), chunkChars);
  return { text: chunks.join(''), chunks: chunks.length };
}

describe('writeJson: the bytes of JSON.stringify(value) + newline, in pieces', () => {
  test('the sample report, whatever the piece size', () => {
    const book = readXlsx(readFileSync(SAMPLE_XLSX), SAMPLE_XLSX);
    const report = check(book.grid(book.sheets[0]), { lang: 'ja', asOf: '2024-11-08' });
    const expected = JSON.stringify(report) + '\n';
    expect(written(report).text).toBe(expected);
    const small = written(report, 64);
    expect(small.text).toBe(expected);
    expect(small.chunks).toBeGreaterThan(10);
  });

  test('what JSON.stringify leaves out or turns into null, toJSON, nesting, odd keys', () => {
    const sparse: unknown[] = [1, , 3]; // eslint-disable-line no-sparse-arrays
    const value = {
      a: undefined,
      b: () => 1,
      c: [undefined, () => 1, Symbol('s'), null, NaN, Infinity, -0],
      d: new Date(Date.UTC(2024, 10, 8)),
      e: { toJSON: () => ({ x: 1 }) },
      'k"\n\u2028': { deep: [{ deeper: [1, { deepest: '日本語 "引用"' }] }] },
      f: sparse,
      g: [],
      h: {},
      i: 'テキスト\u0000\ud800',
    };
    expect(written(value, 1).text).toBe(JSON.stringify(value) + '\n');
    expect(written([value, [value]], 8).text).toBe(JSON.stringify([value, [value]]) + '\n');
    expect(written('x').text).toBe('"x"\n');
    expect(written(null).text).toBe('null\n');
  });
});
