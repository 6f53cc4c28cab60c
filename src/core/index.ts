/** Public API of the functional core: what the CLI, the add-in and the ribbon commands use. */
export { check } from './check';
export { buildSummary, daysBetween, fiscalYearLabel } from './summary/build';
export { computeTotals, grantOf } from './totals';
export { RULES } from './rules';
export type { IssueDraft, ResolvedOptions, Rule, RuleContext } from './rules/rule';

export type * from './model';
export type * from './summary/model';
export type { Cell, FormulaError, Grid } from './grid';
export {
  EMPTY_CELL,
  a1,
  cellAt,
  cellText,
  columnCount,
  columnLetters,
  gridFromValues,
  isEmptyCell,
  parseA1,
  rowCount,
} from './grid';

export type { CheckOptions, SubsidyProgram, WorkbookSettings } from './config';
export { DEFAULT_SETTINGS, optionsFromSettings, todayInJapan } from './config';
export { DEFAULT_SUBSIDY_PROGRAMS } from './subsidies/programs';
export { DEFAULT_NOTATION_YAML } from './notation/default-dictionary';
export { parseNotationDictionary } from './notation/prh';

export type { Lang, Message, MessageParams } from './i18n';
export { LANGS, formatNumber, hasMessage, langFromTag, messageKeys, t } from './i18n';
