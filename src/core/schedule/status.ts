/**
 * Whether a clause reports work done or plans it. A future marker (予定, 想定, 目指す, 検討, 見込み, 調整中 …)
 * makes a plan in any column; past tense (…した, 完了, 済) makes it done. Otherwise the column decides:
 * the 実施状況 (status) column reports what was done, the 実施予定 (plan) column plans, except that a plan
 * clause dated before the sheet's own date (when known) reports something already past.
 */
import type { ColumnKey } from '../model';
import { isSpaceCode } from '../text/space';

const FUTURE =
  /予定|想定|目指|目標|検討|見込|調整中|計画中|見通し|目途|目処|めど|見据え|準備中|依頼中|図る|図りたい|したい|行う(?=[。、\s)」]|$)|する(?=[。\s)」]|$)/;
/** The words of FUTURE (none starts another): the one found where it matched names it. */
const FUTURE_WORDS = [
  '予定',
  '想定',
  '目指',
  '目標',
  '検討',
  '見込',
  '調整中',
  '計画中',
  '見通し',
  '目途',
  '目処',
  'めど',
  '見据え',
  '準備中',
  '依頼中',
  '図る',
  '図りたい',
  'したい',
  '行う',
  'する',
];
/**
 * Past tense is read as /[\u4E00-\u9FFF]*(?:しました|…|けた)(?=[。、\s)」]|$)|済み|済|完了|終了/ reads it (the
 * leftmost match, its kanji stem included), found in two linear searches rather than by trying every
 * kanji run at every position: see pastStatus.
 */
const PAST_ENDING = /(?:しました|ました|した|された|れた|いた|った|えた|めた|きた|けた)(?=[。、\s)」]|$)/;
/** The endings of PAST_ENDING, in its order. */
const PAST_ENDINGS = [
  'しました',
  'ました',
  'した',
  'された',
  'れた',
  'いた',
  'った',
  'えた',
  'めた',
  'きた',
  'けた',
];
const PAST_WORD = /済み|済|完了|終了/;
const PAST_WORDS = ['済み', '済', '完了', '終了'];
/** Completion words: all two characters long (a match ends at lastIndex and starts two before it). */
const DONE_WORDS = /締結|実施|開始|提出|導入|決定|設置|作成|開催|契約|入札|稼働|研修/g;
const DONE_WORD_LIST = [
  '締結',
  '実施',
  '開始',
  '提出',
  '導入',
  '決定',
  '設置',
  '作成',
  '開催',
  '契約',
  '入札',
  '稼働',
  '研修',
];

function isKanji(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

export interface ClauseStatus {
  readonly status: 'done' | 'planned';
  /** The deciding words, or the column ('status column', 'plan column', 'before sheet date'). */
  readonly reason: string;
}

function statusesOf(status: ClauseStatus['status'], words: readonly string[]): readonly ClauseStatus[] {
  return words.map((reason) => Object.freeze({ status, reason }));
}

/** One status per fixed word, shared by every milestone it decides (found without a match array). */
const PLANNED_BY_WORD = statusesOf('planned', FUTURE_WORDS);
const DONE_BY_PAST_WORD = statusesOf('done', PAST_WORDS);
const DONE_BY_WORD = statusesOf('done', DONE_WORD_LIST);
const [PLAN_COLUMN] = statusesOf('planned', ['plan column']);
const [BEFORE_SHEET_DATE, STATUS_COLUMN] = statusesOf('done', ['before sheet date', 'status column']);

/**
 * The first of `statuses` whose word is written at `at`, where `pattern` matched (always one of them;
 * else the words `pattern` matches there, as a new status).
 */
function statusAt(
  clause: string,
  at: number,
  statuses: readonly ClauseStatus[],
  pattern: RegExp,
): ClauseStatus {
  for (let i = 0; i < statuses.length; i++) if (clause.startsWith(statuses[i].reason, at)) return statuses[i];
  const m = new RegExp(pattern.source, 'y');
  m.lastIndex = at;
  return { status: statuses[0].status, reason: m.exec(clause)?.[0] ?? '' };
}

/** What may follow a past-tense ending: [。、\s)」] or the end of the clause. */
function endsPhrase(clause: string, at: number): boolean {
  if (at >= clause.length) return true;
  const c = clause.charCodeAt(at);
  return c === 0x3002 || c === 0x3001 || c === 0x29 || c === 0x300d || isSpaceCode(c);
}

/** Length of the past-tense ending PAST_ENDING matched at `at` (its first alternative that fits). */
function endingLength(clause: string, at: number): number {
  for (let i = 0; i < PAST_ENDINGS.length; i++) {
    const ending = PAST_ENDINGS[i];
    if (clause.startsWith(ending, at) && endsPhrase(clause, at + ending.length)) return ending.length;
  }
  return 0; // not reached: PAST_ENDING matched at `at`
}

/**
 * The status the PAST pattern above gives, or null. An ending's match starts where the kanji run
 * before it starts (every ending begins with kana), so the first ending gives the earliest such match;
 * a completion word (済, 完了, 終了) wins only when it starts before that.
 */
function pastStatus(clause: string): ClauseStatus | null {
  const ending = clause.search(PAST_ENDING);
  const word = clause.search(PAST_WORD);
  if (ending >= 0) {
    let start = ending;
    while (start > 0 && isKanji(clause.charCodeAt(start - 1))) start--;
    if (word < 0 || word >= start) {
      return { status: 'done', reason: clause.slice(start, ending + endingLength(clause, ending)) };
    }
  }
  return word >= 0 ? statusAt(clause, word, DONE_BY_PAST_WORD, PAST_WORD) : null;
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
  const future = clause.search(FUTURE);
  if (future >= 0) return statusAt(clause, future, PLANNED_BY_WORD, FUTURE);
  const past = pastStatus(clause);
  if (past !== null) return past;
  if (column === 'plan') return sheetDate && due < sheetDate ? BEFORE_SHEET_DATE : PLAN_COLUMN;
  // The predicate comes last in Japanese: the last completion word decides.
  let end = -1;
  DONE_WORDS.lastIndex = 0;
  while (DONE_WORDS.test(clause)) end = DONE_WORDS.lastIndex;
  return end < 0 ? STATUS_COLUMN : statusAt(clause, end - 2, DONE_BY_WORD, DONE_WORDS);
}
