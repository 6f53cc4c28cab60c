/**
 * The parts of an .xlsx package, read on demand from the zip bytes (central directory from zip.ts,
 * inflate from zlib). Everything inflated counts against one budget, so a zip bomb stops with a
 * clear error instead of filling the memory.
 */
import { inflateRawSync } from 'zlib';
import { listZipEntries, type ZipEntry } from '../zip';

/** Total bytes the parts of one workbook may inflate to (a 10,000-project sheet needs about 10 MB). */
export const DEFAULT_MAX_INFLATED_BYTES = 256 * 1024 * 1024;

/** The package inflates to more than the budget allows. */
export class TooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`the workbook inflates to more than ${limitBytes} bytes`);
    this.name = 'TooLargeError';
  }
}

/** A part the package lists but whose bytes cannot be read (bad header, unknown method, corrupt data). */
export class PartError extends Error {
  constructor(part: string, detail: string) {
    super(`${part}: ${detail}`);
    this.name = 'PartError';
  }
}

export class Archive {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly byFoldedName = new Map<string, ZipEntry>();
  private remaining: number;

  constructor(
    private readonly buf: Buffer,
    readonly entries: readonly ZipEntry[],
    readonly maxInflatedBytes: number = DEFAULT_MAX_INFLATED_BYTES,
  ) {
    this.remaining = maxInflatedBytes;
    for (const e of entries) {
      const name = e.name.startsWith('/') ? e.name.slice(1) : e.name;
      if (!this.byName.has(name)) this.byName.set(name, e);
      const folded = name.toLowerCase();
      if (!this.byFoldedName.has(folded)) this.byFoldedName.set(folded, e);
    }
  }

  /** null when `buf` is not a readable zip archive. */
  static open(buf: Buffer, maxInflatedBytes?: number): Archive | null {
    const entries = listZipEntries(buf);
    return entries ? new Archive(buf, entries, maxInflatedBytes) : null;
  }

  has(name: string): boolean {
    return this.find(name) !== undefined;
  }

  /** A part's text (UTF-8); null when the package has no such part. Part names ignore case, as in OPC. */
  text(name: string): string | null {
    const bytes = this.bytes(name);
    return bytes === null ? null : bytes.toString('utf8');
  }

  bytes(name: string): Buffer | null {
    const entry = this.find(name);
    if (!entry) return null;
    const buf = this.buf;
    const p = entry.localHeaderOffset;
    if (p + 30 > buf.length || buf.readUInt32LE(p) !== 0x04034b50)
      throw new PartError(name, 'bad local header');
    const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
    const end = start + entry.compressedSize;
    if (end > buf.length) throw new PartError(name, 'truncated data');
    const data = buf.subarray(start, end);
    let out: Buffer;
    if (entry.method === 0) {
      out = data;
    } else if (entry.method === 8) {
      if (this.remaining <= 0) throw new TooLargeError(this.maxInflatedBytes);
      try {
        // One output chunk of the stated size (when believable) saves zlib growing and joining chunks.
        const stated = entry.uncompressedSize;
        const chunkSize = stated > 0 && stated <= this.remaining ? Math.max(stated, 64 * 1024) : undefined;
        out = inflateRawSync(data, { maxOutputLength: this.remaining, ...(chunkSize ? { chunkSize } : {}) });
      } catch (err) {
        if ((err as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new TooLargeError(this.maxInflatedBytes);
        }
        throw new PartError(name, err instanceof Error ? err.message : String(err));
      }
    } else {
      throw new PartError(name, `unsupported compression method ${entry.method}`);
    }
    if (out.length > this.remaining) throw new TooLargeError(this.maxInflatedBytes);
    this.remaining -= out.length;
    return out;
  }

  private find(name: string): ZipEntry | undefined {
    return this.byName.get(name) ?? this.byFoldedName.get(name.toLowerCase());
  }
}
