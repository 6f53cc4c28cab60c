/**
 * The first screen on its own (plain DOM, no React) and with the React views arriving later, as in the
 * pane: roles, names, states, focus order, language, and an action started before React is there.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { DEFAULT_SETTINGS, type WorkbookSettings } from '../../core/config';
import type { WorkbookHost } from '../../excel/host';
import { t } from '../i18n';
import { createPaneController } from '../pane/controller';
import { fakeHost } from '../testing/fake-host';
import { renderPane } from '../testing/render-pane';
import { mountFirstScreen } from './first-screen';

const SAMPLE_SETTINGS: WorkbookSettings = { ...DEFAULT_SETTINGS, asOf: '2024-11-08' };
const NOW = () => new Date('2024-11-08T03:00:00Z');

/** A host whose settings read waits until `release()`. */
function slowSettingsHost(settings: WorkbookSettings = DEFAULT_SETTINGS) {
  let release: () => void = () => undefined;
  const base = fakeHost({ settings });
  const host: WorkbookHost = {
    ...base,
    loadSettings: () => new Promise((resolve) => (release = () => resolve(settings))),
  };
  return { host, release: () => release() };
}

const main = () => document.querySelector('main') as HTMLElement;

beforeAll(() => Promise.all([import('../../excel/workflows'), import('../components/ResultsView')]), 120_000);

