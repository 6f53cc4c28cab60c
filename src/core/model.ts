/**
 * The report: what the core says about a sheet. Plain data (JSON-serialisable), documented by
 * schema/report.schema.json. Every shell renders it; none recomputes it.
 */
import type { Lang } from './i18n';

/** Logical columns of a project table, whatever the sheet calls them. */
export type ColumnKey = 'no' | 'name' | 'department' | 'cost' | 'overview' | 'status' | 'plan' | 'remarks';

/** 令和6年度実施 (being carried out) / 令和7年度以降検討 (under consideration) / not stated. */
export type SectionKind = 'implementing' | 'considering' | 'unknown';

export type Severity = 'error' | 'warning' | 'info';

/** Unit of a money column, from its header label (（千円）) or the default yen. */
export type MoneyUnit = 'yen' | 'thousand-yen';

/** One detected column of a table section. */
export interface ColumnInfo {
  readonly key: ColumnKey;
  /** 0-based sheet column. */
  readonly col: number;
  /** The header label as written. */
  readonly label: string;
  /** Only for the cost column. */
  readonly unit?: MoneyUnit;
}

/** A header row and the data rows under it (until the next header row or the end of the table). */
export interface TableSection {
  /** 0-based sheet row of the header. */
  readonly headerRow: number;
  /** 0-based sheet rows of the first and last data row (inclusive); last < first when empty. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly columns: Partial<Record<ColumnKey, ColumnInfo>>;
  /** The section's label (①令和6年度実施事業), found above the header; null when there is none. */
  readonly title: string | null;
  readonly kind: SectionKind;
  /**
   * 0-based sheet columns of the header row that were not read: a second table beside this one (its
   * labels repeat this table's). Absent when there are none.
   */
  readonly ignoredColumns?: readonly number[];
}

export type CostBasis = 'contract' | 'budget' | 'unknown';

/** A sub-amount stated inside a cost ("うち…:242,000円(危機管理課歳出)"). */
export interface CostPart {
  readonly amount: number;
  /** The department the part is charged to, when stated. */
  readonly department: string | null;
  readonly text: string;
}

export type CostProblem =
  /** Looks like an amount but cannot be read exactly ("19,140,OOO円"). */
  | 'unreadable'
  /** Beyond Number.MAX_SAFE_INTEGER yen. */
  | 'too-large'
  /** A negative amount. */
  | 'negative';

export interface Cost {
  /** Integer yen; null when the cell is empty or unreadable. */
  readonly amount: number | null;
  readonly basis: CostBasis;
  /** A1 address of the cost cell; null when the table has no cost column. */
  readonly cell: string | null;
  /** The cell's text as written. */
  readonly text: string;
  /** "約…", "程度", "概算": the figure is approximate. */
  readonly approximate: boolean;
  /** A multi-year contract noted in the text ("5年間の長期継続契約" → 60 months). */
  readonly multiYear: { readonly months: number; readonly text: string } | null;
  /** The amount includes running costs (運用費用…を含む, 長期継続契約). */
  readonly includesRunningCosts: boolean;
  readonly parts: readonly CostPart[];
  /** How the amount is split between departments (the parts, the rest to the lead department). */
  readonly allocation: Readonly<Record<string, number>>;
  readonly problem: CostProblem | null;
}

/** A subsidy program recognised in a project's text. */
export interface SubsidyFlag {
  /** Program id from the configuration (e.g. 'digiden'). */
  readonly program: string;
  /** Display name of the program. */
  readonly name: string;
  /** The variant, when the text names one (地域間連携). */
  readonly variant: string | null;
  /** Rate of the grant (措置率 0.7, 1/2): from the text when stated, else the program's configured rate. */
  readonly rate: number | null;
  readonly rateSource: 'text' | 'config' | null;
  /** True when the project is flagged as eligible (remarks/funding column or "…対象"); false for a mere mention. */
  readonly eligible: boolean;
  readonly cell: string;
  /** The words that matched. */
  readonly text: string;
}

export type MilestoneStatus = 'done' | 'planned' | 'overdue';

export interface Milestone {
  readonly cell: string;
  /** The clause the milestone was read from. */
  readonly text: string;
  /** Inclusive ISO dates; end null when open-ended (7年4月以降). */
  readonly start: string;
  readonly end: string | null;
  /** The date by which it should have happened. */
  readonly due: string;
  readonly status: MilestoneStatus;
  /** The words that decided the status (予定, 締結, …) or the column that did. */
  readonly reason: string;
}

export interface Project {
  /** The No. column as a number; null when missing or not a number. */
  readonly no: number | null;
  readonly name: string;
  /** 1-based sheet row. */
  readonly row: number;
  /** The section's label as written (①令和6年度実施事業 → 令和6年度実施事業); '' when none. */
  readonly section: string;
  readonly sectionKind: SectionKind;
  readonly departments: readonly string[];
  readonly cost: Cost;
  readonly subsidies: readonly SubsidyFlag[];
  readonly milestones: readonly Milestone[];
  /** A1 addresses of the project's cells, by logical column. */
  readonly cells: Readonly<Partial<Record<ColumnKey, string>>>;
  /** Trimmed text of the project's cells, by logical column. */
  readonly texts: Readonly<Partial<Record<ColumnKey, string>>>;
}

export interface Issue {
  /** Kebab-case rule id (missing-label, duplicate-value, type-error, …). */
  readonly rule: string;
  readonly severity: Severity;
  /** A1 address of the cell concerned; null for a sheet-wide issue. */
  readonly cell: string | null;
  /** 1-based sheet row; null for a sheet-wide issue. */
  readonly row: number | null;
  /** Message in the report's language. */
  readonly message: string;
  /** Catalog key and parameters, so a shell can render the message in another language. */
  readonly messageKey: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface SubsidyTotal {
  readonly name: string;
  /** Costs of projects flagged eligible for the program. */
  readonly eligibleCost: number;
  /** Eligible cost × rate, when every flagged project has a known rate; else null. */
  readonly estimatedGrant: number | null;
  readonly projects: number;
}

export interface Totals {
  readonly projects: number;
  /**
   * Sum of all readable costs, integer yen. A cost that would take any total past
   * Number.MAX_SAFE_INTEGER is left out of every total (a total-too-large issue names its cell).
   */
  readonly cost: number;
  /** Sum of the costs of projects flagged eligible for at least one program (each counted once). */
  readonly subsidyEligibleCost: number;
  /** Sum of estimated grants where a rate is known; null when none is. */
  readonly estimatedGrant: number | null;
  readonly byDepartment: Readonly<Record<string, number>>;
  readonly bySection: Readonly<Record<string, number>>;
  readonly bySubsidy: Readonly<Record<string, SubsidyTotal>>;
  readonly byBasis: Readonly<Record<CostBasis, number>>;
}

export interface ScheduleSummary {
  readonly overdue: number;
  readonly overdueByProject: Readonly<Record<string, number>>;
  readonly overdueByDepartment: Readonly<Record<string, number>>;
}

export interface Report {
  readonly tool: 'dx-status';
  readonly schemaVersion: 1;
  readonly sheet: string;
  /** ISO date the schedule is judged against. */
  readonly asOf: string;
  /** Western year in which the sheet's fiscal year starts (令和6年度 → 2024); null when unknown. */
  readonly fiscalYear: number | null;
  readonly lang: Lang;
  readonly tables: readonly TableSection[];
  readonly projects: readonly Project[];
  readonly totals: Totals;
  readonly schedule: ScheduleSummary;
  readonly issues: readonly Issue[];
  readonly counts: Readonly<Record<Severity, number>>;
}
