/**
 * CSV/TSV → Grid. Encoding detected: UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's
 * "Unicode text"), else Shift_JIS/CP932. RFC 4180 quoting; CRLF, LF and CR line ends, mixed.
 */
import * as iconv from 'iconv-lite';
import { EMPTY_CELL, type Cell, type Grid } from '../core/grid';
import { CliError } from './errors';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'cp932';

/** Decodes bytes: BOMs first, then valid UTF-8 as UTF-8, anything else as CP932 (Shift_JIS). */
export function decodeText(buf: Buffer): { text: string; encoding: TextEncoding } {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: buf.subarray(3).toString('utf8'), encoding: 'utf-8' };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(buf, 'cp932'), encoding: 'cp932' };
  }
}

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

export function readCsv(buf: Buffer, fileName: string): Grid {
  const { text } = decodeText(buf);
  if (text.trim() === '') throw new CliError('cli.error.csvEmpty', { file: fileName });
  const records = parseDelimited(text, delimiterFor(fileName));
  return {
    sheet: sheetNameFromFile(fileName),
    top: 0,
    left: 0,
    rows: records.map((r) => r.map(csvCell)),
  };
}
