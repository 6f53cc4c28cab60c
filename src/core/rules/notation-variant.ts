/** notation-variant: a word of the notation dictionary written as a known variant (レジ田 → デジ田, 紹介 → 照会). */
import type { ColumnKey } from '../model';
import { findNotationVariants } from '../notation/prh';
import type { IssueDraft, Rule } from './rule';

export const notationVariant: Rule = {
  id: 'notation-variant',
  severity: 'warning',
  *check(ctx): Generator<IssueDraft> {
    if (ctx.options.notation.length === 0) return;
    for (const p of ctx.projects) {
      for (const key of Object.keys(p.texts) as ColumnKey[]) {
        const text = p.texts[key];
        const cell = p.cells[key];
        if (!text || !cell || key === 'no') continue;
        for (const v of findNotationVariants(text, ctx.options.notation)) {
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
