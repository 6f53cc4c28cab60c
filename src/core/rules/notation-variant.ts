/** notation-variant: a word of the notation dictionary written as a known variant (レジ田 → デジ田, 紹介 → 照会). */
import type { ColumnKey } from '../model';
import type { NotationRule } from '../notation/prh';
import { findNotationVariants } from '../notation/prh';
import type { IssueDraft, Rule } from './rule';

const prefilters = new WeakMap<readonly NotationRule[], RegExp | null>();

/**
 * One regular expression matching wherever any pattern of the dictionary might (a superset: flags i, m,
 * s, u of any pattern apply to all), so most cells are passed over with a single test. null when the
 * patterns cannot be joined safely (back-references, or the joined source does not compile).
 */
export function notationPrefilter(rules: readonly NotationRule[]): RegExp | null {
  if (prefilters.has(rules)) return prefilters.get(rules) ?? null;
  let result: RegExp | null = null;
  const patterns = rules.flatMap((r) => r.patterns);
  if (patterns.length && !patterns.some((p) => /\\[1-9]|\\k</.test(p.source))) {
    const flags = [...new Set(patterns.flatMap((p) => [...p.flags].filter((f) => 'imsu'.includes(f))))].join(
      '',
    );
    try {
      result = new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), flags);
    } catch {
      result = null;
    }
  }
  prefilters.set(rules, result);
  return result;
}

export const notationVariant: Rule = {
  id: 'notation-variant',
  severity: 'warning',
  *check(ctx): Generator<IssueDraft> {
    const rules = ctx.options.notation;
    if (rules.length === 0) return;
    const prefilter = notationPrefilter(rules);
    for (let i = 0; i < ctx.projects.length; i++) {
      const p = ctx.projects[i];
      // for…in: the keys in Object.keys order, without an array of them per project.
      for (const name in p.texts) {
        const key = name as ColumnKey;
        const text = p.texts[key];
        const cell = p.cells[key];
        if (!text || !cell || key === 'no') continue;
        if (prefilter && !prefilter.test(text)) continue;
        for (const v of findNotationVariants(text, rules)) {
          yield {
            cell,
            row: p.row,
            messageKey: v.note ? 'rule.notation-variant.note' : 'rule.notation-variant',
            params: v.note
              ? { found: v.found, expected: v.expected, note: v.note }
              : { found: v.found, expected: v.expected },
          };
        }
      }
    }
  },
};
