/**
 * The one-pass clause splitter against the regular expressions it replaced (kept here as the
 * reference): same sentences and clauses on the sample sheet, the corpus and random strings made of
 * the characters that matter (breaks, bullets, ・, spaces, parentheses, し/して/と, commas).
 */
import * as fs from 'fs';
import { splitSentences } from '../../src/core/schedule/clauses';
import corpus from './corpus.json';
import { SAMPLE_PATH } from './sampleSheet';

const SENTENCE_BREAK = /[。\n\r]+|[○●◯◎■□◆◇※▼▽►]+|(?:^|[ \t\u3000])[・･]+|(?<=[)）])[ \t\u3000]+/;
const CLAUSE_JOIN = /(?<=(?<!と)し|(?<!と)して)[、，,]/;
const EDGE = /^[\s\u3000、，,・･]+|[\s\u3000、，,]+$/g;

function reference(text: string): string[][] {
  const out: string[][] = [];
  for (const sentence of text.split(SENTENCE_BREAK)) {
    const clauses: string[] = [];
    for (const clause of sentence.split(CLAUSE_JOIN)) {
      const c = clause.replace(EDGE, '');
      if (c) clauses.push(c);
    }
    if (clauses.length) out.push(clauses);
  }
  return out;
}

describe('splitSentences matches the reference patterns', () => {
  test('on the sample sheet and the corpus', () => {
    const texts = [
      ...fs.readFileSync(SAMPLE_PATH, 'utf8').split(/[\t\n]/),
      ...(corpus.cases as Array<{ text: string }>).map((c) => c.text),
    ];
    for (const text of texts) expect(splitSentences(text)).toEqual(reference(text));
  });

  test('on 100,000 random strings of the characters that matter', () => {
    const alphabet = Array.from(
      '。\n\r○●◯◎■□◆◇※▼▽► \t\u3000・･)）(（としてしし、，,\u00a0\u2003\ufeff\u000b\u2028月日1予定実施あ',
    );
    let seed = 20241108;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
    let differences = 0;
    for (let k = 0; k < 100_000; k++) {
      let s = '';
      const length = Math.floor(next() * 14);
      for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      if (JSON.stringify(splitSentences(s)) !== JSON.stringify(reference(s))) {
        differences++;
        expect(splitSentences(s)).toEqual(reference(s)); // shows the first difference
      }
    }
    expect(differences).toBe(0);
  });

  test('edge cases', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('・a ・b')).toEqual([['a'], ['b']]);
    expect(splitSentences('（R8年度以降） 実施')).toEqual([['（R8年度以降）'], ['実施']]);
    expect(splitSentences('実施し、として、検討し,して、')).toEqual([['実施し', 'として、検討し', 'して']]);
  });
});
