/**
 * What a check can be told: the options a shell passes to `check()`, and the settings the add-in keeps
 * in the workbook (the serialisable subset). Defaults live here too.
 */
import type { Lang } from './i18n';

/** A subsidy program the sheet may flag. */
export interface SubsidyProgram {
  /** Stable id (digiden, chiho-sosei, tokubetsu-kofuzei, chiiki-digital). */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** Words that name the program in sheet text (after NFKC normalisation). */
  readonly patterns: readonly string[];
  /** Named variants kept on the flag when the text mentions them (地域間連携). */
  readonly variants: readonly string[];
  /** The program's default grant rate (0.5 for デジ田 デジタル実装タイプ); null when unknown. */
  readonly defaultRate: number | null;
  /** The program funds start-up costs of one fiscal year only (デジ田): multi-year running costs draw a warning. */
  readonly startUpCostsOnly: boolean;
}

export interface CheckOptions {
  /** ISO date the schedule is judged against; default: today in Japan. */
  readonly asOf?: string;
  /** Western start year of the fiscal year (2024 for 令和6年度); default: inferred from the sheet. */
  readonly fiscalYear?: number | null;
  /** Language of the messages in the report; default ja. */
  readonly lang?: Lang;
  readonly subsidyPrograms?: readonly SubsidyProgram[];
  /** Department names the city uses; near-misses of these are reported. Default: those on the sheet. */
  readonly knownDepartments?: readonly string[];
  /** Notation dictionary in prh's YAML format; default: the bundled one. */
  readonly notationYaml?: string;
}

/** Settings the add-in keeps in the workbook so the next person gets the same checks. */
export interface WorkbookSettings {
  /** 'today' or an ISO date. */
  readonly asOf: 'today' | string;
  readonly fiscalYear: number | null;
  readonly subsidyPrograms: readonly SubsidyProgram[] | null;
  readonly knownDepartments: readonly string[];
  readonly notationYaml: string | null;
}

export const DEFAULT_SETTINGS: WorkbookSettings = {
  asOf: 'today',
  fiscalYear: null,
  subsidyPrograms: null,
  knownDepartments: [],
  notationYaml: null,
};

/** Today's date in Japan (UTC+9, no daylight saving) as an ISO date, from a clock reading. */
export function todayInJapan(now: Date = new Date()): string {
  return new Date(now.getTime() + 9 * 3600 * 1000).toISOString().slice(0, 10);
}

/** Turns stored settings into check options for a given run. */
export function optionsFromSettings(settings: WorkbookSettings, lang: Lang, now?: Date): CheckOptions {
  return {
    asOf: settings.asOf === 'today' ? todayInJapan(now) : settings.asOf,
    fiscalYear: settings.fiscalYear,
    lang,
    subsidyPrograms: settings.subsidyPrograms ?? undefined,
    knownDepartments: settings.knownDepartments.length ? settings.knownDepartments : undefined,
    notationYaml: settings.notationYaml ?? undefined,
  };
}
