/** Reads a project's milestones (and impossible dates) from its text cells. */
import type { ColumnKey, Milestone } from '../model';
import { normalizeDashes, normalizeText } from '../text/normalize';
import { forEachClause } from './clauses';
import { fiscalYearOf } from './dates';
import {
  readClause,
  spanFinish,
  spanStart,
  type ClauseSpans,
  type ImpossibleDate,
  type YearCarry,
} from './parse';
import { truncate } from './types';
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

/**
 * The state of reading one text, handed to each clause (one object per read, no closure per text or
 * clause). `onDates` gets each clause read, with its dates as spans (valid during the call only).
 */
interface Scan {
  readonly options: { fiscalYear: number };
  readonly onDates: (scan: Scan, clause: string, normalized: string, found: ClauseSpans) => void;
  carry: YearCarry;
  sentence: number;
  /** For `readText`: where the milestones go, and what decides their status. */
  out: Milestone[] | null;
  cell: string;
  column: ColumnKey;
  sheetDate: string | null;
  asOf: string;
  /** Impossible dates found (allocated at the first). */
  impossible: ImpossibleDate[] | null;
  /** A date that is not an as-of stamp was found. */
  dated: boolean;
}

function newScan(
  fiscalYear: number,
  onDates: Scan['onDates'],
  out: Milestone[] | null,
  cell: string,
  column: ColumnKey,
  sheetDate: string | null,
  asOf: string,
): Scan {
  return {
    options: { fiscalYear },
    onDates,
    carry: null,
    sentence: 0,
    out,
    cell,
    column,
    sheetDate,
    asOf,
    impossible: null,
    dated: false,
  };
}

function readOneClause(clause: string, sentence: number, scan: Scan): void {
  // Years carry within a sentence only.
  if (sentence !== scan.sentence) {
    scan.sentence = sentence;
    scan.carry = null;
  }
  if (!NOT_PLAIN.test(clause)) return;
  const normalized = normalizeClause(clause);
  const found = readClause(normalized, scan.options, scan.carry);
  scan.carry = found.carry;
  scan.onDates(scan, clause, normalized, found);
}

/**
 * Reads the clauses of the text that may hold a date (one of plain characters only would yield no
 * dates and leave the year carry as it is, so it is skipped).
 */
function runScan(text: string, scan: Scan): void {
  if (!MAY_HOLD_DATE.test(text)) return;
  forEachClause(text, readOneClause, scan);
}

/** Impossible dates of a clause, kept on the scan. */
function keepImpossible(scan: Scan, found: ClauseSpans): void {
  const bad = found.impossible;
  if (bad.length === 0) return;
  const list = (scan.impossible ??= []);
  for (let i = 0; i < bad.length; i++) list.push(bad[i]);
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

/** The milestones and facts `milestonesOfCells` reads, before it copies them. */
const MILESTONES_READ: Milestone[] = [];
const FACTS_READ: TextFacts[] = [];

/** The descriptor `milestonesOfCells` defines FACTS with (one object, its value set for the call). */
const FACTS_DESCRIPTOR: { value: readonly TextFacts[] | undefined } = { value: undefined };

const NO_IMPOSSIBLE: readonly ImpossibleDate[] = Object.freeze([]);

/** The milestones of a clause (and its impossible dates), kept on the scan. */
function addMilestones(scan: Scan, clause: string, normalized: string, found: ClauseSpans): void {
  keepImpossible(scan, found);
  const spans = found.spans;
  const out = scan.out as Milestone[];
  let decided: ClauseStatus | null = null;
  let decidedDue = '';
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.stamp) continue;
    const start = spanStart(s);
    const finish = spanFinish(s);
    const due = finish ?? start;
    // The status depends on the clause, the column and (plan column only) the due date.
    if (!decided || (scan.column === 'plan' && due !== decidedDue)) {
      decided = clauseStatus(normalized, scan.column, due, scan.sheetDate);
      decidedDue = due;
    }
    const overdue = decided.status === 'planned' && due < scan.asOf;
    out.push({
      cell: scan.cell,
      text: clause,
      start,
      end: finish,
      due,
      status: overdue ? 'overdue' : decided.status,
      reason: decided.reason,
    });
    scan.dated = true;
  }
}

/**
 * The scan `readText` reads every text with (reading a text calls nothing outside this module that
 * could read another meanwhile), set up for each text and cleared after it.
 */
const TEXT_SCAN = newScan(0, addMilestones, null, '', 'status', null, '');

/** Reads one cell's text into `out` and returns its facts. */
function readText(
  cell: string,
  column: ColumnKey,
  text: string,
  options: MilestoneOptions,
  out: Milestone[],
): TextFacts {
  const fy = effectiveFiscalYear(options.fiscalYear, options.asOf);
  const scan = TEXT_SCAN;
  scan.options.fiscalYear = fy;
  scan.carry = null;
  scan.sentence = 0;
  scan.out = out;
  scan.cell = cell;
  scan.column = column;
  scan.sheetDate = options.sheetDate ?? null;
  scan.asOf = options.asOf;
  scan.impossible = null;
  scan.dated = false;
  runScan(text, scan);
  const facts = { text, fiscalYear: fy, dated: scan.dated, impossible: scan.impossible ?? NO_IMPOSSIBLE };
  scan.out = null;
  scan.impossible = null;
  return facts;
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
  // Gathered in two reused lists and copied at their size: the lists a project keeps hold no spare room.
  // (Emptied first as well: a read cut short by an exception leaves nothing behind.)
  truncate(MILESTONES_READ, 0);
  truncate(FACTS_READ, 0);
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (!MILESTONE_COLUMNS.includes(c.column) || !c.text) continue;
    FACTS_READ.push(readText(c.cell, c.column, c.text, options, MILESTONES_READ));
  }
  const out = MILESTONES_READ.slice();
  FACTS_DESCRIPTOR.value = FACTS_READ.slice();
  Object.defineProperty(out, FACTS, FACTS_DESCRIPTOR);
  FACTS_DESCRIPTOR.value = undefined;
  truncate(MILESTONES_READ, 0);
  truncate(FACTS_READ, 0);
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
  if (!MAY_HOLD_DATE.test(text)) return [];
  const scan = newScan(fiscalYear, keepImpossibleOf, null, '', 'status', null, '');
  runScan(text, scan);
  return scan.impossible ?? [];
}

function keepImpossibleOf(scan: Scan, _clause: string, _normalized: string, found: ClauseSpans): void {
  keepImpossible(scan, found);
}

/** Notes a date that is not an as-of stamp. */
function noteDated(scan: Scan, _clause: string, _normalized: string, found: ClauseSpans): void {
  const spans = found.spans;
  for (let i = 0; i < spans.length && !scan.dated; i++) if (!spans[i].stamp) scan.dated = true;
}

/** Whether the text holds a date that is not an as-of stamp (来年度, 12月中; not 9月30日現在). */
export function hasDate(text: string, fiscalYear: number): boolean {
  if (!MAY_HOLD_DATE.test(text)) return false;
  const scan = newScan(fiscalYear, noteDated, null, '', 'status', null, '');
  runScan(text, scan);
  return scan.dated;
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
