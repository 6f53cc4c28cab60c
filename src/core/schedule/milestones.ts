/** Reads a project's milestones (and impossible dates) from its text cells. */
import type { ColumnKey, Milestone } from '../model';
import { normalizeDashes, normalizeText } from '../text/normalize';
import { forEachClause } from './clauses';
import { fiscalYearOf } from './dates';
import { parseClause, type DateMention, type ImpossibleDate, type YearCarry } from './parse';
import { clauseStatus, type ClauseStatus } from './status';

/** Columns milestones are read from: what was done, and what is planned (not the overview). */
export const MILESTONE_COLUMNS: readonly ColumnKey[] = ['status', 'plan'];

export interface MilestoneOptions {
  readonly fiscalYear: number | null;
  readonly asOf: string;
  /** The date the sheet was written (令和6年11月8日), when known. */
  readonly sheetDate?: string | null;
}

/** Text that may hold a date before normalisation (ASCII, full-width and enclosed digits, 元, 年, 度, 期). */
const MAY_HOLD_DATE = /[0-9\uFF10-\uFF19\u2460-\u24FF\u3251-\u32BF元年度期]/;

/**
 * A clause that may hold a date: one with a digit, 元, 年, 度 or 期, or with any character outside the
 * plain ranges below, whose NFKC form is the character itself or plain punctuation, a Latin letter
 * or kana (ASCII but digits, CJK punctuation, kana, CJK ideographs but 元年度期, full-width forms but
 * digits). A clause of plain characters only cannot hold a date after normalisation either, so it is
 * neither normalised nor parsed.
 */
const NOT_PLAIN =
  /[^\0-/:-\x7F\u3000-\u3003\u3005-\u3011\u3013-\u301F\u3041-\u3096\u30A1-\u30FA\u30FC-\u30FE\u4E00-\u5142\u5144-\u5E73\u5E75-\u5EA5\u5EA7-\u671E\u6720-\u9FFF\uFF01-\uFF0F\uFF1A-\uFF9F]/;

/**
 * A character outside the ranges NFKC leaves as they are and the dash/wave-dash replacements do not
 * touch (ASCII; CJK punctuation but the ideographic space and 〜; kana; CJK ideographs). A clause
 * without one is its own normalised form.
 */
const NEEDS_NORMALIZING =
  /[^\0-\x7F\u3001-\u3003\u3005-\u3011\u3013-\u301B\u301D-\u301F\u3041-\u3096\u30A1-\u30FA\u30FC-\u30FE\u4E00-\u9FFF]/;

/** normalizeDashes(normalizeText(clause)), without the work when the clause is already normalised. */
function normalizeClause(clause: string): string {
  return NEEDS_NORMALIZING.test(clause) ? normalizeDashes(normalizeText(clause)) : clause;
}

type ClauseVisitor = (
  clause: string,
  normalized: string,
  mentions: readonly DateMention[],
  impossible: readonly ImpossibleDate[],
) => void;

/**
 * Reads every clause of the text; `all` false skips the clauses that cannot hold a date (plain
 * characters only: they would yield no dates and leave the year carry as it is).
 */
function scan(text: string, fiscalYear: number, all: boolean, visit: ClauseVisitor): void {
  if (!MAY_HOLD_DATE.test(text)) return;
  const options = { fiscalYear };
  // Years carry within a sentence only.
  let carry: YearCarry = null;
  let current = 0;
  forEachClause(text, (clause, sentence) => {
    if (sentence !== current) {
      current = sentence;
      carry = null;
    }
    if (!all && !NOT_PLAIN.test(clause)) return;
    const normalized = normalizeClause(clause);
    const found = parseClause(normalized, options, carry);
    carry = found.carry;
    visit(clause, normalized, found.mentions, found.impossible);
  });
}

/**
 * Calls `visit` for each clause of the text that may hold a date, with its dates (years carried
 * within a sentence).
 */
export function scanText(text: string, fiscalYear: number, visit: ClauseVisitor): void {
  scan(text, fiscalYear, true, visit);
}

/** The fiscal year to read dates in: the sheet's, else the one containing the as-of date. */
export function effectiveFiscalYear(fiscalYear: number | null, asOf: string): number {
  return fiscalYear ?? fiscalYearOf(asOf);
}

/** What reading one text found besides its milestones; a pure function of the text and fiscal year. */
interface TextFacts {
  readonly text: string;
  readonly fiscalYear: number;
  /** A date that is not an as-of stamp (a milestone). */
  readonly dated: boolean;
  readonly impossible: readonly ImpossibleDate[];
}

