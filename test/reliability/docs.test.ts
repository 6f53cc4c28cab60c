/** docs/reliability.md shows the corpus as it is. Regenerate with UPDATE_DOCS=1 npx jest test/reliability/docs. */
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { BEGIN, END, renderCorpusTable } from './corpus-doc';

/** Prettier pads the table's columns; compare without the padding. */
const normalize = (md: string) =>
  md
    .split('\n')
    .map((l) =>
      l
        .replace(/ *\| */g, '|')
        .replace(/-{3,}/g, '---')
        .trim(),
    )
    .join('\n');

const DOC = path.resolve(__dirname, '..', '..', 'docs', 'reliability.md');

test('docs/reliability.md holds the generated corpus table', () => {
  const doc = readFileSync(DOC, 'utf8');
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  const table = renderCorpusTable();
  const current = doc.slice(start, end + END.length);
  if (process.env.UPDATE_DOCS && current !== table) {
    writeFileSync(DOC, doc.slice(0, start) + table + doc.slice(end + END.length)); // then npx prettier --write
    return;
  }
  expect(normalize(current)).toBe(normalize(table));
});
