/**
 * Notation dictionary in prh's YAML format (rules: expected / pattern(s) / specs), so a city can reuse
 * a dictionary it already keeps for textlint-rule-prh.
 *
 *   version: 1
 *   rules:
 *     - expected: デジ田
 *       pattern: レジ田            # a string is literal; /regex/flags is a regular expression
 *       specs:
 *         - from: レジ田交付金
 *           to: デジ田交付金
 *       prh: 「デジ田」の誤変換です   # note shown to the user
 *
 * `imports` (other dictionary files) are not followed: the core reads no files.
 */
import { load } from 'js-yaml';
import { t, type MessageParams } from '../i18n';

export interface NotationRule {
  /** The correct notation. */
  readonly expected: string;
  /** Patterns that are variants of it (plain text, or /regex/ as in prh). */
  readonly patterns: readonly RegExp[];
  /** Optional prh specs: {from, to} examples the rule must turn from into to. */
  readonly specs: ReadonlyArray<{ readonly from: string; readonly to: string }>;
  /** Optional prh prh: note shown to the user. */
  readonly note: string | null;
}

/** A dictionary that cannot be used; `key`/`params` render it in either language. */
export class NotationDictionaryError extends Error {
  constructor(
    readonly key: string,
    readonly params: MessageParams = {},
  ) {
    super(t('ja', key, params));
    this.name = 'NotationDictionaryError';
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const REGEX_LITERAL = /^\/(.+)\/([a-z]*)$/s;

function compile(pattern: string, index: number, caseInsensitive = false): RegExp {
  const m = REGEX_LITERAL.exec(pattern);
  try {
    if (m) {
      const flags = new Set(m[2].split('').filter((f) => f !== 'y'));
      flags.add('g');
      return new RegExp(m[1], [...flags].join(''));
    }
    return new RegExp(escapeRegExp(pattern), caseInsensitive ? 'gi' : 'g');
  } catch (e) {
    throw new NotationDictionaryError('core.notation.pattern-invalid', {
      index,
      pattern,
      detail: e instanceof Error ? e.message : String(e),
    });
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** expected with $1…$99, $&, $$ filled from a match (as String.prototype.replace does). */
function expand(expected: string, m: RegExpExecArray): string {
  return expected.replace(/\$(\$|&|\d{1,2})/g, (whole, ref: string) => {
    if (ref === '$') return '$';
    if (ref === '&') return m[0];
    const n = Number(ref);
    return n > 0 && n < m.length ? (m[n] ?? '') : whole;
  });
}

/** Applies a rule to a text (every pattern, every match), as prh does when it fixes a text. */
export function applyNotationRule(text: string, rule: NotationRule): string {
  let out = text;
  for (const p of rule.patterns) {
    out = out.replace(p, (...args: unknown[]) => {
      // Rebuild an exec-like array: [match, ...groups]; trailing args are offset, string (and groups).
      const groupsEnd = args.findIndex((a, i) => i > 0 && typeof a === 'number');
      const m = args.slice(0, groupsEnd) as string[];
      const arr = Object.assign([...m], { index: 0, input: '' }) as unknown as RegExpExecArray;
      return expand(rule.expected, arr);
    });
  }
  return out;
}

/** Parses and checks a prh dictionary: every spec must hold. Throws NotationDictionaryError. */
export function parseNotationDictionary(yaml: string): NotationRule[] {
  let doc: unknown;
  try {
    doc = load(yaml);
  } catch (e) {
    const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new NotationDictionaryError('core.notation.yaml-invalid', { detail });
  }
  if (doc === undefined || doc === null) return [];
  if (!isRecord(doc)) throw new NotationDictionaryError('core.notation.no-rules');
  if (doc.version !== undefined && doc.version !== 1) {
    throw new NotationDictionaryError('core.notation.version-unsupported', { version: String(doc.version) });
  }
  if (doc.rules === undefined || doc.rules === null) return [];
  if (!Array.isArray(doc.rules)) throw new NotationDictionaryError('core.notation.no-rules');
  return doc.rules.map((raw: unknown, i: number) => parseRule(raw, i + 1));
}

function parseRule(raw: unknown, index: number): NotationRule {
  const invalid = (detail: string) =>
    new NotationDictionaryError('core.notation.rule-invalid', { index, detail });
  // prh allows a bare string: the expected notation, matched case-insensitively.
  const r: Record<string, unknown> = typeof raw === 'string' ? { expected: raw } : isRecord(raw) ? raw : {};
  if (typeof r.expected !== 'string' || r.expected === '') throw invalid('expected');
  const expected = r.expected;
  const given = r.patterns ?? r.pattern;
  let sources: string[];
  if (given === undefined || given === null) sources = [];
  else if (typeof given === 'string') sources = [given];
  else if (Array.isArray(given) && given.every((p) => typeof p === 'string')) sources = given as string[];
  else throw invalid('pattern');
  // With no pattern, prh matches the expected itself ignoring case (jquery → jQuery); an exact
  // occurrence of the expected is never reported.
  const patterns =
    sources.length > 0
      ? sources.map((p) => compile(p, index))
      : [compile(expected, index, /^[\x20-\x7e]+$/.test(expected))];
  for (const p of patterns) if (p.test('')) throw invalid(`pattern ${p.source} matches the empty text`);
  const specs: Array<{ from: string; to: string }> = [];
  if (r.specs !== undefined && r.specs !== null) {
    if (!Array.isArray(r.specs)) throw invalid('specs');
    for (const s of r.specs) {
      if (!isRecord(s) || typeof s.from !== 'string' || typeof s.to !== 'string') throw invalid('specs');
      specs.push({ from: s.from, to: s.to });
    }
  }
  const note = typeof r.prh === 'string' && r.prh.trim() ? r.prh.trim() : null;
  const rule: NotationRule = { expected, patterns, specs, note };
  for (const spec of specs) {
    const actual = applyNotationRule(spec.from, rule);
    if (actual !== spec.to) {
      throw new NotationDictionaryError('core.notation.spec-failed', {
        expected,
        from: spec.from,
        to: spec.to,
        actual,
      });
    }
  }
  return rule;
}

/** Every variant in a text, in order: what was found, at which index, and what is expected instead. */
export function findNotationVariants(
  text: string,
  rules: readonly NotationRule[],
): Array<{ expected: string; found: string; index: number; note: string | null }> {
  const out: Array<{ expected: string; found: string; index: number; note: string | null }> = [];
  if (!text) return out;
  for (const rule of rules) {
    for (const p of rule.patterns) {
      // Patterns are compiled global; a caller's own non-global RegExp is copied once here.
      const re = p.global ? p : new RegExp(p.source, p.flags + 'g');
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (m[0] === '') {
          re.lastIndex++;
          continue;
        }
        const expected = expand(rule.expected, m);
        if (expected !== m[0]) out.push({ expected, found: m[0], index: m.index, note: rule.note });
      }
      re.lastIndex = 0;
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
