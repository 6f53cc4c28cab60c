/**
 * Report → SummaryModel: the 集計 sheet as typed blocks, rendered alike by the CLI and the add-in.
 * Every string comes from the catalog (messages/summary.ts).
 */
import { t } from '../i18n';
import type { Lang } from '../i18n';
import type { Milestone, Project, Report, Severity } from '../model';
import { countedAmount, eligibleFlags } from '../totals';
import type { SummaryBlock, SummaryModel, SummaryValue } from './model';

const text = (s: string): SummaryValue => ({ kind: 'text', text: s });
const yen = (amount: number | null): SummaryValue => ({ kind: 'yen', amount });
const count = (value: number): SummaryValue => ({ kind: 'count', value });
const date = (iso: string | null): SummaryValue => ({ kind: 'date', iso });

/** Days from one ISO date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const ms = (iso: string) =>
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}

/** 2024 → 令和6年度 (ja) / FY2024 (Reiwa 6) (en). */
export function fiscalYearLabel(year: number | null, lang: Lang): string {
  if (year === null) return t(lang, 'summary.fiscalYear.unknown');
  if (year >= 2019) return t(lang, 'summary.fiscalYear', { reiwa: String(year - 2018), year: String(year) });
  return t(lang, 'summary.fiscalYear.western', { year: String(year) });
}

function nameCell(p: Project): string {
  return p.cells.name ?? p.cells.no ?? `A${p.row}`;
}

function nextMilestone(p: Project): Milestone | null {
  let next: Milestone | null = null;
  for (const m of p.milestones) if (m.status === 'planned' && (!next || m.due < next.due)) next = m;
  return next;
}

