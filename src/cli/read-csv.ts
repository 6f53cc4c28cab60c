/**
 * CSV/TSV → Grid. Encoding detected: UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's
 * "Unicode text"), else Shift_JIS/CP932. RFC 4180 quoting; CRLF, LF and CR line ends, mixed.
 */
import type * as Iconv from 'iconv-lite';
import { EMPTY_CELL, type Cell, type Grid } from '../core/grid';
import { CliError } from './errors';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'cp932';

/** iconv-lite, loaded only for a file that is not UTF-8 (most files are: this keeps its tables out of start-up). */
function iconv(): typeof Iconv {
  // A synchronous lazy load (decodeText is synchronous); import() would make every reader async.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('iconv-lite') as typeof Iconv;
}

const REPLACEMENT = /\uFFFD/g;

function countReplacements(text: string): number {
  return text.match(REPLACEMENT)?.length ?? 0;
}

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  /** Characters the bytes did not encode in that encoding (shown as U+FFFD); absent when none. */
  readonly undecodable?: number;
}

/**
 * Decodes bytes: BOMs first, then valid UTF-8 as UTF-8, anything else as CP932 (Shift_JIS). When
 * neither decodes cleanly, the one with fewer undecodable characters wins (a UTF-8 file with one
 * damaged byte stays UTF-8) and `undecodable` says how many characters were lost.
 */
export function decodeText(buf: Buffer): DecodedText {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return withCount(buf.subarray(3).toString('utf8'), 'utf-8');
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return withCount(iconv().decode(buf.subarray(2), 'utf-16le'), 'utf-16le');
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return withCount(iconv().decode(buf.subarray(2), 'utf-16be'), 'utf-16be');
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { text, encoding: 'utf-8' };
  } catch {
    const sjis = iconv().decode(buf, 'cp932');
    const lost = countReplacements(sjis);
    if (lost === 0) return { text: sjis, encoding: 'cp932' };
    const utf8 = buf.toString('utf8');
    const lostUtf8 = countReplacements(utf8);
    return lostUtf8 < lost
      ? { text: utf8, encoding: 'utf-8', undecodable: lostUtf8 }
      : { text: sjis, encoding: 'cp932', undecodable: lost };
  }
}

function withCount(text: string, encoding: TextEncoding): DecodedText {
  const lost = countReplacements(text);
  return lost ? { text, encoding, undecodable: lost } : { text, encoding };
}

/** 1-based line of the first U+FFFD in the text. */
function firstReplacementLine(text: string): number {
  const i = text.indexOf('\uFFFD');
  if (i < 0) return 0;
  let line = 1;
  for (let k = 0; k < i; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) line++;
  }
  return line;
}

const ENCODING_NAMES: Readonly<Record<TextEncoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  cp932: 'Shift_JIS (CP932)',
};

/**
 * Splits delimited text into records (RFC 4180). A quoted field may hold delimiters, quotes ("")
 * and line breaks; a quote that is never closed throws a CliError naming the line it opened on.
 * Quotes inside an unquoted field are kept literally, as Excel does.
 */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let line = 1;
  const n = text.length;
  let atFieldStart = true;

  const endField = () => {
    record.push(field);
    field = '';
    atFieldStart = true;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };

  while (i < n) {
    const ch = text[i];
    if (atFieldStart && ch === '"') {
      const openedOn = line;
      i++;
      let closed = false;
      while (i < n) {
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (c === '\r' || c === '\n') {
          // Line breaks inside quotes are kept as \n (Excel's in-cell line break).
          if (c === '\r' && text[i + 1] === '\n') i++;
          field += '\n';
          line++;
          i++;
          continue;
        }
        field += c;
        i++;
      }
      if (!closed) throw new CliError('cli.error.csvUnterminatedQuote', { line: String(openedOn) });
      atFieldStart = false;
      continue;
    }
    atFieldStart = false;
    if (ch === delimiter) {
      endField();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      i++;
      line++;
      endRecord();
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** A CSV field as a cell: purely numeric text becomes a number, anything else stays text. */
export function csvCell(field: string): Cell {
  if (field.trim() === '') return EMPTY_CELL;
  const trimmed = field.trim();
  if (PLAIN_NUMBER.test(trimmed)) {
    const n = Number(trimmed);
    if (Number.isFinite(n) && (Number.isSafeInteger(n) || !Number.isInteger(n))) return { value: n };
  }
  return { value: field };
}

/** Delimiter for a file name: tab for .tsv/.txt (Excel's text export), else comma. */
export function delimiterFor(fileName: string): string {
  return /\.(tsv|txt|tab)$/i.test(fileName) ? '\t' : ',';
}

/** A valid sheet name from a file name (no []:*?/\, at most 31 characters). */
export function sheetNameFromFile(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const clean = base
    .replace(/[[\]:*?/\\]/g, '_')
    .replace(/^'+|'+$/g, '')
    .slice(0, 31)
    .trim();
  return clean || 'Sheet1';
}

/** A warning for the user (catalog key and parameters); the file is still read. */
export type CsvWarning = (messageKey: string, params: Readonly<Record<string, string>>) => void;

export function readCsv(buf: Buffer, fileName: string, warn?: CsvWarning): Grid {
  const { text, encoding, undecodable } = decodeText(buf);
  if (text.trim() === '') throw new CliError('cli.error.csvEmpty', { file: fileName });
  if (undecodable && warn) {
    warn('cli.warning.undecodable', {
      file: fileName,
      encoding: ENCODING_NAMES[encoding],
      count: String(undecodable),
      line: String(firstReplacementLine(text)),
    });
  }
  const records = parseDelimited(text, delimiterFor(fileName));
  return {
    sheet: sheetNameFromFile(fileName),
    top: 0,
    left: 0,
    rows: records.map((r) => r.map(csvCell)),
  };
}
