/**
 * A validation rule: one module per rule, each with a kebab-case id, a default severity and a check
 * that turns the parsed sheet into issue drafts. The pipeline renders the messages.
 */
import type { SubsidyProgram } from '../config';
import type { Grid } from '../grid';
import type { Lang, MessageParams } from '../i18n';
import type { Project, Severity, TableSection } from '../model';
import type { NotationRule } from '../notation/prh';
import type { TotalsResult } from '../totals';

/** Options after defaults are applied. */
export interface ResolvedOptions {
  readonly asOf: string;
  readonly fiscalYear: number | null;
  readonly lang: Lang;
  readonly subsidyPrograms: readonly SubsidyProgram[];
  /** Known department names: configured ones, else those on the sheet. */
  readonly knownDepartments: readonly string[];
  /**
   * True when knownDepartments came from the configuration (an authoritative list); false or absent when
   * they were taken from the sheet itself, where a rarer spelling is compared with the commoner ones.
   */
  readonly knownDepartmentsConfigured?: boolean;
  readonly notation: readonly NotationRule[];
}

export interface RuleContext {
  readonly grid: Grid;
  readonly tables: readonly TableSection[];
  readonly projects: readonly Project[];
  readonly options: ResolvedOptions;
  /**
   * Optional: sumTotals(projects, options.subsidyPrograms), when the pipeline has already computed it
   * (rules needing the totals use it instead of summing again).
   */
  readonly totals?: TotalsResult;
}

export interface IssueDraft {
  /** A1 address; null for a sheet-wide issue. */
  readonly cell: string | null;
  /** 1-based sheet row; null for a sheet-wide issue. */
  readonly row: number | null;
  /** Catalog key of the message (rule.<id> or rule.<id>.<variant>). */
  readonly messageKey: string;
  readonly params?: MessageParams;
  /** Overrides the rule's default severity for this issue. */
  readonly severity?: Severity;
}

/**
 * Rules are generators run over every project: their loops over projects and lists are indexed, as a
 * for…of inside a generator allocates an iterator result for each element (100,000 projects × every
 * rule add up).
 */
export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  check(ctx: RuleContext): Iterable<IssueDraft>;
}
