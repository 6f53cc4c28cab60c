/**
 * Exact reading of Japanese money figures: 19,140,000円, 1,914万円, 1.9億円, 3億2,000万円, 19,140千円, ￥19,140,000.
 * Integer arithmetic only (BigInt); a figure that cannot be read exactly is reported as unreadable,
 * never turned into a nearby number.
 */

const BIG_UNITS: Readonly<Record<string, bigint>> = {
  京: 10n ** 16n,
  兆: 10n ** 12n,
  億: 10n ** 8n,
  万: 10n ** 4n,
};

const ABOVE_ALL = 10n ** 20n;

/**
 * A coefficient: digits with correct thousands grouping and an optional decimal part
 * ("19,140,000", "1.9", "2,000"). Returns [integer digits, number of decimals] or null.
 */
const GROUPED = /^\d{1,3}(?:,\d{3})*(?:\.\d+)?$/;
const PLAIN = /^\d+(?:\.\d+)?$/;
const COMMAS = /,/g;
const SPACE = /\s/;
const SPACES = /\s+/g;
const BIG_UNIT = /[京兆億万]/;

/** The value of s[0, end): digits with grouping commas, at most 15 digits (exact as a number), without a copy. */
export function groupedDigits(s: string, end = s.length): number {
  let v = 0;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x2c) v = v * 10 + (c - 0x30);
  }
  return v;
}

function readDecimal(s: string): { digits: bigint; scale: number } | null {
  if (!PLAIN.test(s) && !GROUPED.test(s)) return null;
  if (s.length <= 15 && s.indexOf('.') < 0) return { digits: BigInt(groupedDigits(s)), scale: 0 };
  const plain = s.indexOf(',') >= 0 ? s.replace(COMMAS, '') : s;
  const dot = plain.indexOf('.');
  if (dot < 0) return { digits: BigInt(plain), scale: 0 };
  return { digits: BigInt(plain.slice(0, dot) + plain.slice(dot + 1)), scale: plain.length - dot - 1 };
}

/** value × 10^exp / 10^scale, or null when not an integer. */
function scaled(d: { digits: bigint; scale: number }, mult: bigint): bigint | null {
  const num = d.digits * mult;
  if (d.scale === 0) return num;
  const den = 10n ** BigInt(d.scale);
  return num % den === 0n ? num / den : null;
}

/**
 * A small group (below 万): "2,000", "2千", "2千500", "1.5千". Returns its value × mult, or null.
 */
function readSmall(s: string, mult: bigint): bigint | null {
  if (s === '') return null;
  const k = s.indexOf('千');
  if (k < 0) {
    const d = readDecimal(s);
    return d ? scaled(d, mult) : null;
  }
  const head = readDecimal(s.slice(0, k));
  if (!head) return null;
  const headValue = scaled(head, 1000n * mult);
  if (headValue === null) return null;
  const rest = s.slice(k + 1);
  if (rest === '') return headValue;
  const tail = readDecimal(rest);
  if (!tail || tail.scale > 0) return null;
  return headValue + tail.digits * mult;
}

/**
 * Reads a figure such as "3億2,000万", "1.9億", "19,140千", "19,140,000" (spaces removed, NFKC applied,
 * without 円 and sign). Decimals are allowed only where the result is a whole number of the unit.
 */
export function readFigure(figure: string): bigint | null {
  const s = SPACE.test(figure) ? figure.replace(SPACES, '') : figure;
  if (!s) return null;
  if (PLAIN.test(s) && s.indexOf('.') < 0) return BigInt(s);
  let total = 0n;
  let rest = s;
  let lastUnit = ABOVE_ALL;
  for (;;) {
    const m = BIG_UNIT.exec(rest);
    if (!m) break;
    const unit = BIG_UNITS[m[0]];
    if (unit >= lastUnit) return null; // 万…億: out of order
    const v = readSmall(rest.slice(0, m.index), unit);
    if (v === null) return null;
    total += v;
    lastUnit = unit;
    rest = rest.slice(m.index + 1);
  }
  if (rest !== '') {
    const v = readSmall(rest, 1n);
    if (v === null) return null;
    total += v;
  }
  return total;
}
