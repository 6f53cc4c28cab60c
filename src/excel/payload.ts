/**
 * Payload sizes: what a value weighs as JSON (UTF-8), the way Office.js sends writes to Excel and Excel
 * on the web sends values back. Excel on the web refuses a request or a response over 5 MB, so the
 * adapter sizes what it queues (writes) and what it has read (to plan the next reads) with these.
 */

/** Excel on the web rejects requests and responses over 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * What one queued write adds to a request beyond its arguments' JSON: the action and, for a range got
 * for it, the object path (ids, type, name, parent). An estimate of Office.js's request JSON.
 */
export const ACTION_BYTES = 256;

/** UTF-8 bytes of JSON.stringify(text), quotes included. */
export function jsonStringBytes(text: string): number {
  let n = 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x0c || c === 0x0a || c === 0x0d || c === 0x09)
        n += 2;
      else n += c < 0x20 ? 6 : 1;
    } else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 6; // a lone surrogate is escaped as \uXXXX
    } else if (c >= 0xd800 && c <= 0xdfff) n += 6;
    else n += 3;
  }
  return n;
}

/** UTF-8 bytes of JSON.stringify(value) (undefined and functions as null; no cycles). */
export function jsonBytes(value: unknown): number {
  if (typeof value === 'string') return jsonStringBytes(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).length : 4;
  if (typeof value === 'boolean') return value ? 4 : 5;
  if (value === null || value === undefined || typeof value !== 'object') return 4;
  if (Array.isArray(value)) {
    let n = 2 + Math.max(0, value.length - 1);
    for (const v of value) n += jsonBytes(v);
    return n;
  }
  let n = 2;
  let first = true;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === undefined || typeof v === 'function') continue;
    n += (first ? 0 : 1) + jsonStringBytes(k) + 1 + jsonBytes(v);
    first = false;
  }
  return n;
}