describe('the first screen', () => {
  it('shows the actions disabled and the settings read as busy until the settings are read', async () => {
    const { host, release } = slowSettingsHost();
    renderPane(host, { now: NOW, withBody: false });
    expect(screen.getByRole('heading', { level: 1, name: 'DX進捗チェッカー' })).toBeTruthy();
    const validate = screen.getByRole('button', { name: '検証' });
    expect(validate).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: '集計シート作成' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('progressbar', { name: '設定を読み込んでいます…' })).toBeTruthy();
    expect(main().getAttribute('aria-busy')).toBe('false');
    expect(main().getAttribute('lang')).toBe('ja');
    await act(async () => release());
    await waitFor(() => expect(validate).toHaveProperty('disabled', false));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: '集計シート作成' })).toHaveProperty('disabled', false);
    expect(screen.getByRole('button', { name: 'ハイライトを消去' })).toHaveProperty('disabled', false);
  });

  it('has the roles, names and order of the pane: header, as-of date, actions, results', async () => {
    renderPane(fakeHost({ settings: DEFAULT_SETTINGS }), { now: NOW, withBody: false });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: '検証' })).toHaveProperty('disabled', false),
    );
    const lang = screen.getByRole('button', { name: '表示言語を英語に切り替え' });
    expect(lang.textContent).toBe('English');
    expect(lang.getAttribute('lang')).toBe('en');
    const date = screen.getByLabelText('基準日') as HTMLInputElement;
    expect(date.type).toBe('date');
    expect(date.value).toBe('2024-11-08');
    expect(date.disabled).toBe(true); // 'today' is on
    expect(date.getAttribute('aria-describedby')).toBe('dx-asof-hint');
    expect(document.getElementById('dx-asof-hint')?.textContent).toBe(t('ja', 'ui.asOf.hint'));
    const today = screen.getByRole('switch', { name: '今日（2024-11-08）' }) as HTMLInputElement;
    expect(today.checked).toBe(true);
    const group = screen.getByRole('group', { name: '操作' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['検証', '集計シート作成', 'ハイライトを消去']);
    expect(screen.getByRole('tabpanel').textContent).toBe(t('ja', 'ui.results.empty'));
    // Document order is the focus order (no tabindex anywhere): language, date, switch, the actions.
    const focusable = Array.from(main().querySelectorAll('button, input'));
    expect(
      focusable.map((e) => e.getAttribute('aria-label') ?? e.getAttribute('type') ?? e.textContent),
    ).toEqual(['表示言語を英語に切り替え', 'date', 'checkbox', 'button', 'button', 'button']);
    expect(main().querySelector('[tabindex]')).toBeNull();
    expect(focusable.every((e) => e.tagName !== 'BUTTON' || e.getAttribute('type') === 'button')).toBe(true);
  });

  it('takes a date typed by the user, and refuses an invalid one with a message', async () => {
    const { controller } = renderPane(fakeHost({ settings: DEFAULT_SETTINGS }), {
      now: NOW,
      withBody: false,
    });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: '検証' })).toHaveProperty('disabled', false),
    );
    fireEvent.click(screen.getByRole('switch'));
    const date = screen.getByLabelText('基準日') as HTMLInputElement;
    expect(date.disabled).toBe(false);
    fireEvent.change(date, { target: { value: '2025-03-31' } });
    expect(controller.getSnapshot().asOf).toEqual({ today: false, date: '2025-03-31' });
    fireEvent.change(date, { target: { value: '' } });
    expect(screen.getByText(t('ja', 'ui.asOf.invalid'))).toBeTruthy();
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(date.getAttribute('aria-describedby')).toBe('dx-asof-error dx-asof-hint');
    expect(screen.getByRole('button', { name: '検証' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('switch')); // back to today: valid again
    expect(screen.queryByText(t('ja', 'ui.asOf.invalid'))).toBeNull();
    expect(date.value).toBe('2024-11-08');
    expect(screen.getByRole('button', { name: '検証' })).toHaveProperty('disabled', false);
  });

  it('switches the language of everything it shows, the placeholder below included', async () => {
    renderPane(fakeHost({ settings: DEFAULT_SETTINGS }), { now: NOW, withBody: false });
    fireEvent.click(screen.getByRole('button', { name: '表示言語を英語に切り替え' }));
    expect(main().getAttribute('lang')).toBe('en');
    const back = screen.getByRole('button', { name: 'Switch the display language to Japanese' });
    expect(back.getAttribute('lang')).toBe('ja');
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Actions' })).toBeTruthy();
    expect(screen.getByLabelText('As-of date')).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Today (2024-11-08)' })).toBeTruthy();
    expect(screen.getByRole('tabpanel').textContent).toBe(t('en', 'ui.results.empty'));
  });

  it('shows the busy indicator at once when 検証 is clicked before the React views are there; the report comes with them', async () => {
    const { mountBody } = renderPane(fakeHost({ settings: SAMPLE_SETTINGS }), { now: NOW, withBody: false });
    const validate = screen.getByRole('button', { name: '検証' });
    await waitFor(() => expect(validate).toHaveProperty('disabled', false));
    fireEvent.click(validate);
    expect(screen.getByRole('progressbar', { name: 'シートを検証しています…' })).toBeTruthy();
    expect(main().getAttribute('aria-busy')).toBe('true');
    expect(validate).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'ハイライトを消去' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('switch')).toHaveProperty('disabled', true);
    await waitFor(() => expect(main().getAttribute('aria-busy')).toBe('false'));
    expect(screen.queryByTestId('total-cost')).toBeNull(); // the React views are not there yet
    mountBody();
    expect((await screen.findByTestId('total-cost')).textContent).toBe('159,642,281円');
    expect(screen.getByText(/^検証が終わりました。/)).toBeTruthy();
  });

  it('offers only what this Excel supports, and says why', async () => {
    const base = fakeHost({ settings: SAMPLE_SETTINGS });
    renderPane(
      { ...base, capabilities: { ...base.capabilities, summarySheet: false, highlights: false } },
      { now: NOW, withBody: false },
    );
    await waitFor(() =>
      expect(screen.getByRole('button', { name: '検証' })).toHaveProperty('disabled', false),
    );
    const summary = screen.getByRole('button', { name: '集計シート作成' });
    expect(summary).toHaveProperty('disabled', true);
    expect(summary.getAttribute('aria-describedby')).toBe('capability-note');
    expect(document.getElementById('capability-note')?.textContent).toBe(
      `${t('ja', 'ui.capability.noSummary')} ${t('ja', 'ui.capability.noHighlights')}`,
    );
    expect(screen.queryByRole('button', { name: 'ハイライトを消去' })).toBeNull();
  });
});

describe('the first screen in the pane', () => {
  it('can leave the date input out until the pane is interactive, its box kept in place', async () => {
    const controller = createPaneController({
      host: fakeHost({ settings: SAMPLE_SETTINGS }),
      lang: 'ja',
      now: NOW,
    });
    const container = document.body.appendChild(document.createElement('div'));
    const first = mountFirstScreen(container, controller, { deferDateInput: true, theme: 'dark' });
    try {
      expect(first.main.getAttribute('data-theme')).toBe('dark');
      expect(container.querySelector('input[type="date"]')).toBeNull();
      expect(container.querySelector('.dx-input')).not.toBeNull();
      await controller.loadSettings();
      first.ensureDateInput();
      first.ensureDateInput();
      const date = screen.getAllByLabelText('基準日') as HTMLInputElement[];
      expect(date).toHaveLength(1);
      expect(date[0].value).toBe('2024-11-08');
      expect(date[0].disabled).toBe(false); // the workbook's own as-of date
      expect(container.querySelector('.dx-input')?.contains(date[0])).toBe(true);
      expect(document.getElementById('dx-first-screen-css')?.textContent).toContain('.dx-btn-primary');
    } finally {
      first.dispose();
      controller.dispose();
      container.remove();
    }
    expect(container.querySelector('main')).toBeNull();
  });
});
