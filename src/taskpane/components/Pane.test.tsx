import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_SETTINGS, type WorkbookSettings } from '../../core/config';
import type { Lang } from '../../core/i18n';
import { HostError, type WorkbookHost } from '../../excel/host';
import { fakeHost, gridFromTsv, type FakeHost } from '../testing/fake-host';
import { renderPane } from '../testing/render-pane';

const SAMPLE_SETTINGS: WorkbookSettings = { ...DEFAULT_SETTINGS, asOf: '2024-11-08' };
const NOW = () => new Date('2024-11-08T03:00:00Z');

const HEADER = 'No.\t事業名称\t担当課\t事業経費\t概要\tR6前期実施状況\tR6後期→R7実施予定\t備考';

/** The whole pane: the first screen and the React views below it. */
function renderApp(host: WorkbookHost, lang: Lang = 'ja') {
  return renderPane(host, { lang, now: NOW });
}

/** The button, once the settings are loaded and it is enabled. */
async function enabledButton(name: string | RegExp): Promise<HTMLElement> {
  const button = await screen.findByRole('button', { name });
  await waitFor(() => expect(button).toHaveProperty('disabled', false));
  return button;
}

// The pane's lazy chunks (core + Excel flows, results, message bar, tabs): compiled once up front, so that
// a cold ts-jest cache does not make the first test's findBy… time out.
beforeAll(() => Promise.all([import('../../excel/workflows'), import('./ResultsView')]), 120_000);

