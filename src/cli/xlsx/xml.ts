/**
 * A small pull scanner for the XML parts of an .xlsx: elements (local names, prefixes dropped), their
 * attributes on demand and their text, with the five predefined entities and character references
 * decoded and line ends normalised (CR LF and lone CR read as LF, as any XML parser gives them).
 * Malformed markup (an unterminated tag, a closing tag that does not match, an element left open at
 * the end) throws an XmlError. No DTD is read and no custom entity is expanded.
 */

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlError';
  }
}

/** Token kinds returned by XmlScanner.next(). */
export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export type TokenKind = typeof END | typeof OPEN | typeof CLOSE | typeof TEXT;

const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const QUOT = 34; // "
const APOS = 39; // '
const EQ = 61; // =
const COLON = 58; // :

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(lt|gt|amp|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function entity(whole: string, dec?: string, hex?: string, named?: string): string {
  if (named) return NAMED[named];
  const code = dec !== undefined ? parseInt(dec, 10) : parseInt(hex ?? '', 16);
  if (!(code > 0 && code <= 0x10ffff)) return whole;
  return String.fromCodePoint(code);
}

/** Entity and character references decoded; a reference the scanner does not know is kept as written. */
export function decodeEntities(s: string): string {
  return s.indexOf('&') < 0 ? s : s.replace(ENTITY, entity);
}

/** Text content as an XML parser reports it: line ends normalised, then references decoded. */
export function decodeText(raw: string): string {
  const s = raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n');
  return decodeEntities(s);
}

/** An attribute value as an XML parser reports it: white-space characters as spaces, references decoded. */
function decodeAttribute(raw: string): string {
  const s = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n?/g, '\n').replace(/[\t\n]/g, ' ') : raw;
  return decodeEntities(s);
}

export class XmlScanner {
  private pos = 0;
  private readonly stack: string[] = [];
  /** Local names of the open elements (parallel to stack). */
  private readonly locals: string[] = [];
  private pendingClose = false;
  private attrStart = 0;
  private attrEnd = 0;
  private textStart = 0;
  private textEnd = 0;
  private cdata = false;
  /** Kind of the current token. */
  kind: TokenKind = END;
  /** Local name (without prefix) of the current OPEN or CLOSE token. */
  name = '';
  /** Whether the current OPEN token was written <name/> (a CLOSE token follows at once). */
  selfClosing = false;
  /** Raw (undecoded) bounds in `xml` of the value found by the last successful findAttr(). */
  valueStart = 0;
  valueEnd = 0;
  /** Bounds in `xml` of the name of the attribute nextAttr() is on. */
  nameStart = 0;
  nameEnd = 0;
  private cursor = 0;

