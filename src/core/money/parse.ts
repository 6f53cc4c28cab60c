/**
 * A project's cost cell → Cost: the amount in integer yen (exactly, or not at all), whether it is a
 * contract or budget figure, multi-year contracts, sub-amounts charged to other departments ("うち…").
 */
import { type Cell, cellText, isEmptyCell } from '../grid';
import type { Cost, CostBasis, CostPart, CostProblem, MoneyUnit } from '../model';
import { normalizeDashes, normalizeText } from '../text/normalize';
import { groupedDigits, readFigure } from './amount';
import { isSpaceCode } from '../text/space';

const MAX = BigInt(Number.MAX_SAFE_INTEGER);
const UNIT_FACTOR: Readonly<Record<MoneyUnit, bigint>> = { yen: 1n, 'thousand-yen': 1000n };

/**
 * A run of characters that may be a money figure: optional ¥ and sign, digits (or the letters people
 * type for them by mistake: O, o, I, l), grouping, 京兆億万千, and an optional 円.
 */
const RUN =
  /([¥\\]\s*)?([-△▲]\s*)?((?:[0-9]|(?<![A-Za-z])[OoIl])(?:[0-9OoIl,.京兆億万千]|\s(?=[0-9京兆億万千円]))*)(\s*円)?/g;
const HAS_DIGIT = /[0-9]/;
const PLAIN_FIGURE = /^((?:[1-9][0-9]{0,14}|0)|[1-9][0-9]{0,2}(?:,[0-9]{3}){1,4})(円)?$/;
const LOOKALIKE = /[OoIl]/;
const DECIMAL_DIGITS = /^\d+(\.\d+)?$/;
/** A bare number at the very start of the cell: "19140000", "19,140 (税込)", "約1,000". */
const BARE_MAIN = /^\s*(?:約|およそ)?\s*[-△▲]?\s*[0-9][0-9,.京兆億万千]*\s*(?:$|\()/;
const ONLY_ABOUT = /^\s*(?:約|およそ)?\s*$/;
const YEN_WITHOUT_FIGURE = /[0-9OoIl一二三四五六七八九十百千万億兆京]\s*円/;
const PAREN_PIECES = /[、,・/\s]+/;
const LONG_TERM = /長期継続契約/;
const TOTAL_MARK = /(?:合計|総額|総事業費|計)\s*[::]?\s*$/;

interface Run {
  readonly start: number;
  readonly end: number;
  /** Stated in yen (円 or ¥): the column unit does not apply. */
  readonly hasYen: boolean;
  readonly negative: boolean;
  /** The exact value in yen; null when the figure cannot be read exactly. */
  readonly value: bigint | null;
}

/** A figure without the grouping marks and spaces it ends with ("19,140," → "19,140"); no copy when none. */
function trimFigureEnd(s: string): string {
  let end = s.length;
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    if (c === 0x2c || c === 0x2e || isSpaceCode(c)) end--;
    else break;
  }
  return end === s.length ? s : s.slice(0, end);
}

/** "19、140、000円": a figure right after a digit and a comma or dot reads as 000円 — not exact. */
function splitBefore(text: string, start: number): boolean {
  if (start < 2) return false;
  const sep = text.charCodeAt(start - 1);
  const digit = text.charCodeAt(start - 2);
  return (sep === 0x3001 || sep === 0x2c || sep === 0x2e) && digit >= 0x30 && digit <= 0x39;
}

/**
 * Finds money-looking runs; bare numbers (no 円/¥) only when `bareMain` (a figure at the very start of
 * the cell) and the run is that figure or a part's (うち…).
 */
function findRuns(text: string, unit: MoneyUnit, bareMain: boolean): Run[] {
  const runs: Run[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const core = trimFigureEnd(m[3]);
    if (!HAS_DIGIT.test(core)) continue;
    const hasYen = m[1] !== undefined || m[4] !== undefined;
    const start = m.index;
    const end = m.index + m[0].length;
    // A letter that is part of a word ("Ol", "Il") is not a figure; a letter inside a yen figure is a slip.
    if (!hasYen && LOOKALIKE.test(core)) continue;
    if (!hasYen && !(bareMain && bareAllowed(text, start))) continue;
    let value: bigint | null = null;
    if (!LOOKALIKE.test(core) && !splitBefore(text, start)) {
      const figure = readFigure(core);
      if (figure !== null) value = hasYen ? figure : figure * UNIT_FACTOR[unit];
    }
    runs.push({ start, end, hasYen, negative: m[2] !== undefined, value });
  }
  return runs;
}