/**
 * Facts of the texts `readMilestones` read, kept on the milestone list it returned (the list a project
 * keeps) under a non-enumerable symbol, so that the rules need not read the same text again. Invisible
 * to JSON, to equality checks and to copies (a copy is simply read again). Not a WeakMap: with 100,000
 * projects its entries cost the garbage collector more than reading the texts twice.
 */
const FACTS = Symbol('schedule text facts');

interface ListWithFacts {
  readonly [FACTS]?: readonly TextFacts[];
}

const NO_IMPOSSIBLE: readonly ImpossibleDate[] = Object.freeze([]);

/** Reads one cell's text into `out` and returns its facts. */
function readText(
  cell: string,
  column: ColumnKey,
  text: string,
  options: MilestoneOptions,
  out: Milestone[],
): TextFacts {
  const fy = effectiveFiscalYear(options.fiscalYear, options.asOf);
  const sheetDate = options.sheetDate ?? null;
  const first = out.length;
  let impossible: ImpossibleDate[] | null = null;
  scan(text, fy, false, (clause, normalized, mentions, bad) => {
    if (bad.length) (impossible ??= []).push(...bad);
    let decided: ClauseStatus | null = null;
    let decidedDue = '';
    for (const m of mentions) {
      if (m.stamp) continue;
      // The status depends on the clause, the column and (plan column only) the due date.
      if (!decided || (column === 'plan' && m.due !== decidedDue)) {
        decided = clauseStatus(normalized, column, m.due, sheetDate);
        decidedDue = m.due;
      }
      const overdue = decided.status === 'planned' && m.due < options.asOf;
      out.push({
        cell,
        text: clause,
        start: m.start,
        end: m.finish,
        due: m.due,
        status: overdue ? 'overdue' : decided.status,
        reason: decided.reason,
      });
    }
  });
  return { text, fiscalYear: fy, dated: out.length > first, impossible: impossible ?? NO_IMPOSSIBLE };
}

/** Milestones of one cell's text. */
export function milestonesOfText(
  cell: string,
  column: ColumnKey,
  text: string,
  options: MilestoneOptions,
): Milestone[] {
  const out: Milestone[] = [];
  readText(cell, column, text, options, out);
  return out;
}

/** Milestones of a project's text cells (the milestone columns only), in cell order. */
export function milestonesOfCells(
  cells: ReadonlyArray<{ readonly column: ColumnKey; readonly cell: string; readonly text: string }>,
  options: MilestoneOptions,
): Milestone[] {
  const out: Milestone[] = [];
  const facts: TextFacts[] = [];
  for (const c of cells) {
    if (!MILESTONE_COLUMNS.includes(c.column) || !c.text) continue;
    facts.push(readText(c.cell, c.column, c.text, options, out));
  }
  Object.defineProperty(out, FACTS, { value: facts });
  return out;
}

/** Facts of the text when `milestones` came from `milestonesOfCells` reading it in that fiscal year. */
function knownFacts(
  milestones: readonly Milestone[] | undefined,
  text: string,
  fiscalYear: number,
): TextFacts | undefined {
  const facts = (milestones as ListWithFacts | undefined)?.[FACTS];
  if (!facts) return undefined;
  for (const f of facts) if (f.fiscalYear === fiscalYear && f.text === text) return f;
  return undefined;
}

/** Dates in the text that cannot exist (2月30日, 13月), as written after normalisation. */
export function findImpossibleDates(text: string, fiscalYear: number): ImpossibleDate[] {
  const out: ImpossibleDate[] = [];
  scan(text, fiscalYear, false, (_clause, _normalized, _mentions, impossible) => {
    if (impossible.length) out.push(...impossible);
  });
  return out;
}

/** Whether the text holds a date that is not an as-of stamp (来年度, 12月中; not 9月30日現在). */
export function hasDate(text: string, fiscalYear: number): boolean {
  let found = false;
  scan(text, fiscalYear, false, (_c, _n, mentions) => {
    if (!found && mentions.some((m) => !m.stamp)) found = true;
  });
  return found;
}

/**
 * `findImpossibleDates` for a project's text, reusing what reading its milestones found when
 * `milestones` (the project's list) was read from this very text in this fiscal year.
 */
export function impossibleDatesOf(
  milestones: readonly Milestone[] | undefined,
  text: string,
  fiscalYear: number,
): readonly ImpossibleDate[] {
  const known = knownFacts(milestones, text, fiscalYear);
  return known ? known.impossible : findImpossibleDates(text, fiscalYear);
}

/** `hasDate` for a project's text, reusing what reading its milestones found (as `impossibleDatesOf`). */
export function hasDateOf(
  milestones: readonly Milestone[] | undefined,
  text: string,
  fiscalYear: number,
): boolean {
  const known = knownFacts(milestones, text, fiscalYear);
  return known ? known.dated : hasDate(text, fiscalYear);
}