  constructor(readonly xml: string) {
    if (xml.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  /** Depth of open elements (the current OPEN element included). */
  get depth(): number {
    return this.stack.length;
  }

  next(): TokenKind {
    const xml = this.xml;
    if (this.pendingClose) {
      this.pendingClose = false;
      this.stack.pop();
      this.locals.pop();
      this.selfClosing = false;
      return (this.kind = CLOSE);
    }
    for (;;) {
      const start = this.pos;
      if (start >= xml.length) {
        if (this.stack.length)
          throw new XmlError(`unexpected end of XML: <${this.stack[this.stack.length - 1]}> not closed`);
        return (this.kind = END);
      }
      if (xml.charCodeAt(start) !== LT) {
        let end = xml.indexOf('<', start);
        if (end < 0) end = xml.length;
        this.pos = end;
        this.textStart = start;
        this.textEnd = end;
        this.cdata = false;
        return (this.kind = TEXT);
      }
      const c1 = xml.charCodeAt(start + 1);
      if (c1 === 63 /* ? */) {
        this.pos = this.after('?>', start + 2);
        continue;
      }
      if (c1 === 33 /* ! */) {
        if (xml.startsWith('<!--', start)) {
          this.pos = this.after('-->', start + 4);
          continue;
        }
        if (xml.startsWith('<![CDATA[', start)) {
          const end = xml.indexOf(']]>', start + 9);
          if (end < 0) throw new XmlError('unterminated CDATA section');
          this.textStart = start + 9;
          this.textEnd = end;
          this.cdata = true;
          this.pos = end + 3;
          return (this.kind = TEXT);
        }
        // <!DOCTYPE …>, with or without an internal subset: skipped, nothing declared in it is used.
        const gt = xml.indexOf('>', start);
        const bracket = xml.indexOf('[', start);
        if (bracket >= 0 && (gt < 0 || bracket < gt)) this.pos = this.after(']', bracket);
        this.pos = this.after('>', Math.max(this.pos, start));
        continue;
      }
      if (c1 === SLASH) {
        const open = this.stack.pop();
        if (open === undefined) throw new XmlError('unexpected closing tag');
        let p = start + 2 + open.length;
        if (!xml.startsWith(open, start + 2)) p = start + 2;
        while (p < xml.length && isSpace(xml.charCodeAt(p))) p++;
        if (xml.charCodeAt(p) !== GT || p === start + 2) {
          const gt = xml.indexOf('>', start);
          throw new XmlError(
            gt < 0 ? 'unterminated closing tag' : `${xml.slice(start, gt + 1)} does not close <${open}>`,
          );
        }
        this.pos = p + 1;
        this.name = this.locals.pop() as string;
        this.selfClosing = false;
        return (this.kind = CLOSE);
      }
      // An opening tag: the name, then attributes up to the '>' outside quotes.
      let p = start + 1;
      let colon = -1;
      const len = xml.length;
      while (p < len) {
        const c = xml.charCodeAt(p);
        if (isSpace(c) || c === GT || c === SLASH) break;
        if (c === COLON) colon = p;
        p++;
      }
      if (p === start + 1) throw new XmlError(`malformed tag at offset ${start}`);
      const qname =
        p === start + 2
          ? (oneLetterName(xml.charCodeAt(start + 1)) ?? xml.slice(start + 1, p))
          : xml.slice(start + 1, p);
      this.attrStart = p;
      let quote = 0;
      while (p < len) {
        const c = xml.charCodeAt(p);
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === QUOT || c === APOS) {
          quote = c;
        } else if (c === GT) {
          break;
        } else if (c === LT) {
          throw new XmlError(`malformed tag <${qname}>`);
        }
        p++;
      }
      if (p >= len) throw new XmlError(`unterminated tag <${qname}>`);
      const selfClosing = xml.charCodeAt(p - 1) === SLASH;
      this.attrEnd = selfClosing ? p - 1 : p;
      this.pos = p + 1;
      const local = colon < 0 ? qname : qname.slice(colon - start);
      this.stack.push(qname);
      this.locals.push(local);
      this.name = local;
      this.selfClosing = selfClosing;
      this.pendingClose = selfClosing;
      return (this.kind = OPEN);
    }
  }

  /** The current TEXT token's content, decoded. */
  text(): string {
    const raw = this.xml.slice(this.textStart, this.textEnd);
    return this.cdata ? raw : decodeText(raw);
  }

  /** An attribute of the current OPEN token (qualified name as written, e.g. "r:id"), decoded; undefined when absent. */
  attr(name: string): string | undefined {
    return this.findAttr(name) ? decodeAttribute(this.xml.slice(this.valueStart, this.valueEnd)) : undefined;
  }

  /** Finds an attribute of the current OPEN token; its raw value is then xml[valueStart, valueEnd). */
  findAttr(name: string): boolean {
    const xml = this.xml;
    this.firstAttr();
    while (this.nextAttr()) {
      if (this.nameEnd - this.nameStart === name.length && xml.startsWith(name, this.nameStart)) return true;
    }
    return false;
  }

  /** Starts a walk over the current OPEN token's attributes (nextAttr() gives each in turn). */
  firstAttr(): void {
    this.cursor = this.attrStart;
  }

  /** The next attribute: its name is xml[nameStart, nameEnd), its raw value xml[valueStart, valueEnd). */
  nextAttr(): boolean {
    const xml = this.xml;
    const end = this.attrEnd;
    let p = this.cursor;
    while (p < end && isSpace(xml.charCodeAt(p))) p++;
    if (p >= end) return false;
    const nameStart = p;
    while (p < end) {
      const c = xml.charCodeAt(p);
      if (c === EQ || isSpace(c)) break;
      p++;
    }
    const nameEnd = p;
    while (p < end && isSpace(xml.charCodeAt(p))) p++;
    if (xml.charCodeAt(p) !== EQ) throw new XmlError(`malformed attribute in <${this.name}>`);
    p++;
    while (p < end && isSpace(xml.charCodeAt(p))) p++;
    const quote = xml.charCodeAt(p);
    if (quote !== QUOT && quote !== APOS) throw new XmlError(`unquoted attribute in <${this.name}>`);
    const valueEnd = xml.indexOf(quote === QUOT ? '"' : "'", p + 1);
    if (valueEnd < 0 || valueEnd > end) throw new XmlError(`unterminated attribute in <${this.name}>`);
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
    this.valueStart = p + 1;
    this.valueEnd = valueEnd;
    this.cursor = valueEnd + 1;
    return true;
  }

  /** Skips the rest of the current OPEN element (its content and its CLOSE token). */
  skipElement(): void {
    const depth = this.stack.length;
    while (this.stack.length >= depth) {
      if (this.next() === END) return;
    }
  }

  /** The text content of the current OPEN element (all descendant text), consuming its CLOSE token. */
  elementText(): string {
    if (this.pendingClose) {
      this.next();
      return '';
    }
    // Fast path: text then the element's own closing tag (<v>123</v>).
    const xml = this.xml;
    const open = this.stack[this.stack.length - 1];
    const lt = xml.indexOf('<', this.pos);
    if (
      lt >= 0 &&
      xml.charCodeAt(lt + 1) === SLASH &&
      xml.charCodeAt(lt + 2 + open.length) === GT &&
      xml.startsWith(open, lt + 2)
    ) {
      const text = lt === this.pos ? '' : decodeText(xml.slice(this.pos, lt));
      this.pos = lt + 3 + open.length;
      this.stack.pop();
      this.name = this.locals.pop() as string;
      this.selfClosing = false;
      this.kind = CLOSE;
      return text;
    }
    const depth = this.stack.length;
    let out = '';
    for (;;) {
      const k = this.next();
      if (k === TEXT) out += this.text();
      else if (k === CLOSE && this.stack.length < depth) return out;
      else if (k === END) return out;
    }
  }

  private after(marker: string, from: number): number {
    const i = this.xml.indexOf(marker, from);
    if (i < 0) throw new XmlError(`unterminated markup (${marker} missing)`);
    return i + marker.length;
  }
}

/** The common one-letter element names as constants (no new string per element). */
function oneLetterName(c: number): string | undefined {
  switch (c) {
    case 99:
      return 'c';
    case 118:
      return 'v';
    case 102:
      return 'f';
    case 116:
      return 't';
    case 114:
      return 'r';
    default:
      return undefined;
  }
}