/** A bare number counts at the start of the cell (after 約/およそ) or as a part's figure. */
function bareAllowed(text: string, start: number): boolean {
  return start === 0 || ONLY_ABOUT.test(text.slice(0, start)) || partStarts(text, start);
}

const CONTRACT_UNSETTLED = /契約(?:額|金額)?(?:が|は)?未確定|未契約|契約前/;
const CONTRACT = /契約額|契約金額|契約済|契約締結済|落札/;
const BUDGET = /予算|見込|見積|概算/;

export function costBasis(text: string): CostBasis {
  if (CONTRACT_UNSETTLED.test(text)) return 'budget';
  if (CONTRACT.test(text)) return 'contract';
  if (BUDGET.test(text)) return 'budget';
  return 'unknown';
}

const APPROXIMATE = /約\s*[¥\\]?\s*[0-9]|およそ|程度|概算/;

const YEARS =
  /(\d{1,2})\s*(?:年間|か年|カ年|ヶ年|ケ年|ヵ年|箇年|年(?=の?(?:長期継続契約|契約|リース)))(?:の|に(?:わた|渡)る)?\s*(?:長期継続契約|契約|リース|債務負担)?/;
const MONTHS =
  /(\d{1,3})\s*(?:か|カ|ヶ|ケ|ヵ|箇|個)\s*月(?:間)?(?:の|に(?:わた|渡)る)?\s*(?:長期継続契約|契約|リース|債務負担)?/;

/** "5年間の長期継続契約" → 60 months; "39ヶ月間" → 39. Contracts of a year or less are not multi-year. */
export function multiYearOf(text: string): { months: number; text: string } | null {
  // Every form of YEARS holds 年, every form of MONTHS 月: a text without one is not searched for it.
  const y = text.indexOf('年') >= 0 ? YEARS.exec(text) : null;
  const mo = text.indexOf('月') >= 0 ? MONTHS.exec(text) : null;
  const pick =
    y && (!mo || y.index <= mo.index)
      ? { months: Number(y[1]) * 12, text: y[0].trim() }
      : mo
        ? { months: Number(mo[1]), text: mo[0].trim() }
        : null;
  return pick && pick.months > 12 ? pick : null;
}

const RUNNING =
  /(?:運用|保守|ランニング|維持管理|利用料|使用料|ライセンス|通信費)[^。]{0,30}?(?:を含|含む|含め|込み|込)/;

export function includesRunningCostsOf(text: string): boolean {
  return RUNNING.test(text) || LONG_TERM.test(text);
}

const DEPARTMENT_SUFFIX = /(?:課|室|局|部|係|センター|事務所|所|館|園|班|事務局|委員会)$/;
const CHARGE_WORDS = /歳出|負担|所管|予算|計上|執行|支出|分$/g;

/** The department a part is charged to: from its parenthesis (危機管理課歳出), else a project department named in it. */
function partDepartment(
  paren: string | null,
  partText: string,
  departments: readonly string[],
): string | null {
  if (paren !== null) {
    for (const piece of paren.split(PAREN_PIECES)) {
      const name = piece.replace(CHARGE_WORDS, '').trim();
      if (name && (departments.includes(name) || DEPARTMENT_SUFFIX.test(name))) return name;
    }
  }
  const named = departments.filter((d) => d && partText.includes(d));
  if (named.length > 0) return named.sort((a, b) => partText.indexOf(a) - partText.indexOf(b))[0];
  return null;
}

