/**
 * Excel date serials ↔ ISO dates by plain integer arithmetic (no Date objects, so no time-zone drift),
 * and recognising date number formats.
 */

/** Days from 1970-01-01 to y-m-d (proleptic Gregorian; H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z0: number): { y: number; m: number; d: number } {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

/** Serial 0 of the 1900 date system counted from 1899-12-30 (valid from serial 61 = 1900-03-01 on). */
const EPOCH = daysFromCivil(1899, 12, 30);

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/**
 * Excel serial (1900 date system) → ISO date; the time of day is dropped. Null for serials Excel
 * cannot show as a date (< 1, ≥ 2958466 = 10000-01-01) and for the fictitious 1900-02-29 (60).
 */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return null;
  // Excel counts 1900-02-29, which never existed: serials before it are one day off.
  const days = whole < 60 ? EPOCH + whole + 1 : EPOCH + whole;
  const { y, m, d } = civilFromDays(days);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** ISO date → Excel serial; null when the text is not a real date in Excel's range. */
export function isoToSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const days = daysFromCivil(y, mo, d);
  const back = civilFromDays(days);
  if (back.y !== y || back.m !== mo || back.d !== d) return null;
  const serial = days - EPOCH;
  if (serial < 61) return serial >= 1 ? serial - 1 : null;
  return serial;
}

/**
 * True for number formats that show a date: they hold a year, day or era token (y, d, e, g) outside
 * quoted text, escapes and [colour/locale] brackets. 'm' alone is ambiguous (month or minute), so
 * formats with m but no y/d count only when they hold no time token.
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const section = format.split(';')[0];
  const stripped = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?:\$[^\]]*|[A-Za-z]+\d*)\]/g, (b) => (/^\[[hms]+\]$/i.test(b) ? b : ''))
    .replace(/_./g, '')
    .replace(/\*./g, '')
    .replace(/E[+-]/gi, '')
    .replace(/General/gi, '');
  if (/[ydeg]/i.test(stripped)) return true;
  return /m/i.test(stripped) && !/[hs]/i.test(stripped) && !/[0#?]/.test(stripped);
}
