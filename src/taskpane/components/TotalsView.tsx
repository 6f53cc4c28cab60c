import { Caption1, Card, Link, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { t, type Lang } from '../i18n';
import type { Milestone, Project, Report } from '../../core/model';
import type { DepartmentRow } from '../departments';
import { daysLate, formatYen } from '../format';

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalL },
  heading: { margin: `0 0 ${tokens.spacingVerticalS} 0` },
  cards: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  card: { padding: tokens.spacingVerticalS },
  figure: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  table: { width: '100%', borderCollapse: 'collapse' },
  th: { textAlign: 'left', fontWeight: tokens.fontWeightRegular, padding: `${tokens.spacingVerticalXXS} 0` },
  td: {
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
    whiteSpace: 'nowrap',
    paddingLeft: tokens.spacingHorizontalS,
  },
  colHead: {
    textAlign: 'right',
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    whiteSpace: 'nowrap',
    paddingLeft: tokens.spacingHorizontalS,
  },
  row: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  list: { margin: 0, paddingLeft: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  link: { textAlign: 'left', wordBreak: 'break-word' },
});

interface FigureCardProps {
  readonly label: string;
  readonly value: string;
  readonly testId: string;
}

function FigureCard({ label, value, testId }: FigureCardProps) {
  const styles = useStyles();
  return (
    <Card className={styles.card} size="small" role="group" aria-label={`${label}: ${value}`}>
      <Caption1>{label}</Caption1>
      <Text className={styles.figure} data-testid={testId}>
        {value}
      </Text>
    </Card>
  );
}

export interface TotalsCardsProps {
  readonly lang: Lang;
  readonly report: Report;
}

/** 総事業費, 交付金対象経費, 見込交付額 (— when unknown) and 期限超過件数. */
export function TotalsCards({ lang, report }: TotalsCardsProps) {
  const styles = useStyles();
  const headingId = useId();
  const { totals } = report;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t(lang, 'ui.totals.heading')}
      </Subtitle2>
      <div className={styles.cards}>
        <FigureCard
          label={t(lang, 'ui.totals.cost')}
          value={formatYen(lang, totals.cost)}
          testId="total-cost"
        />
        <FigureCard
          label={t(lang, 'ui.totals.eligible')}
          value={formatYen(lang, totals.subsidyEligibleCost)}
          testId="total-eligible"
        />
        <FigureCard
          label={t(lang, 'ui.totals.grant')}
          value={formatYen(lang, totals.estimatedGrant)}
          testId="total-grant"
        />
        <FigureCard
          label={t(lang, 'ui.totals.overdue')}
          value={String(report.schedule.overdue)}
          testId="total-overdue"
        />
        <FigureCard
          label={t(lang, 'ui.totals.projects')}
          value={String(totals.projects)}
          testId="total-projects"
        />
      </div>
    </section>
  );
}

export interface DepartmentListProps {
  readonly lang: Lang;
  /** The summary sheet's rows (departmentRows), so the pane and the sheet agree. */
  readonly rows: readonly DepartmentRow[];
}

/** Cost and projects by department: the same rows as the summary sheet's by-department table. */
export function DepartmentList({ lang, rows }: DepartmentListProps) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t(lang, 'ui.dept.heading')}
      </Subtitle2>
      {rows.length === 0 ? (
        <Text>{t(lang, 'ui.dept.none')}</Text>
      ) : (
        <table className={styles.table} aria-labelledby={headingId}>
          <thead>
            <tr className={styles.row}>
              <th scope="col" className={styles.th}>
                {t(lang, 'ui.dept.col.department')}
              </th>
              <th scope="col" className={styles.colHead}>
                {t(lang, 'ui.dept.col.cost')}
              </th>
              <th scope="col" className={styles.colHead}>
                {t(lang, 'ui.dept.col.projects')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={`${r.department}-${i}`} className={styles.row}>
                <th scope="row" className={styles.th}>
                  {r.department}
                </th>
                <td className={styles.td}>{formatYen(lang, r.cost)}</td>
                <td className={styles.td}>{r.projects}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

interface OverdueEntry {
  readonly project: Project;
  readonly milestone: Milestone;
}

/** The overdue milestones of a report, in sheet order. */
export function overdueMilestones(report: Report): OverdueEntry[] {
  return report.projects.flatMap((project) =>
    project.milestones.filter((m) => m.status === 'overdue').map((milestone) => ({ project, milestone })),
  );
}

export interface OverdueListProps {
  readonly lang: Lang;
  readonly report: Report;
  readonly onSelectCell: (cell: string) => void;
}

/** Overdue milestones: project, clause, due date and days late; each goes to its cell. */
export function OverdueList({ lang, report, onSelectCell }: OverdueListProps) {
  const styles = useStyles();
  const headingId = useId();
  const entries = overdueMilestones(report);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t(lang, 'ui.overdue.heading')}
      </Subtitle2>
      {entries.length === 0 ? (
        <Text>{t(lang, 'ui.overdue.none')}</Text>
      ) : (
        <ul className={styles.list}>
          {entries.map(({ project, milestone }, i) => (
            <li key={`${milestone.cell}-${i}`} className={styles.item}>
              <Link
                as="button"
                className={styles.link}
                aria-label={`${t(lang, 'ui.overdue.goTo', { project: project.name, cell: milestone.cell })}: ${milestone.text}`}
                onClick={() => onSelectCell(milestone.cell)}
              >
                {project.name}
              </Link>
              <Text>{milestone.text}</Text>
              <Caption1>
                {t(lang, 'ui.overdue.due', {
                  due: milestone.due,
                  days: daysLate(milestone.due, report.asOf),
                })}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