/** The text of a balanced "(…)" starting at i (after spaces), or null. */
function parenAt(text: string, i: number): { inner: string; end: number } | null {
  let j = i;
  while (j < text.length && /\s/.test(text[j])) j++;
  if (text[j] !== '(') return null;
  let depth = 0;
  for (let k = j; k < text.length; k++) {
    if (text[k] === '(') depth++;
    else if (text[k] === ')') {
      depth--;
      if (depth === 0) return { inner: text.slice(j + 1, k), end: k + 1 };
    }
  }
  return null;
}

function toSafe(v: bigint): { amount: number | null; problem: CostProblem | null } {
  const abs = v < 0n ? -v : v;
  if (abs > MAX) return { amount: null, problem: 'too-large' };
  return { amount: Number(v), problem: v < 0n ? 'negative' : null };
}

/** The parts of a cost that names none (shared: a Cost's lists are read-only). */
const NO_PARTS: readonly CostPart[] = Object.freeze([]);

function emptyCost(
  cell: string | null,
  text: string,
  problem: CostProblem | null,
  amount: number | null = null,
  lead = '',
): Cost {
  return {
    amount,
    basis: text ? costBasis(normalizeText(text)) : 'unknown',
    text,
    approximate: false,
    multiYear: null,
    includesRunningCosts: false,
    parts: NO_PARTS,
    allocation: amount === null ? {} : { [lead]: amount },
    problem,
    cell,
  };
}

/** A number held by the cell (not text): its exact value in yen, or null when it is not a whole number of yen. */
function numberValue(v: number, unit: MoneyUnit): bigint | null | 'too-large' {
  if (!Number.isFinite(v)) return null;
  const factor = UNIT_FACTOR[unit];
  if (Math.abs(v) * Number(factor) > Number.MAX_SAFE_INTEGER) return 'too-large';
  const s = String(Math.abs(v));
  const sign = v < 0 ? -1n : 1n;
  if (DECIMAL_DIGITS.test(s)) {
    const [int, frac = ''] = s.split('.');
    const num = BigInt(int + frac) * factor;
    const den = 10n ** BigInt(frac.length);
    if (num % den === 0n) return (sign * num) / den;
  }
  // Floating-point noise from a formula (19139999.999999996): round when within a millionth of a yen.
  const yen = v * Number(factor);
  const rounded = Math.round(yen);
  return Math.abs(yen - rounded) < 1e-6 ? BigInt(rounded) : null;
}

/**
 * Reads a cost cell. `unit` is the column's unit (from its header); `departments` the project's
 * departments, lead first, for the allocation of the amount; `address` the cell's A1 address (the
 * Cost's `cell`, its last field).
 */
