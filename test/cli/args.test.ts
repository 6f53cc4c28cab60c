import { isIsoDate, parseArgs, parseFiscalYear } from '../../src/cli/args';
import { CliError } from '../../src/cli/errors';

function errorKey(argv: string[]): string | null {
  try {
    parseArgs(argv);
    return null;
  } catch (err) {
    return err instanceof CliError ? err.messageKey : `unexpected: ${String(err)}`;
  }
}

describe('parseArgs', () => {
  test('a full check command', () => {
    expect(
      parseArgs([
        'check',
        'a.xlsx',
        '--sheet',
        'DX推進状況',
        '--as-of=2024-11-08',
        '--fiscal-year',
        'R6',
        '--json',
        '--summary',
        'out/s.xlsx',
        '--lang',
        'en',
        '--dictionary',
        'd.yml',
      ]),
    ).toEqual({
      command: 'check',
      file: 'a.xlsx',
      sheet: 'DX推進状況',
      asOf: '2024-11-08',
      fiscalYear: 2024,
      json: true,
      summary: 'out/s.xlsx',
      lang: 'en',
      dictionary: 'd.yml',
    });
  });

  test('defaults: Japanese, text output', () => {
    expect(parseArgs(['check', 'x.csv'])).toMatchObject({
      command: 'check',
      file: 'x.csv',
      json: false,
      lang: 'ja',
    });
  });

  test('--help and --version win over anything else', () => {
    expect(parseArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseArgs(['check', '--bogus', '-h'])).toEqual({ command: 'help' });
    expect(parseArgs(['--version'])).toEqual({ command: 'version' });
  });

  test.each([
    [[], 'cli.error.noCommand'],
    [['verify', 'a.xlsx'], 'cli.error.unknownCommand'],
    [['check'], 'cli.error.noFile'],
    [['check', 'a.xlsx', 'b.xlsx'], 'cli.error.extraArgument'],
    [['check', 'a.xlsx', '--frobnicate'], 'cli.error.unknownOption'],
    [['check', 'a.xlsx', '--json=yes'], 'cli.error.unknownOption'],
    [['check', 'a.xlsx', '--sheet'], 'cli.error.missingValue'],
    [['check', 'a.xlsx', '--sheet', '--json'], 'cli.error.missingValue'],
    [['check', 'a.xlsx', '--lang', 'ja', '--lang', 'en'], 'cli.error.duplicateOption'],
    [['check', 'a.xlsx', '--as-of', '2024-02-30'], 'cli.error.badDate'],
    [['check', 'a.xlsx', '--as-of', '2024/11/08'], 'cli.error.badDate'],
    [['check', 'a.xlsx', '--fiscal-year', 'H30x'], 'cli.error.badFiscalYear'],
    [['check', 'a.xlsx', '--lang', 'fr'], 'cli.error.badLang'],
    [['check', 'a.xlsx', '--summary', 'out.csv'], 'cli.error.summaryExtension'],
  ])('%j → %s', (argv, key) => {
    expect(errorKey(argv as string[])).toBe(key);
  });
});

describe('values', () => {
  test('ISO dates are checked against the calendar', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('24-11-08')).toBe(false);
  });

  test('fiscal years: western, R6, 令和6年度, full-width', () => {
    expect(parseFiscalYear('2024')).toBe(2024);
    expect(parseFiscalYear('R6')).toBe(2024);
    expect(parseFiscalYear('r7')).toBe(2025);
    expect(parseFiscalYear('令和6年度')).toBe(2024);
    expect(parseFiscalYear('令和元年')).toBe(2019);
    expect(parseFiscalYear('Ｒ６')).toBe(2024);
    expect(parseFiscalYear('R0')).toBeNull();
    expect(parseFiscalYear('next')).toBeNull();
  });
});
