/** A small hand-written report for component tests that need no sheet. */
import type { Cost, Issue, Project, Report } from '../../core/model';

const noCost: Cost = {
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
};

export function fixtureProject(patch: Partial<Project> = {}): Project {
  return {
    no: 1,
    name: 'テスト事業',
    row: 9,
    section: '令和6年度実施事業',
    sectionKind: 'implementing',
    departments: ['情報政策課'],
    cost: { ...noCost, amount: 1_000_000, cell: 'D9', text: '1,000,000円' },
    subsidies: [],
    milestones: [],
    cells: { name: 'B9' },
    texts: { name: 'テスト事業' },
    ...patch,
  };
}

export function fixtureIssue(patch: Partial<Issue> = {}): Issue {
  return {
    rule: 'missing-value',
    severity: 'warning',
    cell: 'C9',
    row: 9,
    message: '「テスト事業」の担当課が空欄です。',
    messageKey: 'rule.missing-value.department',
    params: { name: 'テスト事業' },
    ...patch,
  };
}

export function fixtureReport(patch: Partial<Report> = {}): Report {
  const issues = patch.issues ?? [fixtureIssue()];
  return {
    tool: 'dx-status',
    schemaVersion: 1,
    sheet: 'R6',
    asOf: '2024-11-08',
    fiscalYear: 2024,
    lang: 'ja',
    tables: [],
    projects: [fixtureProject()],
    totals: {
      projects: 1,
      cost: 159_642_281,
      subsidyEligibleCost: 115_348_581,
      estimatedGrant: null,
      byDepartment: { 情報政策課: 25_812_798, 広報課: 1_804_000 },
      bySection: {},
      bySubsidy: {},
      byBasis: { contract: 0, budget: 0, unknown: 0 },
    },
    schedule: { overdue: 0, overdueByProject: {}, overdueByDepartment: {} },
    issues,
    counts: {
      error: issues.filter((i) => i.severity === 'error').length,
      warning: issues.filter((i) => i.severity === 'warning').length,
      info: issues.filter((i) => i.severity === 'info').length,
    },
    ...patch,
  };
}