export function parseCost(
  cell: Cell,
  unit: MoneyUnit,
  departments: readonly string[],
  address: string | null = null,
): Cost {
  const text = cellText(cell);
  if (cell.error !== undefined) return emptyCost(address, text, null);
  if (isEmptyCell(cell)) return emptyCost(address, '', null);
  // A date typed into the cost column: its serial number (45604) is not an amount.
  if (cell.date !== undefined) return emptyCost(address, text, 'unreadable');
  const lead = departments[0] ?? '';

  if (typeof cell.value === 'number') {
    const v = numberValue(cell.value, unit);
    if (v === 'too-large') return emptyCost(address, text, 'too-large');
    if (v === null) return emptyCost(address, text, 'unreadable');
    const { amount, problem } = toSafe(v);
    return emptyCost(address, text, problem, amount, lead);
  }
  if (typeof cell.value !== 'string') return emptyCost(address, text, 'unreadable');

  const norm = normalizeDashes(normalizeText(text));
  // Fast path for the common plain figure ("19140000", "19,140,000円").
  if (PLAIN_FIGURE.test(norm)) {
    // At most 15 digits (and grouping commas): read exactly as a number, without a match or a copy.
    const yen = norm.charCodeAt(norm.length - 1) === 0x5186; // 円
    const value =
      BigInt(groupedDigits(norm, yen ? norm.length - 1 : norm.length)) * (yen ? 1n : UNIT_FACTOR[unit]);
    const { amount, problem } = toSafe(value);
    return emptyCost(address, text, problem, amount, lead);
  }
  // A bare number (no 円) counts only at the very start of the cell: "19140000", "19,140 (税込)".
  const bareMain = BARE_MAIN.test(norm);
  const runs = findRuns(norm, unit, bareMain);

  // Parts: "うち<what>:<amount>(<department>)". Runs taken by a part are left out of the main figure.
  const parts: CostPart[] = [];
  let used: Set<Run> | null = null;
  let problem: CostProblem | null = null;
  for (let i = norm.indexOf('うち'); i >= 0; i = norm.indexOf('うち', i + 2)) {
    const stop = nextStop(norm, i + 2);
    let run: Run | undefined;
    for (let k = 0; k < runs.length && !run; k++) {
      const r = runs[k];
      if (r.start > i && r.start < stop && !used?.has(r)) run = r;
    }
    if (!run) continue;
    used ??= new Set();
    used.add(run);
    const paren = parenAt(norm, run.end);
    const end = paren ? paren.end : run.end;
    const partText = norm.slice(i, end).trim();
    if (run.value === null) {
      problem = 'unreadable';
      continue;
    }
    const value = run.negative ? -run.value : run.value;
    const safe = toSafe(value);
    if (safe.amount === null) {
      problem = safe.problem;
      continue;
    }
    parts.push({
      amount: safe.amount,
      department: partDepartment(paren ? paren.inner : null, partText, departments),
      text: partText,
    });
  }

  const main = pickMain(norm, used === null ? runs : runs.filter((r) => !used.has(r)));
  const costParts = parts.length ? parts : NO_PARTS;
  let amount: number | null = null;
  let allocation: Record<string, number> = {};
  if (!main) {
    // Text with 円 but no figure we can read ("一千万円", "円"): say so rather than treat it as empty.
    problem ??= YEN_WITHOUT_FIGURE.test(norm) ? 'unreadable' : null;
  } else if (main.value === null || problem !== null) {
    problem ??= 'unreadable';
  } else {
    const safe = toSafe(main.negative ? -main.value : main.value);
    amount = safe.amount;
    problem = safe.problem;
    if (amount !== null) allocation = allocate(amount, costParts, lead);
  }
  // Built at once, fields in the order every Cost has (amount first, cell last): one object per cost.
  return {
    amount,
    basis: costBasis(norm),
    text,
    approximate: APPROXIMATE.test(norm),
    multiYear: multiYearOf(norm),
    includesRunningCosts: includesRunningCostsOf(norm),
    parts: costParts,
    allocation,
    problem,
    cell: address,
  };
}

/** Where a part's clause ends: the next うち or 。. */
function nextStop(text: string, from: number): number {
  const a = text.indexOf('うち', from);
  const b = text.indexOf('。', from);
  if (a < 0) return b < 0 ? text.length : b;
  return b < 0 ? a : Math.min(a, b);
}

function partStarts(text: string, start: number): boolean {
  const k = text.lastIndexOf('うち', start);
  return k >= 0 && nextStop(text, k + 2) > start;
}

/** The amount of the whole: the first figure, unless another is marked as the total (計, 合計, 総額). */
function pickMain(text: string, runs: readonly Run[]): Run | null {
  if (runs.length === 0) return null;
  let yenCount = 0;
  for (let i = 0; i < runs.length; i++) if (runs[i].hasYen) yenCount++;
  const pool = yenCount === 0 || yenCount === runs.length ? runs : runs.filter((r) => r.hasYen);
  if (pool.length > 1) {
    const total = pool.find((r) => TOTAL_MARK.test(text.slice(Math.max(0, r.start - 6), r.start)));
    if (total) return total;
  }
  return pool[0];
}

/** Parts to their departments, the rest to the lead department ('' when none). Sums to the amount. */
export function allocate(amount: number, parts: readonly CostPart[], lead: string): Record<string, number> {
  const out: Record<string, number> = { [lead]: 0 };
  let rest = amount;
  for (const p of parts) {
    if (p.department === null || p.department === lead) continue;
    out[p.department] = (out[p.department] ?? 0) + p.amount;
    rest -= p.amount;
  }
  out[lead] += rest;
  return out;
}
