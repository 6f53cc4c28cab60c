import * as core from '../core/i18n';
import { excelMessages } from '../core/i18n/messages/excel';
import { uiMessages } from '../core/i18n/messages/ui';
import * as pane from './i18n';

describe("the task pane's messages", () => {
  it('are exactly the ui.* and excel.* areas of the catalog', () => {
    expect(pane.messageKeys().sort()).toEqual(
      [...Object.keys(uiMessages), ...Object.keys(excelMessages)].sort(),
    );
    expect(pane.hasMessage('ui.action.validate')).toBe(true);
    expect(pane.hasMessage('excel.error.protected')).toBe(true);
    // Rule messages come with the core's chunk, not with the first screen.
    const ruleKey = core.messageKeys().find((k) => !k.startsWith('ui.') && !k.startsWith('excel.'));
    expect(ruleKey).toBeDefined();
    expect(pane.hasMessage(ruleKey as string)).toBe(false);
  });

  it("render every key as the core's t() does, in both languages", () => {
    const params = {
      count: 1234567,
      detail: 'x',
      sheet: '集計',
      date: '2024-11-08',
      amount: '1,000',
      n: 2.5,
    };
    for (const key of pane.messageKeys()) {
      for (const lang of core.LANGS) {
        expect(pane.t(lang, key, params)).toBe(core.t(lang, key, params));
        expect(pane.t(lang, key)).toBe(core.t(lang, key));
      }
    }
  });

  it('show an unknown key or parameter instead of failing', () => {
    expect(pane.t('ja', 'ui.no.such.key')).toBe('ui.no.such.key');
    expect(pane.t('ja', 'ui.msg.summaryCreated')).toBe(core.t('ja', 'ui.msg.summaryCreated'));
    expect(pane.t('ja', 'ui.msg.summaryCreated')).toContain('{sheet}');
  });

  it("read language tags as the core's langFromTag does", () => {
    for (const tag of [
      'ja',
      'ja-JP',
      'JA-jp',
      'en',
      'en-US',
      'EN-gb',
      'fr-FR',
      'zh-Hans',
      '',
      null,
      undefined,
    ]) {
      expect(pane.langFromTag(tag)).toBe(core.langFromTag(tag));
    }
  });

  it("format numbers as the core's formatNumber does", () => {
    for (const n of [0, 7, 1000, 159642281, -42000, 0.7, 1.5e21, Number.MAX_SAFE_INTEGER]) {
      expect(pane.formatNumber(n)).toBe(core.formatNumber(n));
    }
  });
});
