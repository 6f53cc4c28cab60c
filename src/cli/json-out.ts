/**
 * `--json` output: the same bytes as JSON.stringify(value) + '\n', written in pieces of about 128K
 * characters instead of one string. A 10,000-project report is ~17 MB of JSON; as one string it is
 * flattened and encoded into a ~25 MB buffer in one go, which costs more (memory, page faults, GC)
 * than building and writing it a piece at a time.
 */

const CHUNK_CHARS = 1 << 17;

function isContainer(v: unknown): v is Record<string, unknown> | unknown[] {
  return typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
}

/** Whether JSON.stringify leaves this property out (and writes null for it in an array). */
function isSkipped(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/**
 * Writes `value` as JSON followed by a newline: the top levels (the report object and its arrays)
 * piece by piece, each element below them with JSON.stringify. `write` receives chunks in order.
 */
export function writeJson(value: unknown, write: (chunk: string) => void, chunkChars = CHUNK_CHARS): void {
  let parts: string[] = [];
  let size = 0;
  const put = (s: string): void => {
    parts.push(s);
    size += s.length;
    if (size >= chunkChars) {
      write(parts.join(''));
      parts = [];
      size = 0;
    }
  };
  const emit = (v: unknown, depth: number): void => {
    if (depth >= 2 || !isContainer(v)) {
      put(JSON.stringify(v) ?? 'null');
      return;
    }
    if (Array.isArray(v)) {
      put('[');
      for (let i = 0; i < v.length; i++) {
        if (i) put(',');
        const x: unknown = v[i];
        if (isSkipped(x)) put('null');
        else emit(x, depth + 1);
      }
      put(']');
      return;
    }
    put('{');
    let first = true;
    for (const key of Object.keys(v)) {
      const x = v[key];
      if (isSkipped(x)) continue;
      put(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      emit(x, depth + 1);
    }
    put('}');
  };
  emit(value, 0);
  put('\n');
  if (parts.length) write(parts.join(''));
}
