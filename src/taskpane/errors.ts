/** Turns whatever an action threw into a message the user can act on (catalog key + parameters). */
import { hasMessage, type MessageParams } from './i18n';
import type { HostErrorCode } from '../excel/host';

export interface UiMessage {
  readonly intent: 'success' | 'info' | 'warning' | 'error';
  readonly key: string;
  readonly params?: MessageParams;
  /** A second line (e.g. the number of highlighted cells). */
  readonly extra?: { readonly key: string; readonly params?: MessageParams };
}

const KEY_BY_CODE: Partial<Record<HostErrorCode, string>> = {
  protected: 'ui.error.protected',
  unsupported: 'ui.error.unsupported',
  'empty-sheet': 'ui.error.emptySheet',
};

interface HostErrorLike {
  readonly code: HostErrorCode;
  readonly messageKey?: string;
  readonly detail?: string;
  readonly message: string;
}

/** HostError, or an error that looks like one (a HostError from another bundle copy). */
function asHostError(err: unknown): HostErrorLike | null {
  if (
    err instanceof Error &&
    err.name === 'HostError' &&
    typeof (err as Partial<HostErrorLike>).code === 'string'
  ) {
    return err as unknown as HostErrorLike;
  }
  return null;
}

/** A one-line description of anything thrown. */
export function errorDetail(err: unknown): string {
  const host = asHostError(err);
  if (host) return host.detail ?? host.message;
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === 'string') return err;
  try {
    return JSON.stringify(err) ?? String(err);
  } catch {
    return String(err);
  }
}

export function messageForError(err: unknown): UiMessage {
  const hostError = asHostError(err);
  if (hostError) {
    const key = KEY_BY_CODE[hostError.code];
    if (key) return { intent: hostError.code === 'empty-sheet' ? 'warning' : 'error', key };
    // The summary sheet was active and its data sheet is gone: the user picks the data sheet.
    if (hostError.code === 'summary-sheet' && hostError.messageKey && hasMessage(hostError.messageKey))
      return { intent: 'warning', key: hostError.messageKey };
    const detail = hostError.detail ?? hostError.message;
    // The adapter's own message for the failure (excel.error.tooLarge…), when the catalog has it.
    if (
      hostError.messageKey &&
      hasMessage(hostError.messageKey) &&
      hostError.messageKey !== 'excel.error.generic'
    ) {
      return {
        intent: 'error',
        key: hostError.messageKey,
        extra: { key: 'ui.error.detail', params: { detail } },
      };
    }
    return {
      intent: 'error',
      key: 'ui.error.generic',
      params: { detail: hostError.detail ?? hostError.message },
    };
  }
  return { intent: 'error', key: 'ui.error.generic', params: { detail: errorDetail(err) } };
}
