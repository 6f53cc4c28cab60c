/**
 * Command-line arguments: `dx-status check FILE [--sheet NAME] [--as-of YYYY-MM-DD]
 * [--fiscal-year 2024|R6] [--json] [--summary OUT.xlsx] [--lang ja|en] [--dictionary FILE.yml]`.
 * Pure: no file access here; wrong arguments throw a CliError (exit 2).
 */
import type { Lang } from '../core/i18n';
import { CliError } from './errors';

export interface CheckArgs {
  readonly command: 'check';
  readonly file: string;
  readonly sheet?: string;
  readonly asOf?: string;
  readonly fiscalYear?: number;
  readonly json: boolean;
  readonly summary?: string;
  readonly lang: Lang;
  readonly dictionary?: string;
}

export type ParsedArgs = { readonly command: 'help' } | { readonly command: 'version' } | CheckArgs;

const VALUE_OPTIONS = ['--sheet', '--as-of', '--fiscal-year', '--summary', '--lang', '--dictionary'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

function isValueOption(name: string): name is ValueOption {
  return (VALUE_OPTIONS as readonly string[]).includes(name);
}

/** True when `s` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

/** 2024 → 2024; R6 / r6 / 令和6 / 令和6年度 → 2024 (令和 N = 2018 + N). Null when not a fiscal year. */
export function parseFiscalYear(s: string): number | null {
  const v = s.normalize('NFKC').trim();
  if (/^\d{4}$/.test(v)) {
    const y = Number(v);
    return y >= 1900 && y <= 2999 ? y : null;
  }
  const m = /^(?:R|令和)(\d{1,2}|元)(?:年度?)?$/i.exec(v);
  if (!m) return null;
  const n = m[1] === '元' ? 1 : Number(m[1]);
  return n >= 1 ? 2018 + n : null;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.includes('--help') || argv.includes('-h')) return { command: 'help' };
  if (argv.includes('--version') || argv.includes('-V')) return { command: 'version' };

  const positional: string[] = [];
  const values: Partial<Record<ValueOption, string>> = {};
  let json = false;
  let optionsEnded = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (name === '--json') {
      if (eq >= 0) throw new CliError('cli.error.unknownOption', { option: arg });
      json = true;
      continue;
    }
    if (!isValueOption(name)) throw new CliError('cli.error.unknownOption', { option: name });
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next !== undefined && !(next.startsWith('--') && next.length > 2)) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value === '') throw new CliError('cli.error.missingValue', { option: name });
    if (values[name] !== undefined) throw new CliError('cli.error.duplicateOption', { option: name });
    values[name] = value;
  }

  const [command, file, ...extra] = positional;
  if (command === undefined) throw new CliError('cli.error.noCommand');
  if (command !== 'check') throw new CliError('cli.error.unknownCommand', { command });
  if (file === undefined) throw new CliError('cli.error.noFile');
  if (extra.length) throw new CliError('cli.error.extraArgument', { arg: extra[0] });

  const asOf = values['--as-of'];
  if (asOf !== undefined && !isIsoDate(asOf)) throw new CliError('cli.error.badDate', { value: asOf });

  let fiscalYear: number | undefined;
  const fy = values['--fiscal-year'];
  if (fy !== undefined) {
    const parsed = parseFiscalYear(fy);
    if (parsed === null) throw new CliError('cli.error.badFiscalYear', { value: fy });
    fiscalYear = parsed;
  }

  const langValue = values['--lang'] ?? 'ja';
  if (langValue !== 'ja' && langValue !== 'en') throw new CliError('cli.error.badLang', { value: langValue });

  const summary = values['--summary'];
  if (summary !== undefined && !/\.xlsx$/i.test(summary)) {
    throw new CliError('cli.error.summaryExtension', { file: summary });
  }

  return {
    command: 'check',
    file,
    sheet: values['--sheet'],
    asOf,
    fiscalYear,
    json,
    summary,
    lang: langValue,
    dictionary: values['--dictionary'],
  };
}
