/**
 * Number formats: the built-in codes (by id, as exceljs names them), whether a format shows a date,
 * and Excel serial numbers as ISO dates without time-zone drift.
 */

/** Built-in format codes that exceljs reports as cell.numFmt (ids without one have no fixed code). */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

export function builtInFormat(id: number): string | undefined {
  return BUILT_IN[id];
}

/**
 * Built-in ids that show a date or time: 14–22 and 45–47 everywhere, 27–36 and 50–58 in the East
 * Asian locales (和暦 and 年月日 formats in a Japanese Excel), whose codes depend on the locale.
 */
export function isBuiltInDateId(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/**
 * Whether a format code (as written in styles.xml) shows a date or time: a date/time token (y m d h s,
 * b for Buddhist years) outside quoted text, [brackets] (colours, locales, elapsed-time markers aside,
 * which have tokens too) and single-character escapes (\x, _x, *x).
 */
export function isDateFormat(code: string): boolean {
  let inQuote = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (inQuote) {
      if (ch === '"') inQuote = false;
      continue;
    }
    switch (ch) {
      case '"':
        inQuote = true;
        break;
      case '\\':
      case '_':
      case '*':
        i++;
        break;
      case '[': {
        const close = code.indexOf(']', i + 1);
        if (close < 0) return false;
        // [h], [mm], [ss]: elapsed time.
        if (/^\[(?:h+|m+|s+)\]$/i.test(code.slice(i, close + 1))) return true;
        i = close;
        break;
      }
      case 'y':
      case 'Y':
      case 'm':
      case 'M':
      case 'd':
      case 'D':
      case 'h':
      case 'H':
      case 's':
      case 'S':
      case 'b':
        return true;
      default:
        break;
    }
  }
  return false;
}

/**
 * A custom format code as exceljs reports it (cell.numFmt): backslash escapes dropped
 * ('#,##0\円' → '#,##0円').
 */
export function reportedFormat(code: string): string {
  return code.indexOf('\\') < 0 ? code : code.replace(/\\(.)/g, '$1');
}

const MS_PER_DAY = 86_400_000;
/** Days between Excel's day 0 (1899-12-30, 1900 date system) and 1970-01-01. */
const EPOCH_OFFSET = 25_569;
/** Days between the 1900 and the 1904 date systems' day 0. */
const OFFSET_1904 = 1_462;

/** A Date (UTC midnight for a plain date) → ISO date and 1900-system Excel serial, no time-zone drift. */
export function dateToCellParts(d: Date): { iso: string; serial: number } | null {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) return null;
  const serial = Math.round((ms / MS_PER_DAY + EPOCH_OFFSET) * 1e8) / 1e8;
  return { iso: d.toISOString().slice(0, 10), serial };
}

/**
 * An Excel serial number (in the workbook's date system) → ISO date and the 1900-system serial, computed
 * the way the exceljs path did (serial → Date at millisecond precision → serial), so figures match.
 */
export function serialToCellParts(serial: number, date1904: boolean): { iso: string; serial: number } | null {
  const ms = Math.round((serial - EPOCH_OFFSET + (date1904 ? OFFSET_1904 : 0)) * MS_PER_DAY);
  return dateToCellParts(new Date(ms));
}

/** An ISO 8601 date or date-time (a t="d" cell) → the same parts; null when it is not one. */
export function isoToCellParts(text: string): { iso: string; serial: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?Z?$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s, frac] = m.slice(1);
  const ms = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h ?? 0),
    Number(mi ?? 0),
    Number(s ?? 0),
    frac ? Math.round(Number(frac) * 1000) : 0,
  );
  const date = new Date(ms);
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null;
  return dateToCellParts(date);
}
