/**
 * Subsidy programs named in a project's cells → SubsidyFlag (one per program). A flag is eligible when
 * it is written in the remarks/funding column or says so (デジ田交付金対象事業, 特別交付税措置の対象);
 * a program merely mentioned elsewhere (「地域デジタル基盤活用推進事業」を活用し) is kept with eligible: false.
 */
import type { SubsidyProgram } from '../config';
import type { ColumnKey, SubsidyFlag } from '../model';
import { normalizeText } from '../text/normalize';

export interface SubsidyText {
  readonly column: ColumnKey;
  /** A1 address of the cell. */
  readonly cell: string;
  readonly text: string;
}

/** How far after a mention its rate, variant or 対象 is looked for. */
const WINDOW = 40;

const KEYED_RATE =
  /(?:措置率|補助率|交付率|充当率|算入率|負担率)\s*(?:は|:)?\s*(?:(\d+)\s*\/\s*(\d+)|(\d+)\s*分の\s*(\d+)|(\d+(?:\.\d+)?)\s*(%)?)/;
const BUN_RATE = /(\d+)\s*分の\s*(\d+)/;
const SLASH_RATE = /(?:^|[^\d/])([1-3])\s*\/\s*([2-4])(?![\d/])/;
const PERCENT_RATE = /(?:^|[^\d.])(\d{1,3}(?:\.\d+)?)\s*%/;
const NEGATED = /対象外|対象と(?:なら|しな)|対象に(?:なら|しな)|非対象|不採択|対象ではな|見送/;
const TARGET = /^[^。\n]{0,12}?対象(?!外)/;
/** The words right after a program name that still belong to it: 交付金対象事業 (地域間連携). */
const TAIL = /^(?:交付金)?(?:の)?(?:対象)?(?:事業)?(?:\s*\([^()]{0,20}\))?/;
/** TAIL read in place at lastIndex (sticky): no copy of the rest of the text. */
const TAIL_AT = new RegExp(TAIL.source.slice(1), 'y');

/** The flags of a project that names no program (shared: a Project's lists are read-only). */
const NO_FLAGS: readonly SubsidyFlag[] = Object.freeze([]);

interface Mention {
  readonly program: SubsidyProgram;
  readonly flag: SubsidyFlag;
  readonly order: number;
}

/** The text after a mention, up to WINDOW characters, ending before 。 or a line break (one slice). */
function clauseAfter(text: string, from: number): string {
  const limit = Math.min(text.length, from + WINDOW);
  let stop = from;
  while (stop < limit) {
    const c = text.charCodeAt(stop);
    if (c === 0x3002 || c === 0x0a) break;
    stop++;
  }
  return text.slice(from, stop);
}

function fraction(n: string, d: string): number | null {
  const num = Number(n);
  const den = Number(d);
  if (!den || num <= 0 || num > den) return null;
  return num / den;
}

/** A grant rate stated in a clause: 措置率0.7, 補助率1/2, 2分の1, 3/4, 50%. */
export function rateIn(clause: string): number | null {
  const keyed = KEYED_RATE.exec(clause);
  if (keyed) {
    if (keyed[1]) return fraction(keyed[1], keyed[2]);
    if (keyed[3]) return fraction(keyed[4], keyed[3]);
    const v = Number(keyed[5]);
    if (keyed[6]) return v > 0 && v <= 100 ? v / 100 : null;
    if (v > 0 && v <= 1) return v;
    return v > 1 && v <= 100 ? v / 100 : null;
  }
  const bun = BUN_RATE.exec(clause);
  if (bun) return fraction(bun[2], bun[1]);
  const slash = SLASH_RATE.exec(clause);
  if (slash) return fraction(slash[1], slash[2]);
  const pct = PERCENT_RATE.exec(clause);
  if (pct) {
    const v = Number(pct[1]);
    return v > 0 && v <= 100 ? v / 100 : null;
  }
  return null;
}

/** Normalised patterns of a program, longest first (computed once per program object). */
const prepared = new WeakMap<SubsidyProgram, readonly string[]>();
function patternsOf(program: SubsidyProgram): readonly string[] {
  let list = prepared.get(program);
  if (!list) {
    list = program.patterns.map((p) => normalizeText(p)).filter((p) => p.length > 0);
    list = [...list].sort((a, b) => b.length - a.length);
    prepared.set(program, list);
  }
  return list;
}

