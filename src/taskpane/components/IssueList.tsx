import { Badge, CounterBadge, Link, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { hasMessage, t, type Lang } from '../../core/i18n';
import type { Issue, Report, Severity } from '../../core/model';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const BADGE_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

const useStyles = makeStyles({
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: 0, padding: 0 },
  countItem: {
    listStyleType: 'none',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
  },
  group: { marginTop: tokens.spacingVerticalM },
  groupHeading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  list: {
    margin: 0,
    paddingLeft: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: { listStyleType: 'none', display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  cell: { flexShrink: 0, fontFamily: tokens.fontFamilyMonospace },
  link: { textAlign: 'left', wordBreak: 'break-word' },
});

/** The issue's message in the display language (the report's own text when the language is the same). */
export function issueText(lang: Lang, report: Report, issue: Issue): string {
  if (lang === report.lang || !hasMessage(issue.messageKey)) return issue.message;
  return t(lang, issue.messageKey, issue.params);
}

export interface SeverityCountsProps {
  readonly lang: Lang;
  readonly counts: Readonly<Record<Severity, number>>;
}

/** Counts by severity, as badges. */
export function SeverityCounts({ lang, counts }: SeverityCountsProps) {
  const styles = useStyles();
  return (
    <ul className={styles.counts} aria-label={t(lang, 'ui.results.counts')}>
      {SEVERITIES.map((s) => (
        <li key={s} className={styles.countItem}>
          <Badge
            appearance={counts[s] > 0 ? 'filled' : 'outline'}
            color={BADGE_COLOR[s]}
            data-testid={`count-${s}`}
          >
            {t(lang, 'ui.severity.count', { label: t(lang, `ui.severity.${s}`), count: counts[s] })}
          </Badge>
        </li>
      ))}
    </ul>
  );
}

interface IssueGroupProps {
  readonly lang: Lang;
  readonly report: Report;
  readonly severity: Severity;
  readonly issues: readonly Issue[];
  readonly onSelectCell: (cell: string) => void;
}

function IssueGroup({ lang, report, severity, issues, onSelectCell }: IssueGroupProps) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.groupHeading}>
        {t(lang, `ui.severity.${severity}`)}
        <CounterBadge
          count={issues.length}
          color={severity === 'error' ? 'danger' : 'informative'}
          aria-hidden
        />
      </Subtitle2>
      <ul className={styles.list} data-severity={severity}>
        {issues.map((issue, i) => {
          const text = issueText(lang, report, issue);
          return (
            <li key={`${issue.rule}-${issue.cell ?? ''}-${i}`} className={styles.item}>
              <Badge appearance="tint" color={BADGE_COLOR[severity]} className={styles.cell} aria-hidden>
                {issue.cell ?? t(lang, 'ui.issue.sheetWide')}
              </Badge>
              {issue.cell ? (
                <Link
                  as="button"
                  className={styles.link}
                  title={t(lang, 'ui.issue.goTo', { cell: issue.cell, message: text })}
                  aria-label={t(lang, 'ui.issue.goTo', { cell: issue.cell, message: text })}
                  onClick={() => onSelectCell(issue.cell as string)}
                >
                  {text}
                </Link>
              ) : (
                <Text>{text}</Text>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export interface IssueListProps {
  readonly lang: Lang;
  readonly report: Report;
  readonly onSelectCell: (cell: string) => void;
}

/** Issues grouped by severity (errors, warnings, info); each one with a cell goes to it. */
export function IssueList({ lang, report, onSelectCell }: IssueListProps) {
  if (report.issues.length === 0) return <Text>{t(lang, 'ui.results.noIssues')}</Text>;
  return (
    <>
      {SEVERITIES.map((s) => {
        const issues = report.issues.filter((i) => i.severity === s);
        return issues.length ? (
          <IssueGroup
            key={s}
            lang={lang}
            report={report}
            severity={s}
            issues={issues}
            onSelectCell={onSelectCell}
          />
        ) : null;
      })}
    </>
  );
}