describe('The task pane with the sample sheet', () => {
  let host: FakeHost;
  beforeEach(() => {
    host = fakeHost({ settings: SAMPLE_SETTINGS });
  });

  it('checks the sheet: counts, issues by severity, totals; an issue goes to its cell', async () => {
    renderApp(host);
    fireEvent.click(await enabledButton('検証'));

    const status = await screen.findByText(/^検証が終わりました。/);
    expect(status.textContent).toMatch(/エラー 0 件/);
    expect(screen.getByTestId('count-error').textContent).toBe('エラー 0 件');
    expect(screen.getByTestId('count-warning').textContent).not.toBe('警告 0 件');
    expect(screen.getByTestId('total-cost').textContent).toBe('159,642,281円');
    expect(screen.getByTestId('total-eligible').textContent).toBe('115,348,581円');
    const dept = screen.getByRole('rowheader', { name: '土木交通課' }).closest('tr') as HTMLElement;
    expect(within(dept).getByText('69,392,000円')).toBeTruthy();
    expect(host.calls.highlight).toHaveLength(1);
    expect(host.calls.highlight[0][0]).toBe('R6');

    // The レジ田 slip is among the warnings; clicking it selects its cell on the checked sheet.
    const warnings = document.querySelector('ul[data-severity="warning"]') as HTMLElement;
    const slip = within(warnings)
      .getAllByRole('button')
      .find((b) => /レジ田/.test(b.textContent ?? ''));
    expect(slip).toBeDefined();
    const cell = (slip as HTMLElement).getAttribute('aria-label')?.match(/セル (\S+) へ移動/)?.[1];
    expect(cell).toMatch(/^[A-Z]+\d+$/);
    fireEvent.click(slip as HTMLElement);
    await waitFor(() => expect(host.calls.selectCell).toEqual([['R6', cell]]));
  });

  it('creates the summary sheet and says so', async () => {
    renderApp(host);
    fireEvent.click(await enabledButton('集計シート作成'));
    expect(await screen.findByText('シート「集計」を作成しました。')).toBeTruthy();
    expect(host.calls.writeSummary).toHaveLength(1);
    expect(screen.getByTestId('total-cost').textContent).toBe('159,642,281円');
  });

  it('lists the same departments as the summary sheet (co-departments with 0円 included), in its order', async () => {
    renderApp(host);
    fireEvent.click(await enabledButton('集計シート作成'));
    await screen.findByText('シート「集計」を作成しました。');
    const block = host.calls.writeSummary[0].blocks.find((b) => b.id === 'by-department');
    expect(block).toBeDefined();
    const sheetRows = (block?.rows ?? []).map((row) =>
      row.map((v) =>
        v.kind === 'text'
          ? v.text
          : v.kind === 'yen'
            ? `${(v.amount ?? 0).toLocaleString('en-US')}円`
            : v.kind === 'count'
              ? String(v.value)
              : '',
      ),
    );
    const table = screen.getByRole('table', { name: '担当課別の事業費' });
    const paneRows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(paneRows).toEqual(sheetRows);
    expect(paneRows).toContainEqual(['環境政策課', '0円', '1']);
    expect(paneRows).toContainEqual(['土木交通課', '69,392,000円', '1']);
  });

  it('speaks English when the display language is English', async () => {
    renderApp(host, 'en');
    fireEvent.click(await enabledButton('Check'));
    expect(await screen.findByText(/^Check finished: 0 errors/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create summary' })).toBeTruthy();
    expect(screen.getByTestId('total-cost').textContent).toBe('¥159,642,281');
    expect(screen.getByText('Cost by department')).toBeTruthy();
  });

  it('switches language with the toggle, re-rendering the issues', async () => {
    renderApp(host);
    fireEvent.click(await enabledButton('検証'));
    await screen.findByText(/^検証が終わりました。/);
    fireEvent.click(screen.getByRole('button', { name: '表示言語を英語に切り替え' }));
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
    expect(screen.getByText('Check results')).toBeTruthy();
    expect(document.querySelector('main')?.getAttribute('lang')).toBe('en');
  });

  it('clears highlights', async () => {
    renderApp(host);
    fireEvent.click(await enabledButton('ハイライトを消去'));
    expect(await screen.findByText('ハイライトを消去しました。')).toBeTruthy();
    expect(host.calls.clearHighlights).toBe(1);
  });
});

describe('Task pane messages', () => {
  it('explains a protected sheet', async () => {
    const host = fakeHost({
      settings: SAMPLE_SETTINGS,
      readError: new HostError('protected', 'excel.error.protected', 'AccessDenied'),
    });
    renderApp(host);
    fireEvent.click(await enabledButton('検証'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/シートが保護されています/);
  });

  it('explains an unsupported Excel', async () => {
    const host = fakeHost({ settings: SAMPLE_SETTINGS, summaryError: new HostError('unsupported', 'x') });
    renderApp(host);
    fireEvent.click(await enabledButton('集計シート作成'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/この Excel では/);
  });

  it('explains an empty sheet', async () => {
    const host = fakeHost({ settings: SAMPLE_SETTINGS, readError: new HostError('empty-sheet', 'x') });
    renderApp(host);
    fireEvent.click(await enabledButton('検証'));
    expect(await screen.findByText(/アクティブなシートが空です/)).toBeTruthy();
  });

  it('shows the detail of an unexpected failure', async () => {
    const host = fakeHost({ settings: SAMPLE_SETTINGS, readError: new Error('GeneralException: boom') });
    renderApp(host);
    fireEvent.click(await enabledButton('検証'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/詳細: GeneralException: boom/);
  });

  it('says when no table is found', async () => {
    const host = fakeHost({
      settings: SAMPLE_SETTINGS,
      grid: gridFromTsv('買い物リスト\nりんご\t3\nみかん\t5'),
    });
    renderApp(host);
    fireEvent.click(await enabledButton('検証'));
    expect(await screen.findByText(/^表が見つかりません。/)).toBeTruthy();
  });

  it('renders HTML in a project name as text', async () => {
    const evil = '<img src=x onerror="alert(1)">公共<script>alert(2)</script>';
    const grid = gridFromTsv(
      [
        HEADER,
        `1\t${evil}\t\t1,000円\t概要\t\t7年1月に開始予定\t`,
        `2\t二つ目の事業\t情報政策課\t2,000円\t概要\t状況\t予定\t`,
      ].join('\n'),
    );
    const host = fakeHost({ settings: SAMPLE_SETTINGS, grid });
    const { container } = renderApp(host);
    fireEvent.click(await enabledButton('検証'));
    await screen.findByText(/^検証が終わりました。/);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toContain(evil);
  });

  it('disables the actions and marks the pane busy while Excel works', async () => {
    let release: () => void = () => undefined;
    const base = fakeHost({ settings: SAMPLE_SETTINGS });
    const host: WorkbookHost = {
      ...base,
      readActiveSheet: () =>
        new Promise((resolve) => {
          release = () => resolve(gridFromTsv(HEADER));
        }),
    };
    renderApp(host);
    fireEvent.click(await enabledButton('検証'));
    expect(document.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('button', { name: '集計シート作成' })).toHaveProperty('disabled', true);
    expect(screen.getByText('シートを検証しています…')).toBeTruthy();
    await act(async () => release());
    await waitFor(() => expect(document.querySelector('main')?.getAttribute('aria-busy')).toBe('false'));
  });

  it('uses the chosen as-of date instead of today', async () => {
    const host = fakeHost({ settings: DEFAULT_SETTINGS });
    renderApp(host);
    await enabledButton('検証');
    expect(screen.getByRole('switch')).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('switch'));
    fireEvent.change(screen.getByLabelText(/^基準日/), { target: { value: '2025-03-31' } });
    fireEvent.click(screen.getByRole('button', { name: '検証' }));
    expect(await screen.findByText(/基準日 2025-03-31/)).toBeTruthy();
  });
});

describe('The task pane with an Office.js-like host', () => {
  it('keeps the report when the highlights cannot be written, and says why', async () => {
    const base = fakeHost({ settings: SAMPLE_SETTINGS });
    const host: WorkbookHost = {
      ...base,
      validateActiveSheet: async (run) => ({
        report: run(await base.readActiveSheet()),
        highlighted: 0,
        highlightError: new HostError('protected', 'excel.error.protected'),
      }),
    };
    renderApp(host);
    fireEvent.click(await enabledButton('検証'));
    const status = await screen.findByText(/^検証が終わりました。/);
    expect(status.closest('[role="status"]')?.textContent).toMatch(/シートが保護されています/);
    expect(screen.getByTestId('total-cost').textContent).toBe('159,642,281円');
  });

  it('says when the stored settings were unusable', async () => {
    const base = fakeHost({ settings: SAMPLE_SETTINGS });
    const host: WorkbookHost = {
      ...base,
      loadSettingsChecked: async () => ({
        settings: DEFAULT_SETTINGS,
        notice: { messageKey: 'excel.settings.corrupt', detail: 'bad JSON' },
      }),
    };
    renderApp(host);
    const notice = await screen.findByText(/^ブックに保存された設定を読み取れなかった/);
    expect(notice.closest('[role="status"]')?.textContent).toMatch(/詳細: bad JSON/);
  });

  it('offers only what this Excel supports', async () => {
    const base = fakeHost({ settings: SAMPLE_SETTINGS });
    const host: WorkbookHost = {
      ...base,
      capabilities: { ...base.capabilities, summarySheet: false, highlights: false },
    };
    renderApp(host);
    await enabledButton('検証');
    expect(screen.getByRole('button', { name: '集計シート作成' })).toHaveProperty('disabled', true);
    expect(screen.queryByRole('button', { name: 'ハイライトを消去' })).toBeNull();
    expect(screen.getByText(/集計シートを作成できません/)).toBeTruthy();
  });
});

describe('Settings panel', () => {
  // The panel is a lazy chunk; compile it once up front so the tests below do not time out on it.
  beforeAll(() => import('./SettingsPanel'), 60_000);

  it('loads the settings, validates the dictionary inline and saves in the workbook', async () => {
    const host = fakeHost({ settings: { ...SAMPLE_SETTINGS, knownDepartments: ['情報政策課'] } });
    renderApp(host);
    await enabledButton('検証');
    fireEvent.click(await screen.findByRole('tab', { name: '設定' }));

    const departments = (await screen.findByLabelText(/^担当課の一覧/)) as HTMLTextAreaElement;
    expect(departments.value).toBe('情報政策課');
    fireEvent.change(departments, { target: { value: '情報政策課\n広報課\n\n総務課 ' } });
    fireEvent.change(screen.getByLabelText(/^年度/), { target: { value: '令和6' } });

    const yaml = screen.getByLabelText(/^表記ゆれ辞書/);
    fireEvent.change(yaml, { target: { value: 'rules: [' } });
    expect(await screen.findByText(/^辞書を読み込めません/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText(/^入力に誤りがあります/)).toBeTruthy();
    expect(host.calls.saveSettings).toHaveLength(0);

    fireEvent.change(yaml, {
      target: { value: 'version: 1\nrules:\n  - expected: デジ田\n    pattern: レジ田\n' },
    });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('設定をブックに保存しました。')).toBeTruthy();
    expect(host.calls.saveSettings).toHaveLength(1);
    expect(host.calls.saveSettings[0]).toMatchObject({
      asOf: '2024-11-08',
      fiscalYear: 2024,
      knownDepartments: ['情報政策課', '広報課', '総務課'],
      subsidyPrograms: null,
    });
    expect(host.calls.saveSettings[0].notationYaml).toContain('レジ田');
  });

  it('lists the default subsidy programs with editable rates', async () => {
    const host = fakeHost({ settings: SAMPLE_SETTINGS });
    renderApp(host);
    await enabledButton('検証');
    fireEvent.click(await screen.findByRole('tab', { name: '設定' }));
    const rate = (await screen.findAllByLabelText(/の交付率$/))[0] as HTMLInputElement;
    fireEvent.change(rate, { target: { value: '2' } });
    expect(await screen.findByText(/^交付率は 0 から 1 の数/)).toBeTruthy();
    fireEvent.change(rate, { target: { value: '2/3' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByText('設定をブックに保存しました。');
    const saved = host.calls.saveSettings[0].subsidyPrograms;
    expect(saved).not.toBeNull();
    expect(saved?.[0].defaultRate).toBeCloseTo(2 / 3);
  });
});
