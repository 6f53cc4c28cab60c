/**
 * WorkbookSettings kept in the workbook, so the next person who opens the file gets the same checks.
 *
 * Stored with Excel's own settings collection (`context.workbook.settings`, ExcelApi 1.4: persisted in
 * the document, per add-in) as one JSON text with a version. Reading it is one more load in a batch
 * the add-in runs anyway (no extra round trip, no saveAsync). What comes back is validated field by
 * field: anything that does not fit gives the defaults and a notice, never a crash.
 */
import { DEFAULT_SETTINGS, type SubsidyProgram, type WorkbookSettings } from '../core/config';

export const SETTINGS_KEY = 'dxStatus.settings';
export const SETTINGS_VERSION = 1;

export interface SettingsNotice {
  /** Catalog key (messages/excel.ts). */
  readonly messageKey: string;
  readonly detail?: string;
}

export interface SettingsRead {
  readonly settings: WorkbookSettings;
  /** Set when stored settings could not be used and the defaults were taken instead. */
  readonly notice: SettingsNotice | null;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return d <= days;
}

const isStringArray = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');

function isProgram(v: unknown): v is SubsidyProgram {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  return (
    typeof p.id === 'string' &&
    p.id.length > 0 &&
    typeof p.name === 'string' &&
    isStringArray(p.patterns) &&
    isStringArray(p.variants) &&
    (p.defaultRate === null ||
      (typeof p.defaultRate === 'number' && p.defaultRate >= 0 && p.defaultRate <= 1)) &&
    typeof p.startUpCostsOnly === 'boolean'
  );
}

/** Why settings are not valid ('' when they are). */
export function settingsProblem(v: unknown): string {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'not an object';
  const s = v as Record<string, unknown>;
  if (!(s.asOf === 'today' || (typeof s.asOf === 'string' && isIsoDate(s.asOf)))) return 'asOf';
  if (!(
    s.fiscalYear === null ||
    (Number.isInteger(s.fiscalYear) && (s.fiscalYear as number) >= 1989 && (s.fiscalYear as number) <= 2200)
  ))
    return 'fiscalYear';
  if (!(
    s.subsidyPrograms === null ||
    (Array.isArray(s.subsidyPrograms) && s.subsidyPrograms.every(isProgram))
  ))
    return 'subsidyPrograms';
  if (!isStringArray(s.knownDepartments)) return 'knownDepartments';
  if (!(s.notationYaml === null || typeof s.notationYaml === 'string')) return 'notationYaml';
  return '';
}

function pick(s: WorkbookSettings): WorkbookSettings {
  return {
    asOf: s.asOf,
    fiscalYear: s.fiscalYear,
    subsidyPrograms: s.subsidyPrograms,
    knownDepartments: s.knownDepartments,
    notationYaml: s.notationYaml,
  };
}

/** Stored value (null/undefined when never saved) → settings, with a notice when it was unusable. */
export function parseSettings(raw: unknown): SettingsRead {
  if (raw === null || raw === undefined) return { settings: DEFAULT_SETTINGS, notice: null };
  let parsed: unknown = raw;
  if (typeof raw === 'string') {
    try {
      parsed = JSON.parse(raw);
    } catch {
      return { settings: DEFAULT_SETTINGS, notice: { messageKey: 'excel.settings.corrupt', detail: 'JSON' } };
    }
  }
  const envelope = parsed as { version?: unknown; settings?: unknown } | null;
  if (typeof envelope !== 'object' || envelope === null || envelope.version !== SETTINGS_VERSION) {
    return {
      settings: DEFAULT_SETTINGS,
      notice: { messageKey: 'excel.settings.corrupt', detail: 'version' },
    };
  }
  const problem = settingsProblem(envelope.settings);
  if (problem)
    return { settings: DEFAULT_SETTINGS, notice: { messageKey: 'excel.settings.corrupt', detail: problem } };
  return { settings: pick(envelope.settings as WorkbookSettings), notice: null };
}

/** Settings → the stored text. Throws on invalid settings (a programming error in the caller). */
export function serializeSettings(settings: WorkbookSettings): string {
  const problem = settingsProblem(settings);
  if (problem) throw new RangeError(`invalid settings: ${problem}`);
  return JSON.stringify({ version: SETTINGS_VERSION, settings: pick(settings) });
}

/** Queues the load of the stored settings (read them with settingsFrom after the sync). */
export function queueLoadSettings(context: Excel.RequestContext): Excel.Setting {
  const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  item.load('value');
  return item;
}

export function settingsFrom(item: Excel.Setting): SettingsRead {
  return parseSettings(item.isNullObject ? null : (item.value as unknown));
}

/** Queues the save (one sync by the caller). */
export function queueSaveSettings(context: Excel.RequestContext, settings: WorkbookSettings): void {
  context.workbook.settings.add(SETTINGS_KEY, serializeSettings(settings));
}
