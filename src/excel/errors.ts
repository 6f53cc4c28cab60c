/**
 * Office.js errors → HostError. The adapter catches only to map (and rethrow); nothing is swallowed.
 */
import { HostError } from './host';

/** Excel error codes (OfficeExtension.Error.code) that mean "you may not change this". */
const PROTECTION_CODES = new Set(['AccessDenied', 'InvalidOperation']);
const PAYLOAD_CODES = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);
const UNSUPPORTED_CODES = new Set(['ApiNotFound', 'NotImplemented', 'UnsupportedOperation']);

/** The error code of an Office.js error (OfficeExtension.Error), or null for other errors. */
export function officeErrorCode(err: unknown): string | null {
  if (typeof err === 'object' && err !== null && 'code' in err) {
    const code = (err as { code: unknown }).code;
    return typeof code === 'string' ? code : null;
  }
  return null;
}

export interface MapContext {
  /** True when the sheet or workbook being written is known to be protected. */
  readonly writeProtected?: boolean;
}

/** Maps anything thrown inside Excel.run to a HostError (HostErrors pass through unchanged). */
export function toHostError(err: unknown, ctx: MapContext = {}): HostError {
  if (err instanceof HostError) return err;
  const code = officeErrorCode(err);
  const detail = err instanceof Error ? err.message : String(err);
  if (code === 'AccessDenied' || (code !== null && PROTECTION_CODES.has(code) && ctx.writeProtected)) {
    return new HostError('protected', 'excel.error.protected', `${code}: ${detail}`);
  }
  if (code !== null && PAYLOAD_CODES.has(code)) {
    return new HostError('excel-error', 'excel.error.tooLarge', `${code}: ${detail}`);
  }
  if (code !== null && UNSUPPORTED_CODES.has(code)) {
    return new HostError('unsupported', 'excel.error.unsupported', `${code}: ${detail}`);
  }
  if (code === 'ItemNotFound') {
    return new HostError('excel-error', 'excel.error.notFound', `${code}: ${detail}`);
  }
  return new HostError('excel-error', 'excel.error.generic', code ? `${code}: ${detail}` : detail);
}
