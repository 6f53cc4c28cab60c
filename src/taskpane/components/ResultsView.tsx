import { Caption1, makeStyles, Subtitle1, Text, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { t, type Lang } from '../i18n';
import type { Report } from '../../core/model';
import { departmentRows } from '../departments';
import { IssueList } from './IssueList';
import { DepartmentList, OverdueList, TotalsCards } from './TotalsView';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

export interface ResultsViewProps {
  readonly lang: Lang;
  readonly report: Report | null;
  readonly onSelectCell: (cell: string) => void;
}

/** The last report: totals, departments and overdue milestones first, then the issues by severity. */
export function ResultsView({ lang, report, onSelectCell }: ResultsViewProps) {
  const styles = useStyles();
  // The summary sheet's rows: the pane lists the same departments as the 集計 sheet.
  const departments = useMemo(() => (report ? departmentRows(report, lang) : []), [report, lang]);
  if (!report) return <Text>{t(lang, 'ui.results.empty')}</Text>;
  return (
    <div className={styles.root}>
      <Subtitle1 as="h2" className={styles.heading}>
        {t(lang, 'ui.results.heading')}
      </Subtitle1>
      <Caption1>{t(lang, 'ui.results.sheet', { sheet: report.sheet, asOf: report.asOf })}</Caption1>
      <TotalsCards lang={lang} report={report} />
      <DepartmentList lang={lang} rows={departments} />
      <OverdueList lang={lang} report={report} onSelectCell={onSelectCell} />
      <IssueList lang={lang} report={report} onSelectCell={onSelectCell} />
    </div>
  );
}
