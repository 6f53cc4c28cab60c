/**
 * Splits a cell's text into sentences (。, line breaks, ○/● … bullets, a ・ bullet at a line start or
 * after a space, a space after a closing parenthesis) and each sentence into clauses at a し、/して、 join ("…実施し、7年2月より…開始予定"
 * is two milestones; not とし、/として、). Works on the text as written, so each clause can be shown to the user unchanged.
 *
 * One pass over the character codes, with the meaning of these patterns (kept here as the reference;
 * test/schedule/clauses.test.ts compares the two):
 *   sentence break  /[。\n\r]+|[○●◯◎■□◆◇※▼▽►]+|(?:^|[ \t\u3000])[・･]+|(?<=[)）])[ \t\u3000]+/
 *   clause join     /(?<=(?<!と)し|(?<!と)して)[、，,]/
 *   trimmed edges   /^[\s\u3000、，,・･]+|[\s\u3000、，,]+$/g
 */

import { isSpaceCode } from '../text/space';

const SHI = 0x3057; // し
const TE = 0x3066; // て
const TO = 0x3068; // と
const NAKAGURO = 0x30fb; // ・
const HALF_NAKAGURO = 0xff65; // ･

/** 。 and line breaks. */
function isStop(c: number): boolean {
  return c === 0x3002 || c === 0x0a || c === 0x0d;
}

/** ○●◯◎■□◆◇※▼▽►. */
function isBullet(c: number): boolean {
  return (
    c === 0x25cb ||
    c === 0x25cf ||
    c === 0x25ef ||
    c === 0x25ce ||
    c === 0x25a0 ||
    c === 0x25a1 ||
    c === 0x25c6 ||
    c === 0x25c7 ||
    c === 0x203b ||
    c === 0x25bc ||
    c === 0x25bd ||
    c === 0x25ba
  );
}

/** Space, tab, ideographic space. */
function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000;
}

function isDot(c: number): boolean {
  return c === NAKAGURO || c === HALF_NAKAGURO;
}

/** 、，, */
function isComma(c: number): boolean {
  return c === 0x3001 || c === 0xff0c || c === 0x2c;
}

/** End of the sentence break starting at q, or -1 (the alternatives in the order of the pattern). */
function breakAt(text: string, q: number): number {
  const n = text.length;
  const c = text.charCodeAt(q);
  let e = q;
  if (isStop(c)) {
    while (e < n && isStop(text.charCodeAt(e))) e++;
    return e;
  }
  if (isBullet(c)) {
    while (e < n && isBullet(text.charCodeAt(e))) e++;
    return e;
  }
  if (q === 0 && isDot(c)) {
    while (e < n && isDot(text.charCodeAt(e))) e++;
    return e;
  }
  if (isBlank(c) && q + 1 < n && isDot(text.charCodeAt(q + 1))) {
    e = q + 1;
    while (e < n && isDot(text.charCodeAt(e))) e++;
    return e;
  }
  if (q > 0 && isBlank(c)) {
    const before = text.charCodeAt(q - 1);
    if (before === 0x29 || before === 0xff09) {
      while (e < n && isBlank(text.charCodeAt(e))) e++;
      return e;
    }
  }
  return -1;
}

/**
 * Called with each clause, `sentence` counting the sentences (the clauses of one share it), and the
 * context given to `forEachClause` (so that a caller needs no closure per text).
 */
export type ClauseVisitor<C> = (clause: string, sentence: number, context: C) => void;

/** Visits the clause text[from, to) without its edges, when anything is left; whether it did. */
function visitClause<C>(
  text: string,
  from: number,
  to: number,
  sentence: number,
  visit: ClauseVisitor<C>,
  context: C,
): boolean {
  let a = from;
  let b = to;
  while (a < b) {
    const c = text.charCodeAt(a);
    if (!(isSpaceCode(c) || isComma(c) || isDot(c))) break;
    a++;
  }
  while (b > a) {
    const c = text.charCodeAt(b - 1);
    if (!(isSpaceCode(c) || isComma(c))) break;
    b--;
  }
  if (b <= a) return false;
  visit(text.slice(a, b), sentence, context);
  return true;
}

/**
 * Visits the clauses of the sentence text[from, to), split at し、/して、 (not とし、/として、); whether
 * it had any.
 */
function visitSentence<C>(
  text: string,
  from: number,
  to: number,
  sentence: number,
  visit: ClauseVisitor<C>,
  context: C,
): boolean {
  let any = false;
  let start = from;
  for (let i = from; i < to; i++) {
    if (!isComma(text.charCodeAt(i))) continue;
    const c1 = i - 1 >= from ? text.charCodeAt(i - 1) : -1;
    const c2 = i - 2 >= from ? text.charCodeAt(i - 2) : -1;
    const c3 = i - 3 >= from ? text.charCodeAt(i - 3) : -1;
    if ((c1 === SHI && c2 !== TO) || (c1 === TE && c2 === SHI && c3 !== TO)) {
      if (visitClause(text, start, i, sentence, visit, context)) any = true;
      start = i + 1;
    }
  }
  if (visitClause(text, start, to, sentence, visit, context)) any = true;
  return any;
}

/**
 * Visits every clause of the text in order (trimmed, empty ones dropped), numbering the sentences
 * that have any from 0: the arrays of `splitSentences` without building them.
 */
export function forEachClause<C>(text: string, visit: ClauseVisitor<C>, context: C): void {
  const n = text.length;
  let sentence = 0;
  let p = 0;
  let q = 0;
  while (q < n) {
    // Kana, CJK ideographs, ASCII digits and letters never start a break: passed over at once.
    const c = text.charCodeAt(q);
    if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3041 && c <= 0x30fa) ||
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a)
    ) {
      q++;
      continue;
    }
    const e = breakAt(text, q);
    if (e < 0) {
      q++;
      continue;
    }
    if (visitSentence(text, p, q, sentence, visit, context)) sentence++;
    p = e;
    q = e;
  }
  visitSentence(text, p, n, sentence, visit, context);
}

/** Sentences of the text, each as its clauses (trimmed, empty ones dropped). */
export function splitSentences(text: string): string[][] {
  const out: string[][] = [];
  forEachClause(text, addClause, out);
  return out;
}

function addClause(clause: string, sentence: number, out: string[][]): void {
  if (sentence === out.length) out.push([clause]);
  else out[sentence].push(clause);
}
