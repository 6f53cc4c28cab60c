/**
 * Header labels → logical columns. A sheet may call its columns anything close to these; labels are
 * compared after NFKC, with white space removed and bracketed notes ((円), 【必須】) taken off.
 */
import type { ColumnKey, MoneyUnit } from '../model';

/** Labels that name a column exactly (after normalisation, lower-cased). */
export const EXACT_ALIASES: Readonly<Record<Exclude<ColumnKey, 'status' | 'plan'>, readonly string[]>> = {
  no: ['no', 'no.', '番号', '№', '#', '通番', '項番'],
  name: ['事業名称', '事業名', '事業の名称', '取組名', '取組名称', '件名'],
  department: [
    '担当課',
    '所管課',
    '担当部署',
    '担当部局',
    '所管部署',
    '所管部局',
    '担当部課',
    '担当課名',
    '所管',
  ],
  cost: ['事業経費', '事業費', '予算額', '経費', '金額', '事業費用', '予算', '契約額', '総事業費'],
  overview: ['概要', '事業概要', '事業内容', '内容', '事業の概要'],
  remarks: ['備考', '財源', '特記事項', '補助金等', '交付金等', '財源等'],
};

/** Labels that name a column by containing a word (R6前期実施状況, R6後期→R7実施予定). Checked in order. */
export const CONTAINS_ALIASES: ReadonlyArray<{ key: 'status' | 'plan'; words: readonly string[] }> = [
  { key: 'status', words: ['実施状況', '進捗状況', '実績', '取組状況', '進捗'] },
  { key: 'plan', words: ['予定', '今後の予定', '計画', '今後の取組', '今後の方針', 'スケジュール'] },
];

const BRACKETED = /[(（[［【〔<＜〈《「『][^)）\]］】〕>＞〉》」』]*[)）\]］】〕>＞〉》」』]/g;
const SPACES = /[\s\u3000]+/g;
const STRAY_MARKS = /[()（）[\]［］【】〔〕<>＜＞〈〉《》「」『』*※:：・]/g;

/** Longest label still considered a header label (longer cells are data). */
export const MAX_LABEL_LENGTH = 40;

/** A header label, normalised for matching: NFKC, lower case, no spaces, no bracketed notes. */
export function normalizeLabel(label: string): string {
  const compact = label.normalize('NFKC').replace(SPACES, '');
  const outside = compact.replace(BRACKETED, '').replace(STRAY_MARKS, '');
  // 【備考】: the whole label is bracketed; keep what is inside.
  return (outside || compact.replace(STRAY_MARKS, '')).toLowerCase();
}

/** The unit a money label states: （千円）, (単位:千円), 金額千円 → thousand-yen; （円） → yen; else null. */
export function unitFromLabel(label: string): MoneyUnit | null {
  const s = label.normalize('NFKC').replace(SPACES, '');
  if (/千円/.test(s)) return 'thousand-yen';
  if (/円/.test(s)) return 'yen';
  return null;
}

const cache = new Map<string, ColumnKey | null>();
const CACHE_LIMIT = 5000;

/** The logical column a header label names, or null. */
export function columnKeyOf(label: string): ColumnKey | null {
  if (label.length === 0 || label.length > MAX_LABEL_LENGTH) return null;
  const hit = cache.get(label);
  if (hit !== undefined) return hit;
  const key = matchLabel(label);
  if (cache.size < CACHE_LIMIT) cache.set(label, key);
  return key;
}

function matchLabel(label: string): ColumnKey | null {
  const n = normalizeLabel(label);
  if (!n) return null;
  const bare = n.endsWith('.') ? n.slice(0, -1) : n;
  for (const key of Object.keys(EXACT_ALIASES) as Array<keyof typeof EXACT_ALIASES>) {
    const aliases = EXACT_ALIASES[key];
    if (aliases.includes(n) || aliases.includes(bare)) return key;
  }
  // "事業経費(円)" was handled above (brackets removed); "事業経費円" / "金額千円" written without brackets:
  const withoutUnit = n.replace(/(単位)?千?円$/, '');
  if (withoutUnit !== n && EXACT_ALIASES.cost.includes(withoutUnit)) return 'cost';
  for (const { key, words } of CONTAINS_ALIASES) {
    if (words.some((w) => n.includes(w))) return key;
  }
  return null;
}
