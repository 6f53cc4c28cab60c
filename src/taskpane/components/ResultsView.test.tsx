import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { fixtureIssue, fixtureProject, fixtureReport } from '../testing/report-fixture';
import { ResultsView } from './ResultsView';

function renderUi(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

describe('ResultsView', () => {
  it('asks to run a check when there is no report', () => {
    renderUi(<ResultsView lang="ja" report={null} onSelectCell={() => undefined} />);
    expect(screen.getByText('［検証］を押すと、アクティブなシートを検証します。')).toBeTruthy();
  });

  it('groups issues by severity, errors first, and each goes to its cell', () => {
    const report = fixtureReport({
      issues: [
        fixtureIssue({ severity: 'info', cell: 'H9', message: '情報の指摘' }),
        fixtureIssue({ severity: 'error', cell: 'D12', message: 'エラーの指摘' }),
        fixtureIssue({ severity: 'warning', cell: 'C9', message: '警告の指摘' }),
        fixtureIssue({ severity: 'warning', cell: null, row: null, message: 'シート全体の指摘' }),
      ],
    });
    const selected: string[] = [];
    renderUi(<ResultsView lang="ja" report={report} onSelectCell={(c) => selected.push(c)} />);

    // The severity groups are level-4 headings under the issues' own heading.
    const headings = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(headings.slice(0, 3)).toEqual([
      expect.stringMatching(/^エラー/),
      expect.stringMatching(/^警告/),
      expect.stringMatching(/^情報/),
    ]);
    expect(screen.getByTestId('count-error').textContent).toBe('エラー 1 件');
    expect(screen.getByTestId('count-warning').textContent).toBe('警告 2 件');

    fireEvent.click(screen.getByRole('button', { name: /エラーの指摘/ }));
    // Only the errors are open at first: open the warnings' group.
    fireEvent.click(screen.getByRole('button', { name: /^警告/ }));
    fireEvent.click(screen.getByRole('button', { name: /警告の指摘/ }));
    expect(selected).toEqual(['D12', 'C9']);
    // A sheet-wide issue is text, not a button.
    expect(screen.getByText('シート全体の指摘').closest('button')).toBeNull();
  });

  it('shows the totals, departments and overdue milestones first, then the issues', () => {
    renderUi(<ResultsView lang="ja" report={fixtureReport()} onSelectCell={() => undefined} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('検証結果');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      '集計',
      '担当課別の事業費',
      '期限超過のスケジュール',
      '指摘事項',
    ]);
    // The cards come before the issue list in the document.
    const cost = screen.getByTestId('total-cost');
    const issue = screen.getByRole('button', { name: /担当課が空欄です/ });
    expect(cost.compareDocumentPosition(issue) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const issues = screen.getByRole('region', { name: '指摘事項' });
    expect(within(issues).getByTestId('count-warning').textContent).toBe('警告 1 件');
  });

  it('opens the errors at first and keeps warnings and info collapsed; groups toggle', () => {
    const report = fixtureReport({
      issues: [
        fixtureIssue({ severity: 'error', cell: 'D12', message: 'エラーの指摘' }),
        fixtureIssue({ severity: 'warning', cell: 'C9', message: '警告の指摘' }),
        fixtureIssue({ severity: 'info', cell: 'H9', message: '情報の指摘' }),
      ],
    });
    const { rerender } = renderUi(<ResultsView lang="ja" report={report} onSelectCell={() => undefined} />);
    const header = (name: RegExp) => screen.getByRole('button', { name });
    expect(header(/^エラー/).getAttribute('aria-expanded')).toBe('true');
    expect(header(/^警告/).getAttribute('aria-expanded')).toBe('false');
    expect(header(/^情報/).getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('button', { name: /エラーの指摘/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /警告の指摘/ })).toBeNull();
    fireEvent.click(header(/^警告/));
    expect(header(/^警告/).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: /警告の指摘/ })).toBeTruthy();
    fireEvent.click(header(/^エラー/));
    expect(header(/^エラー/).getAttribute('aria-expanded')).toBe('false');
    // A language switch keeps what the user opened.
    rerender(
      <FluentProvider theme={webLightTheme}>
        <ResultsView lang="en" report={report} onSelectCell={() => undefined} />
      </FluentProvider>,
    );
    expect(header(/^Warnings/).getAttribute('aria-expanded')).toBe('true');
    expect(header(/^Errors/).getAttribute('aria-expanded')).toBe('false');
    // A new report opens its most severe group again: the warnings when there is no error.
    const next = fixtureReport({
      issues: [
        fixtureIssue({ severity: 'warning', cell: 'C9', message: '警告の指摘' }),
        fixtureIssue({ severity: 'info', cell: 'H9', message: '情報の指摘' }),
      ],
    });
    rerender(
      <FluentProvider theme={webLightTheme}>
        <ResultsView lang="ja" report={next} onSelectCell={() => undefined} />
      </FluentProvider>,
    );
    expect(screen.queryByRole('button', { name: /^エラー/ })).toBeNull();
    expect(header(/^警告/).getAttribute('aria-expanded')).toBe('true');
    expect(header(/^情報/).getAttribute('aria-expanded')).toBe('false');
  });

  it('shows totals in yen, 「—」 for an unknown grant, and costs by department', () => {
    renderUi(<ResultsView lang="ja" report={fixtureReport()} onSelectCell={() => undefined} />);
    expect(screen.getByTestId('total-cost').textContent).toBe('159,642,281円');
    expect(screen.getByTestId('total-eligible').textContent).toBe('115,348,581円');
    expect(screen.getByTestId('total-grant').textContent).toBe('—');
    const row = screen.getByRole('rowheader', { name: '情報政策課' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('25,812,798円')).toBeTruthy();
  });

  it('renders English labels and the issue in English from its catalog key', () => {
    renderUi(<ResultsView lang="en" report={fixtureReport()} onSelectCell={() => undefined} />);
    expect(screen.getByText('Check results')).toBeTruthy();
    expect(screen.getByTestId('total-cost').textContent).toBe('¥159,642,281');
    expect(screen.getByRole('button', { name: /The department of "テスト事業" is empty\./ })).toBeTruthy();
  });

  it('lists overdue milestones with days late; a click goes to the cell', () => {
    const project = fixtureProject({
      name: '公共施設予約システム導入事業',
      milestones: [
        {
          cell: 'G9',
          text: '7年1月中に本番環境の構築',
          start: '2025-01-01',
          end: '2025-01-31',
          due: '2025-01-31',
          status: 'overdue',
          reason: '予定',
        },
        {
          cell: 'G9',
          text: '4月以降',
          start: '2025-04-01',
          end: null,
          due: '2025-04-01',
          status: 'planned',
          reason: '',
        },
      ],
    });
    const report = fixtureReport({
      asOf: '2025-02-10',
      projects: [project],
      schedule: { overdue: 1, overdueByProject: {}, overdueByDepartment: {} },
    });
    const selected: string[] = [];
    renderUi(<ResultsView lang="ja" report={report} onSelectCell={(c) => selected.push(c)} />);
    expect(screen.getByText('期限 2025-01-31（10 日超過）')).toBeTruthy();
    expect(screen.getByTestId('total-overdue').textContent).toBe('1');
    expect(screen.queryByText('4月以降')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /公共施設予約システム導入事業/ }));
    expect(selected).toEqual(['G9']);
  });

  it('renders HTML in cell text as text', () => {
    const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const project = fixtureProject({
      name: evil,
      milestones: [
        {
          cell: 'G9',
          text: `<b>${evil}</b>`,
          start: '2024-10-01',
          end: '2024-10-31',
          due: '2024-10-31',
          status: 'overdue',
          reason: '',
        },
      ],
    });
    const report = fixtureReport({
      projects: [project],
      issues: [fixtureIssue({ message: `「${evil}」の担当課が空欄です。` })],
      totals: { ...fixtureReport().totals, byDepartment: { [evil]: 1 } },
    });
    const { container } = renderUi(<ResultsView lang="ja" report={report} onSelectCell={() => undefined} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText(`「${evil}」の担当課が空欄です。`).closest('button')).not.toBeNull();
    expect(screen.getAllByText(evil).length).toBeGreaterThanOrEqual(2);
  });
});
