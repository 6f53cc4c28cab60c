/** duplicate-value: a No. (error) or a project name (warning) that an earlier row already has. */
import { normalizeSpace } from '../text/normalize';
import { ByNumber, numberingRuns } from './numbering';
import type { IssueDraft, Rule } from './rule';

/** A name NFKC leaves as it is: compared as written. */
const PLAIN_NAME = /^[\x21-\x7e\u3041-\u30ff\u4e00-\u9fff]*$/;
/**
 * A name of such characters (less the kana NFKC changes or composes: U+3099–U+309C, ゟ, ヿ) and full-width
 * ASCII forms only (（第2期）), whose normalised form is the full-width forms written as ASCII.
 */
const WIDE_NAME = /^[\x21-\x7e\u3041-\u3098\u309d\u309e\u30a0-\u30fe\u4e00-\u9fff\uff01-\uff5e]*$/;

/** The full-width ASCII forms (U+FF01–FF5E) of a name written as ASCII; the pieces between copied once. */
function asciiForms(name: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0xff01 || c > 0xff5e) continue;
    out += name.slice(from, i) + String.fromCharCode(c - 0xfee0);
    from = i + 1;
  }
  return from === 0 ? name : out + name.slice(from);
}

/** The name as compared: normalizeSpace(name), without NFKC for the names above. */
function nameKey(name: string): string {
  if (PLAIN_NAME.test(name)) return name;
  if (WIDE_NAME.test(name)) {
    return asciiForms(name);
  }
  return normalizeSpace(name);
}

export const duplicateValue: Rule = {
  id: 'duplicate-value',
  severity: 'error',
  *check(ctx): Generator<IssueDraft> {
    const runs = numberingRuns(ctx.projects, ctx.tables);
    // Keyed by run, then number: no string keys built per row.
    const numbers = new Map<number, ByNumber<string>>();
    const names = new Map<string, string>();
    for (let i = 0; i < ctx.projects.length; i++) {
      const p = ctx.projects[i];
      if (p.no !== null && p.cells.no) {
        let run = numbers.get(runs[i]);
        if (!run) {
          run = new ByNumber(ctx.projects.length);
          numbers.set(runs[i], run);
        }
        const first = run.get(p.no);
        if (first) {
          yield {
            cell: p.cells.no,
            row: p.row,
            messageKey: 'rule.duplicate-value.no',
            params: { no: p.no, first },
          };
        } else run.set(p.no, p.cells.no);
      }
      const name = nameKey(p.name);
      if (name && p.cells.name) {
        const first = names.get(name);
        if (first) {
          yield {
            cell: p.cells.name,
            row: p.row,
            severity: 'warning',
            messageKey: 'rule.duplicate-value.name',
            params: { name: p.name, first },
          };
        } else names.set(name, p.cells.name);
      }
    }
  },
};
