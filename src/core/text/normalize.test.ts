import { normalizeDashes, normalizeSpace, normalizeText } from './normalize';

/** The definition: NFKC, then the wave dashes to '~'. */
const reference = (s: string): string =>
  s.normalize('NFKC').replace(/[\u301C\uFF5E\u223C\u223E\u2053]/g, '~');

describe('normalizeText', () => {
  test('full-width digits and letters, half-width kana, wave dashes', () => {
    expect(normalizeText('１２月ＡＢＣ ｶﾀｶﾅ 10〜11月 3～4')).toBe('12月ABC カタカナ 10~11月 3~4');
    expect(normalizeText('令和６年（2024年）')).toBe('令和6年(2024年)');
  });

  test('plain Japanese text is returned as it is', () => {
    const s = '9月に事業者見積を実施し、12月12日に「端末」設置予定・調整中。';
    expect(normalizeText(s)).toBe(s);
    expect(normalizeText('')).toBe('');
  });

  test('every BMP code point, alone and after a kana, as the definition', () => {
    const mismatches: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCharCode(c);
      for (const t of [s, `か${s}`, `${s}か`, `カ${s}`]) {
        if (normalizeText(t) !== reference(t)) mismatches.push(c.toString(16));
      }
    }
    expect(mismatches).toEqual([]);
  });

  test('every pair of ASCII, CJK punctuation and kana characters composes as the definition', () => {
    const chars: string[] = [];
    for (let c = 0; c < 0x80; c++) chars.push(String.fromCharCode(c));
    for (let c = 0x3000; c <= 0x30ff; c++) chars.push(String.fromCharCode(c));
    let mismatches = 0;
    for (const x of chars) for (const y of chars) if (normalizeText(x + y) !== reference(x + y)) mismatches++;
    expect(mismatches).toBe(0);
  });

  test('normalizeSpace and normalizeDashes', () => {
    expect(normalizeSpace('  Ａ\u3000\u3000Ｂ \n')).toBe('A B');
    expect(normalizeDashes('10/30－11/3')).toBe('10/30-11/3');
  });
});
