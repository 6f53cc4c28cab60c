import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  CounterBadge,
  Link,
  makeStyles,
  Subtitle2,
  Text,
  tokens,
  type AccordionItemValue,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import * as catalog from '../../core/i18n';
import { t, type Lang } from '../i18n';
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
  section: { marginTop: tokens.spacingVerticalL },
  heading: { margin: `0 0 ${tokens.spacingVerticalS} 0` },
  groups: { marginTop: tokens.spacingVerticalS },
  groupHeading: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  list: {
    margin: 0,
    paddingLeft: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
  },
  item: { listStyleType: 'none', display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  cell: { flexShrink: 0, fontFamily: tokens.fontFamilyMonospace },
  link: { textAlign: 'left', wordBreak: 'break-word' },
});

/** The issue's message in the display language (the report's own text when the language is the same). */
export function issueText(lang: Lang, report: Report, issue: Issue): string {
  // Issue messages (rules, schedule…) are in the core's full catalog, which this lazy chunk shares with the core.
  if (lang === report.lang || !catalog.hasMessage(issue.messageKey)) return issue.message;
  return catalog.t(lang, issue.messageKey, issue.params);
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
            color={counts[s] > 0 ? BADGE_COLOR[s] : 'informative'}
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

/** One severity's issues: an accordion item whose header is a level-4 heading. */
function IssueGroup({ lang, report, severity, issues, onSelectCell }: IssueGroupProps) {
  const styles = useStyles();
  return (
    <AccordionItem value={severity} data-testid={`issue-group-${severity}`}>
      <AccordionHeader as="h4" expandIconPosition="end">
        <span className={styles.groupHeading}>
          {t(lang, `ui.severity.${severity}`)}
          <CounterBadge
            count={issues.length}
            overflowCount={9999}
            color={severity === 'error' ? 'danger' : 'informative'}
            aria-hidden
          />
        </span>
      </AccordionHeader>
      <AccordionPanel>
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
      </AccordionPanel>
    </AccordionItem>
  );
}

/** The groups open at first: the most severe one present (errors when there are any). */
export function defaultOpenGroups(report: Report): Severity[] {
  const first = SEVERITIES.find((s) => report.issues.some((i) => i.severity === s));
  return first ? [first] : [];
}

export interface IssueListProps {
  readonly lang: Lang;
  readonly report: Report;
  readonly onSelectCell: (cell: string) => void;
}

/**
 * The issues under their own heading: counts by severity, then one collapsible group per severity
 * (errors, warnings, info). The most severe group is open for each new report; each issue with a
 * cell goes to it.
 */
export function IssueList({ lang, report, onSelectCell }: IssueListProps) {
  const styles = useStyles();
  const headingId = useId();
  const [open, setOpen] = useState<AccordionItemValue[]>(() => defaultOpenGroups(report));
  const [openFor, setOpenFor] = useState(report);
  if (openFor !== report) {
    // A new report: open its most severe group again (a language switch keeps the user's choice).
    setOpenFor(report);
    setOpen(defaultOpenGroups(report));
  }
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t(lang, 'ui.issues.heading')}
      </Subtitle2>
      <SeverityCounts lang={lang} counts={report.counts} />
      {report.issues.length === 0 ? (
        <Text>{t(lang, 'ui.results.noIssues')}</Text>
      ) : (
        <Accordion
          multiple
          collapsible
          openItems={open}
          onToggle={(_, data) => setOpen(data.openItems)}
          className={styles.groups}
        >
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
        </Accordion>
      )}
    </section>
  );
}
