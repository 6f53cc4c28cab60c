/**
 * The human-readable report for a terminal (ja or en): sheet, as-of date, fiscal year, project count,
 * totals (overall, by section, department, subsidy program, basis), issues grouped by severity with
 * their cells, overdue milestones. Columns are aligned by display width (full-width characters count 2).
 */
import { formatNumber, t, type Lang } from '../core/i18n';
import type { Report, Severity } from '../core/model';
import { fiscalYearLabel } from '../core/summary/build';

/** Terminal display width of a string: East Asian wide and full-width characters count 2. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x20 || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b) continue;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0x303e) ||
      (cp >= 0x3041 && cp <= 0x33ff) ||
      (cp >= 0x3400 && cp <= 0x4dbf) ||
      (cp >= 0x4e00 && cp <= 0x9fff) ||
      (cp >= 0xa000 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x1f300 && cp <= 0x1f64f) ||
      (cp >= 0x20000 && cp <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

export function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
}

export function formatYen(amount: number, lang: Lang): string {
  return t(lang, 'cli.out.yen', { amount: formatNumber(amount) });
}

/**
 * Rows of cells aligned in columns: by default [label, amount, ...notes] with the amount (column 1)
 * right-aligned and every other column left-aligned; `leftOnly` aligns every column left.
 */
function table(rows: ReadonlyArray<readonly string[]>, leftOnly = false, indent = '  '): string[] {
  if (!rows.length) return [];
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c))));
  return rows.map((r) =>
    (
      indent +
      r.map((c, i) => (i === 1 && !leftOnly ? padStart(c, widths[i]) : padEnd(c, widths[i]))).join('  ')
    ).trimEnd(),
  );
}

/** At most `max` display columns of one-line text, with an ellipsis when cut. */
export function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (displayWidth(flat) <= max) return flat;
  let out = '';
  for (const ch of flat) {
    if (displayWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function renderText(report: Report, lang: Lang, file: string): string {
  const L = (key: string, params?: Record<string, string | number>) => t(lang, key, params);
  const out: string[] = [];
  const totals = report.totals;

  out.push(L('cli.out.title'));
  out.push(
    ...table(
      [
        [L('cli.out.file'), file],
        [L('cli.out.sheet'), report.sheet],
        [L('cli.out.asOf'), report.asOf],
        [L('cli.out.fiscalYear'), fiscalYearLabel(report.fiscalYear, lang)],
        [L('cli.out.projects'), formatNumber(totals.projects)],
      ],
      true,
    ),
  );

  out.push('', L('cli.out.totals'));
  const main: string[][] = [
    [L('cli.out.totalCost'), formatYen(totals.cost, lang)],
    [L('cli.out.eligibleCost'), formatYen(totals.subsidyEligibleCost, lang)],
  ];
  if (totals.estimatedGrant !== null)
    main.push([L('cli.out.estimatedGrant'), formatYen(totals.estimatedGrant, lang)]);
  out.push(...table(main));

  const sections = Object.entries(totals.bySection);
  if (sections.length) {
    out.push('', L('cli.out.bySection'));
    out.push(...table(sections.map(([name, amount]) => [name || '-', formatYen(amount, lang)])));
  }

  const departments = Object.entries(totals.byDepartment);
  if (departments.length) {
    out.push('', L('cli.out.byDepartment'));
    out.push(...table(departments.map(([name, amount]) => [name, formatYen(amount, lang)])));
  }

  const subsidies = Object.values(totals.bySubsidy);
  if (subsidies.length) {
    out.push('', L('cli.out.bySubsidy'));
    out.push(
      ...table(
        subsidies.map((s) => [
          s.name,
          formatYen(s.eligibleCost, lang),
          L('cli.out.projectCount', { count: s.projects }),
          s.estimatedGrant !== null ? L('cli.out.grant', { amount: formatYen(s.estimatedGrant, lang) }) : '',
        ]),
      ),
    );
  }

  const bases = (['contract', 'budget', 'unknown'] as const).filter((b) => totals.byBasis[b]);
  if (bases.length) {
    out.push('', L('cli.out.byBasis'));
    out.push(...table(bases.map((b) => [L(`cli.out.basis.${b}`), formatYen(totals.byBasis[b], lang)])));
  }

  out.push(
    '',
    L('cli.out.issues', {
      error: report.counts.error,
      warning: report.counts.warning,
      info: report.counts.info,
    }),
  );
  if (!report.issues.length) out.push(`  ${L('cli.out.noIssues')}`);
  for (const severity of SEVERITIES) {
    const issues = report.issues.filter((i) => i.severity === severity);
    if (!issues.length) continue;
    out.push(`  ${L(`cli.out.severity.${severity}`)} (${issues.length})`);
    const cellWidth = Math.max(...issues.map((i) => displayWidth(i.cell ?? L('cli.out.sheetWide'))));
    for (const issue of issues) {
      const where = padEnd(issue.cell ?? L('cli.out.sheetWide'), cellWidth);
      out.push(`    ${where}  ${issue.message}  [${issue.rule}]`);
    }
  }

  const overdue = report.projects.flatMap((p) =>
    p.milestones.filter((m) => m.status === 'overdue').map((m) => ({ p, m })),
  );
  if (overdue.length) {
    out.push('', L('cli.out.overdue', { count: overdue.length }));
    out.push(
      ...table(
        overdue.map(({ p, m }) => [
          `${p.no ?? '-'}. ${p.name}`,
          m.cell,
          L('cli.out.overdueDue', { due: m.due }),
          clip(m.text, 60),
        ]),
      ),
    );
  }

  out.push(
    '',
    report.counts.error ? L('cli.out.resultErrors', { count: report.counts.error }) : L('cli.out.resultOk'),
  );
  return out.join('\n') + '\n';
}