/** Normalised variants of a program, in their order (computed once per program object). */
const preparedVariants = new WeakMap<SubsidyProgram, readonly string[]>();
function variantsOf(program: SubsidyProgram): readonly string[] {
  let list = preparedVariants.get(program);
  if (!list) {
    list = program.variants.map((v) => normalizeText(v));
    preparedVariants.set(program, list);
  }
  return list;
}

/** Every program's patterns in one expression (a text none of them is in is passed over at once). */
const anyPattern = new WeakMap<readonly SubsidyProgram[], RegExp | null>();
function prefilterOf(programs: readonly SubsidyProgram[]): RegExp | null {
  let re = anyPattern.get(programs);
  if (re === undefined) {
    const all = programs.flatMap((p) => patternsOf(p));
    re = all.length ? new RegExp(all.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')) : null;
    anyPattern.set(programs, re);
  }
  return re;
}

/** Mentions of one program in one text, longest pattern first at each place. */
function occurrences(text: string, sorted: readonly string[]): Array<{ index: number; length: number }> {
  const found: Array<{ index: number; length: number }> = [];
  for (let k = 0; k < sorted.length; k++) {
    const p = sorted[k];
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + p.length)) {
      let covered = false;
      for (let j = 0; j < found.length && !covered; j++)
        covered = i >= found[j].index && i < found[j].index + found[j].length;
      if (!covered) found.push({ index: i, length: p.length });
    }
  }
  return found.length > 1 ? found.sort((a, b) => a.index - b.index) : found;
}

/**
 * One flag per program found in the texts, preferring an eligible mention, then one with a stated
 * rate, then the first. Texts are a project's cells (any column).
 */
export function detectSubsidies(
  texts: ReadonlyArray<{ column: ColumnKey; cell: string; text: string }>,
  programs: readonly SubsidyProgram[],
): readonly SubsidyFlag[] {
  // The best mention of each program met so far, in order of first mention (a project names a few).
  let best: Mention[] | null = null;
  let order = 0;
  const prefilter = prefilterOf(programs);
  for (let e = 0; e < texts.length; e++) {
    const entry = texts[e];
    if (!entry.text) continue;
    const text = normalizeText(entry.text);
    if (prefilter === null || !prefilter.test(text)) continue;
    for (let g = 0; g < programs.length; g++) {
      const program = programs[g];
      const patterns = patternsOf(program);
      if (!mentionsAny(text, patterns)) continue;
      const found = occurrences(text, patterns);
      for (let o = 0; o < found.length; o++) {
        const occ = found[o];
        const end = occ.index + occ.length;
        const clause = clauseAfter(text, end);
        const negated = NEGATED.test(clause.length > 20 ? clause.slice(0, 20) : clause);
        const eligible = !negated && (entry.column === 'remarks' || TARGET.test(clause));
        // The variant is looked for from 20 characters before the mention to the end of its clause.
        const from = Math.max(0, occ.index - 20);
        const to = end + clause.length;
        const variants = variantsOf(program);
        let variant: string | null = null;
        for (let v = 0; v < variants.length; v++) {
          const at = text.indexOf(variants[v], from);
          if (at >= 0 && at + variants[v].length <= to) {
            variant = program.variants[v];
            break;
          }
        }
        const stated = rateIn(clause);
        TAIL_AT.lastIndex = end;
        const tail = TAIL_AT.exec(text)?.[0] ?? '';
        const flag: SubsidyFlag = {
          program: program.id,
          name: program.name,
          variant,
          rate: stated ?? program.defaultRate,
          rateSource: stated !== null ? 'text' : program.defaultRate !== null ? 'config' : null,
          eligible,
          cell: entry.cell,
          text: (tail ? text.slice(occ.index, end + tail.length) : text.slice(occ.index, end)).trim(),
        };
        const mention: Mention = { program, flag, order: order++ };
        best ??= [];
        let k = 0;
        while (k < best.length && best[k].program.id !== program.id) k++;
        if (k === best.length || better(mention, best[k])) best[k] = mention;
      }
    }
  }
  if (best === null) return NO_FLAGS;
  if (best.length === 1) return [best[0].flag];
  return best.sort((a, b) => a.order - b.order).map((m) => m.flag);
}

function mentionsAny(text: string, patterns: readonly string[]): boolean {
  for (const p of patterns) if (text.includes(p)) return true;
  return false;
}

function better(a: Mention, b: Mention): boolean {
  if (a.flag.eligible !== b.flag.eligible) return a.flag.eligible;
  const at = a.flag.rateSource === 'text';
  const bt = b.flag.rateSource === 'text';
  if (at !== bt) return at;
  return false;
}