function projectState(p: Project, lang: Lang): string {
  const overdue = p.milestones.filter((m) => m.status === 'overdue').length;
  if (overdue) return t(lang, 'summary.state.overdue', { count: overdue });
  if (p.milestones.some((m) => m.status === 'planned')) return t(lang, 'summary.state.planned');
  if (p.milestones.length) return t(lang, 'summary.state.done');
  return t(lang, 'summary.state.none');
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function buildSummary(report: Report, lang: Lang = report.lang): SummaryModel {
  const L = (key: string, params?: Record<string, string | number>) => t(lang, key, params);
  const sheet = report.sheet;
  const link = (cell: string, label = cell): SummaryValue => ({ kind: 'link', text: label, sheet, cell });
  const { totals } = report;

  const totalsBlock: SummaryBlock = {
    id: 'totals',
    title: L('summary.totals.title'),
    layout: 'pairs',
    columns: [
      { header: L('summary.totals.item'), width: 18 },
      { header: L('summary.totals.value'), width: 18 },
    ],
    rows: [
      [text(L('summary.totals.cost')), yen(totals.cost)],
      [text(L('summary.totals.eligibleCost')), yen(totals.subsidyEligibleCost)],
      [text(L('summary.totals.estimatedGrant')), yen(totals.estimatedGrant)],
      [text(L('summary.totals.projects')), count(totals.projects)],
      [text(L('summary.totals.overdue')), count(report.schedule.overdue)],
      [text(L('summary.totals.errors')), count(report.counts.error)],
      [text(L('summary.totals.warnings')), count(report.counts.warning)],
      [text(L('summary.totals.infos')), count(report.counts.info)],
    ],
  };

  // Departments: every department with a cost or a project, most cost first.
  const deptProjects = new Map<string, number>();
  for (const p of report.projects) {
    const names = new Set([...p.departments, ...Object.keys(p.cost.allocation)]);
    if (names.size === 0 && countedAmount(p) !== null) names.add('');
    for (const d of names) deptProjects.set(d, (deptProjects.get(d) ?? 0) + 1);
  }
  for (const d of Object.keys(totals.byDepartment)) if (!deptProjects.has(d)) deptProjects.set(d, 0);
  const departments = [...deptProjects.entries()]
    .map(([d, n]) => ({ d, n, cost: totals.byDepartment[d] ?? 0 }))
    .sort((a, b) => b.cost - a.cost || b.n - a.n || a.d.localeCompare(b.d, 'ja'));
  const byDepartment: SummaryBlock = {
    id: 'by-department',
    title: L('summary.byDepartment.title'),
    layout: 'table',
    columns: [
      { header: L('summary.col.department'), width: 20 },
      { header: L('summary.col.cost'), width: 16 },
      { header: L('summary.col.projects'), width: 8 },
    ],
    rows: departments.map(({ d, n, cost }) => [text(d || L('summary.department.none')), yen(cost), count(n)]),
    chart: { type: 'bar', title: L('summary.byDepartment.chart'), categoryColumn: 0, valueColumn: 1 },
  };

  // Subsidy programs: the rate shown is the one all flagged projects share (else unknown).
  const rates = new Map<string, Set<number | null>>();
  for (const p of report.projects) {
    for (const f of eligibleFlags(p)) {
      const set = rates.get(f.program) ?? new Set<number | null>();
      set.add(f.rate);
      rates.set(f.program, set);
    }
  }
  const bySubsidy: SummaryBlock = {
    id: 'by-subsidy',
    title: L('summary.bySubsidy.title'),
    layout: 'table',
    columns: [
      { header: L('summary.col.program'), width: 20 },
      { header: L('summary.col.eligibleCost'), width: 16 },
      { header: L('summary.col.rate'), width: 8 },
      { header: L('summary.col.estimatedGrant'), width: 16 },
      { header: L('summary.col.projects'), width: 8 },
    ],
    rows: Object.entries(totals.bySubsidy).map(([id, s]) => {
      const set = rates.get(id);
      const rate = set && set.size === 1 ? [...set][0] : null;
      return [
        text(s.name),
        yen(s.eligibleCost),
        { kind: 'rate', value: rate },
        yen(s.estimatedGrant),
        count(s.projects),
      ];
    }),
  };

  const projects: SummaryBlock = {
    id: 'projects',
    title: L('summary.projects.title'),
    layout: 'table',
    columns: [
      { header: L('summary.col.no'), width: 6 },
      { header: L('summary.col.name'), width: 40 },
      { header: L('summary.col.department'), width: 20 },
      { header: L('summary.col.cost'), width: 16 },
      { header: L('summary.col.basis'), width: 8 },
      { header: L('summary.col.subsidy'), width: 18 },
      { header: L('summary.col.nextMilestone'), width: 14 },
      { header: L('summary.col.state'), width: 14 },
    ],
    rows: report.projects.map((p) => [
      p.no !== null ? count(p.no) : text(p.texts.no ?? ''),
      link(nameCell(p), p.name || nameCell(p)),
      text(p.departments.join('・')),
      yen(countedAmount(p)),
      text(L(`summary.basis.${p.cost.basis}`)),
      text(
        eligibleFlags(p)
          .map((f) => f.name)
          .join('・'),
      ),
      date(nextMilestone(p)?.due ?? null),
      text(projectState(p, lang)),
    ]),
  };

  const late = report.projects
    .flatMap((p) =>
      p.milestones
        .filter((m) => m.status === 'overdue')
        .map((m) => ({ p, m, days: daysBetween(m.due, report.asOf) })),
    )
    .sort((a, b) => b.days - a.days || a.p.row - b.p.row);
  const overdue: SummaryBlock = {
    id: 'overdue',
    title: L('summary.overdue.title'),
    layout: 'table',
    columns: [
      { header: L('summary.col.project'), width: 30 },
      { header: L('summary.col.milestone'), width: 40 },
      { header: L('summary.col.due'), width: 12 },
      { header: L('summary.col.daysLate'), width: 8 },
      { header: L('summary.col.cell'), width: 8 },
    ],
    rows: late.map(({ p, m, days }) => [text(p.name), text(m.text), date(m.due), count(days), link(m.cell)]),
  };

  const issues: SummaryBlock = {
    id: 'issues',
    title: L('summary.issues.title'),
    layout: 'table',
    columns: [
      { header: L('summary.col.severity'), width: 8 },
      { header: L('summary.col.cell'), width: 8 },
      { header: L('summary.col.rule'), width: 20 },
      { header: L('summary.col.message'), width: 60 },
    ],
    rows: [...report.issues]
      .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
      .map((i) => [
        text(L(`summary.severity.${i.severity}`)),
        i.cell ? link(i.cell) : text(L('summary.sheetWide')),
        text(i.rule),
        text(t(lang, i.messageKey, i.params)),
      ]),
  };

  return {
    sheetName: L('summary.sheetName'),
    title: L('summary.title'),
    subtitle: [
      [text(L('summary.subtitle.source')), text(sheet)],
      [text(L('summary.subtitle.asOf')), date(report.asOf)],
      [text(L('summary.subtitle.fiscalYear')), text(fiscalYearLabel(report.fiscalYear, lang))],
    ],
    sourceSheet: sheet,
    asOf: report.asOf,
    blocks: [totalsBlock, byDepartment, bySubsidy, projects, overdue, issues],
  };
}
