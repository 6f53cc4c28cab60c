/**
 * Errors the CLI reports to the user (exit code 2): a catalog key and its parameters, rendered in
 * Japanese first, then English.
 */
import { t, type MessageParams } from '../core/i18n';

export class CliError extends Error {
  constructor(
    readonly messageKey: string,
    readonly params: MessageParams = {},
  ) {
    super(t('en', messageKey, params));
    this.name = 'CliError';
  }
}

/** The two-language text of an error or warning: Japanese line(s) first, then English. */
export function bilingual(prefixKey: string, key: string, params: MessageParams = {}): string {
  return (
    `${t('ja', prefixKey)}: ${t('ja', key, params)}\n` + `${t('en', prefixKey)}: ${t('en', key, params)}\n`
  );
}

/** Short description of an unexpected error, for messages. */
export function errorDetail(err: unknown): string {
  if (err && typeof err === 'object') {
    const code = (err as { code?: unknown }).code;
    const message = (err as { message?: unknown }).message;
    if (typeof code === 'string' && typeof message === 'string') return `${code}: ${message}`;
    if (typeof message === 'string') return message;
  }
  return String(err);
}
