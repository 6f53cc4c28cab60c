/**
 * The department cell ("広報課 危機管理課 環境政策課") → names, and near-miss spelling of a known name
 * (情報政策化 for 情報政策課).
 */

const SEPARATORS = /[\s\u3000、,，/／\n]+/;
/** Any character parseDepartments may split at (or trim). */
const SPLITS = /[\s\u3000、,，/／\n・･]/;
const DOTS = /[・･]/;
const DEPARTMENT_END = /(?:課|室|局|部|係|センター|事務所|所|館|園|班|事務局|委員会|グループ|G)$/;

/**
 * Splits on spaces (also U+3000), 、 , ／ / and line breaks; on ・ only between department names
 * (広報課・危機管理課 splits, スポーツ・文化振興課 does not). Trims, drops empty names, keeps order, dedupes.
 */
export function parseDepartments(text: string): string[] {
  // Most cells name one department: nothing to split.
  if (!SPLITS.test(text)) return text ? [text] : [];
  const out: string[] = [];
  const chunks = text.split(SEPARATORS);
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    // A chunk without ・ is one name (no list of pieces for it).
    if (chunk.indexOf('・') < 0 && chunk.indexOf('･') < 0) {
      addName(out, chunk);
      continue;
    }
    const names = splitOnDots(chunk);
    for (let j = 0; j < names.length; j++) addName(out, names[j]);
  }
  return out;
}

/** Adds a trimmed, non-empty name not yet listed. */
function addName(out: string[], name: string): void {
  const n = name.trim();
  if (n && !out.includes(n)) out.push(n);
}

function splitOnDots(chunk: string): string[] {
  const pieces = chunk.split(DOTS);
  if (pieces.length === 1) return pieces;
  const out: string[] = [];
  let current = pieces[0];
  for (let i = 1; i < pieces.length; i++) {
    if (DEPARTMENT_END.test(current.trim()) || current.trim() === '') {
      out.push(current);
      current = pieces[i];
    } else {
      current += '・' + pieces[i];
    }
  }
  out.push(current);
  return out;
}

/** Pairs of characters people confuse at the end of a department name (化/課 from the IME, 科/課). */
const CONFUSED: ReadonlyArray<readonly [string, string]> = [
  ['化', '課'],
  ['科', '課'],
  ['加', '課'],
  ['家', '課'],
];

function levenshteinAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) return a.slice(i + 1) === b.slice(i + 1);
  if (la > lb) return a.slice(i + 1) === b.slice(i);
  return a.slice(i) === b.slice(i + 1);
}

function confusedOnly(name: string, known: string): boolean {
  if (name.length !== known.length) return false;
  let diff = -1;
  for (let i = 0; i < name.length; i++) {
    if (name[i] === known[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  if (diff < 0) return false;
  return CONFUSED.some(
    ([x, y]) => (name[diff] === x && known[diff] === y) || (name[diff] === y && known[diff] === x),
  );
}

/**
 * The known name `name` is probably a slip for: one character added, dropped or changed (names of
 * three characters or more), or 化/科 for 課. Null when `name` is itself known or nothing is close.
 * Compared after NFKC; a confusion of 化/課 wins over other near names.
 */
export function similarDepartment(name: string, known: readonly string[]): string | null {
  const n = name.normalize('NFKC').trim();
  if (!n) return null;
  const list = known.map((k) => k.normalize('NFKC').trim());
  if (list.includes(n)) return null;
  const confused = list.findIndex((k) => confusedOnly(n, k));
  if (confused >= 0) return known[confused];
  if (n.length < 3) return null;
  const near = list.findIndex((k) => k.length >= 3 && levenshteinAtMostOne(n, k));
  return near >= 0 ? known[near] : null;
}
