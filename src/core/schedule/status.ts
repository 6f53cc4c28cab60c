/**
 * Whether a clause reports work done or plans it. A future marker (予定, 想定, 目指す, 検討, 見込み, 調整中 …)
 * makes a plan in any column; past tense (…した, 完了, 済) makes it done. Otherwise the column decides:
 * the 実施状況 (status) column reports what was done, the 実施予定 (plan) column plans, except that a plan
 * clause dated before the sheet's own date (when known) reports something already past.
 */
import type { ColumnKey } from '../model';

const FUTURE =
  /予定|想定|目指|目標|検討|見込|調整中|計画中|見通し|目途|目処|めど|見据え|準備中|依頼中|図る|図りたい|したい|行う(?=[。、\s)」]|$)|する(?=[。\s)」]|$)/;
/**
 * Past tense is read as /[\u4E00-\u9FFF]*(?:しました|…|けた)(?=[。、\s)」]|$)|済み|済|完了|終了/ reads it (the
 * leftmost match, its kanji stem included), found in two linear searches rather than by trying every
 * kanji run at every position: see pastWords.
 */
const PAST_ENDING = /(?:しました|ました|した|された|れた|いた|った|えた|めた|きた|けた)(?=[。、\s)」]|$)/;
const PAST_WORD = /済み|済|完了|終了/;
const DONE_WORDS = /締結|実施|開始|提出|導入|決定|設置|作成|開催|契約|入札|稼働|研修/g;

function isKanji(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * The words the PAST pattern above matches, or null. An ending's match starts where the kanji run
 * before it starts (every ending begins with kana), so the first ending gives the earliest such match;
 * a completion word (済, 完了, 終了) wins only when it starts before that.
 */
function pastWords(clause: string): string | null {
  const ending = PAST_ENDING.exec(clause);
  const word = PAST_WORD.exec(clause);
  if (ending) {
    let start = ending.index;
    while (start > 0 && isKanji(clause.charCodeAt(start - 1))) start--;
    if (!word || word.index >= start) return clause.slice(start, ending.index + ending[0].length);
  }
  return word ? word[0] : null;
}

export interface ClauseStatus {
  readonly status: 'done' | 'planned';
  /** The deciding words, or the column ('status column', 'plan column', 'before sheet date'). */
  readonly reason: string;
}

/**
 * @param clause the clause, normalised
 * @param due the milestone's due date
 * @param sheetDate the date the sheet was written, when known
 */
export function clauseStatus(
  clause: string,
  column: ColumnKey,
  due: string,
  sheetDate: string | null,
): ClauseStatus {
  const future = FUTURE.exec(clause);
  if (future) return { status: 'planned', reason: future[0] };
  const past = pastWords(clause);
  if (past !== null) return { status: 'done', reason: past };
  if (column === 'plan') {
    if (sheetDate && due < sheetDate) return { status: 'done', reason: 'before sheet date' };
    return { status: 'planned', reason: 'plan column' };
  }
  // The predicate comes last in Japanese: the last completion word decides.
  let word = 'status column';
  DONE_WORDS.lastIndex = 0;
  for (let m = DONE_WORDS.exec(clause); m !== null; m = DONE_WORDS.exec(clause)) word = m[0];
  return { status: 'done', reason: word };
}
