/**
 * xl/sharedStrings.xml → the text of each shared string: plain or rich text (runs concatenated),
 * without the phonetic runs (<rPh>, furigana) and properties Japanese Excel stores beside the text;
 * `_xHHHH_` escapes decoded.
 */
import { END, OPEN, XmlScanner } from './xml';

/** Excel's escape for characters XML cannot hold (_x000D_ = CR), as exceljs decodes it. */
export function decodeEscapes(s: string): string {
  return s.indexOf('_x') < 0
    ? s
    : s.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The text of a string item whose OPEN token (<si>, <is>) the scanner is on: every <t> of the item
 * and of its runs (<r>), phonetic parts skipped. Consumes the item's CLOSE token.
 */
export function readStringItem(s: XmlScanner): string {
  const depth = s.depth;
  let out = '';
  for (;;) {
    const k = s.next();
    if (k === END) return out;
    if (k === OPEN) {
      const name = s.name;
      if (name === 't') out += decodeEscapes(s.elementText());
      else if (name === 'rPh' || name === 'phoneticPr' || name === 'rPr') s.skipElement();
    } else if (s.depth < depth) {
      return out;
    }
  }
}

export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const s = new XmlScanner(xml);
  for (let k = s.next(); k !== END; k = s.next()) {
    if (k === OPEN && s.name === 'si') out.push(readStringItem(s));
  }
  return out;
}
