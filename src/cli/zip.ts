/**
 * Just enough of the ZIP format to look inside an .xlsx without loading it: the file signature,
 * the names of its entries (from the central directory) and the content of one entry.
 */
import { inflateRawSync } from 'zlib';

export type FileKind = 'zip' | 'ole' | 'other';

/** PK\x03\x04 (zip, .xlsx) or the OLE compound-file signature (.xls, password-protected .xlsx). */
export function sniffKind(buf: Buffer): FileKind {
  if (buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50) return 'zip';
  if (
    buf.length >= 8 &&
    buf.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
  ) {
    return 'ole';
  }
  return 'other';
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  /** Size once inflated, as the central directory states it (a hint: the data may say otherwise). */
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/** Entries of a zip archive, from its central directory; null when `buf` is not a readable zip. */
export function listZipEntries(buf: Buffer): ZipEntry[] | null {
  const min = 22;
  if (buf.length < min) return null;
  let eocd = -1;
  for (let i = buf.length - min; i >= Math.max(0, buf.length - min - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null;
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localHeaderOffset = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The uncompressed content of one entry; null when absent or stored with an unknown method. */
export function readZipEntry(buf: Buffer, name: string): Buffer | null {
  const entry = listZipEntries(buf)?.find((e) => e.name === name);
  if (!entry) return null;
  const p = entry.localHeaderOffset;
  if (buf.readUInt32LE(p) !== 0x04034b50) return null;
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method === 8) return inflateRawSync(data);
  return null;
}

/** Parts of a workbook that exceljs cannot carry over into a copy without loss. */
const LOSSY_PARTS: ReadonlyArray<readonly [prefix: string, label: string]> = [
  ['xl/charts/', 'charts'],
  ['xl/chartsheets/', 'chart sheets'],
  ['xl/pivotTables/', 'pivot tables'],
  ['xl/pivotCache/', 'pivot tables'],
  ['xl/media/', 'images'],
  ['xl/drawings/', 'drawings'],
  ['xl/vbaProject.bin', 'VBA macros'],
  ['xl/slicers/', 'slicers'],
  ['xl/slicerCaches/', 'slicers'],
  ['xl/timelines/', 'timelines'],
  ['xl/activeX/', 'ActiveX controls'],
  ['xl/ctrlProps/', 'form controls'],
  ['xl/embeddings/', 'embedded objects'],
  ['xl/externalLinks/', 'links to other workbooks'],
  ['xl/threadedComments/', 'threaded comments'],
];

/** Labels of the lossy parts among the zip entry names (deduplicated, in a stable order). */
export function lossyParts(names: readonly string[]): string[] {
  const found = new Set<string>();
  for (const [prefix, label] of LOSSY_PARTS) {
    if (names.some((n) => n.startsWith(prefix))) found.add(label);
  }
  return [...found];
}

/**
 * Sets every entry's modification time (local headers and central directory) to one fixed DOS
 * date-time, so that writing the same workbook twice gives the same bytes. Returns a new buffer.
 */
export function fixZipTimestamps(buf: Buffer, date: Date): Buffer {
  const out = Buffer.from(buf);
  const dosTime =
    (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  const entries = listZipEntries(out);
  if (!entries) throw new Error('not a zip archive');
  let eocd = out.length - 22;
  while (eocd >= 0 && out.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  let p = out.readUInt32LE(eocd + 16);
  for (const entry of entries) {
    out.writeUInt16LE(dosTime, p + 12);
    out.writeUInt16LE(dosDate, p + 14);
    const lh = entry.localHeaderOffset;
    out.writeUInt16LE(dosTime, lh + 10);
    out.writeUInt16LE(dosDate, lh + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}
