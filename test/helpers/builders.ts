/** Hand-built projects, tables and rule contexts for tests of rules, totals and the summary. */
import type { SubsidyProgram } from '../../src/core/config';
import type { Grid } from '../../src/core/grid';
import { gridFromValues } from '../../src/core/grid';
import type { Cost, Project, SubsidyFlag, TableSection } from '../../src/core/model';
import type { IssueDraft, ResolvedOptions, Rule, RuleContext } from '../../src/core/rules/rule';

export function makeCost(over: Partial<Cost> = {}): Cost {
  return {
    amount: null,
    basis: 'unknown',
    cell: null,
    text: '',
    approximate: false,
    multiYear: null,
    includesRunningCosts: false,
    parts: [],
    allocation: {},
    problem: null,
    ...over,
  };
}

/** A project on 1-based sheet row `row`, with cells in columns A–H (No., name, department, cost, …). */
export function makeProject(row: number, over: Partial<Project> = {}): Project {
  const no = over.no === undefined ? row - 1 : over.no;
  const name = over.name ?? `事業${row}`;
  const departments = over.departments ?? ['情報政策課'];
  return {
    no,
    name,
    row,
    section: '令和6年度実施事業',
    sectionKind: 'implementing',
    departments,
    cost: makeCost({ cell: `D${row}` }),
    subsidies: [],
    milestones: [],
    cells: { no: `A${row}`, name: `B${row}`, department: `C${row}`, cost: `D${row}`, status: `F${row}` },
    texts: {
      no: no === null ? '' : String(no),
      name,
      department: departments.join(' '),
      cost: '1,000円',
      status: '実施中',
    },
    ...over,
  };
}

export function makeFlag(over: Partial<SubsidyFlag> = {}): SubsidyFlag {
  return {
    program: 'digiden',
    name: 'デジ田交付金',
    variant: null,
    rate: 0.5,
    rateSource: 'config',
    eligible: true,
    cell: 'H2',
    text: 'デジ田交付金対象事業',
    ...over,
  };
}

export const TEST_PROGRAMS: readonly SubsidyProgram[] = [
  {
    id: 'digiden',
    name: 'デジ田交付金',
    patterns: ['デジ田'],
    variants: ['地域間連携'],
    defaultRate: 0.5,
    startUpCostsOnly: true,
  },
  {
    id: 'tokubetsu-kofuzei',
    name: '特別交付税措置',
    patterns: ['特別交付税'],
    variants: [],
    defaultRate: null,
    startUpCostsOnly: false,
  },
];

export function makeTable(
  headerRow: number,
  lastRow: number,
  over: Partial<TableSection> = {},
): TableSection {
  return {
    headerRow,
    firstRow: headerRow + 1,
    lastRow,
    columns: {
      no: { key: 'no', col: 0, label: 'No.' },
      name: { key: 'name', col: 1, label: '事業名称' },
      department: { key: 'department', col: 2, label: '担当課' },
      cost: { key: 'cost', col: 3, label: '事業経費', unit: 'yen' },
      status: { key: 'status', col: 5, label: 'R6前期実施状況' },
    },
    title: '①令和6年度実施事業',
    kind: 'implementing',
    ...over,
  };
}

export function makeOptions(over: Partial<ResolvedOptions> = {}): ResolvedOptions {
  return {
    asOf: '2024-11-08',
    fiscalYear: 2024,
    lang: 'ja',
    subsidyPrograms: TEST_PROGRAMS,
    knownDepartments: [],
    notation: [],
    ...over,
  };
}

export function makeContext(
  projects: readonly Project[],
  over: { grid?: Grid; tables?: readonly TableSection[]; options?: Partial<ResolvedOptions> } = {},
): RuleContext {
  const last = projects.length ? Math.max(...projects.map((p) => p.row)) - 1 : 1;
  return {
    grid: over.grid ?? gridFromValues('Sheet1', [['No.', '事業名称', '担当課', '事業経費']]),
    tables: over.tables ?? [makeTable(0, last)],
    projects,
    options: makeOptions(over.options),
  };
}

/** Runs one rule and returns its drafts as an array. */
export function runRule(rule: Rule, ctx: RuleContext): IssueDraft[] {
  return [...rule.check(ctx)];
}
