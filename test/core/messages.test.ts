import { check } from '../../src/core/check';
import { hasMessage, LANGS, messageKeys, t } from '../../src/core/i18n';
import { ruleMessages } from '../../src/core/i18n/messages/rules';
import { summaryMessages } from '../../src/core/i18n/messages/summary';
import { RULES } from '../../src/core/rules';
import { loadSampleGrid } from '../helpers/sample';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('rule and summary messages', () => {
  const own = { ...ruleMessages, ...summaryMessages };
  // The English fiscal year also names the Western year (FY2024 (Reiwa 6)); 令和6年度 needs no more.
  const enExtra: Record<string, string[]> = { 'summary.fiscalYear': ['year'] };
  it.each(Object.keys(own))('%s has the same parameters in ja and en', (key) => {
    const en = placeholders(own[key].en).filter((p) => !(enExtra[key] ?? []).includes(p));
    expect(en).toEqual(placeholders(own[key].ja));
  });
  it('every rule has a message under rule.<id>', () => {
    const keys = messageKeys();
    for (const rule of RULES) {
      expect(keys.some((k) => k === `rule.${rule.id}` || k.startsWith(`rule.${rule.id}.`))).toBe(true);
    }
  });
  it('every issue of the sample renders fully in both languages', () => {
    const report = check(loadSampleGrid(), { asOf: '2024-11-08' });
    for (const issue of report.issues) {
      expect(hasMessage(issue.messageKey)).toBe(true);
      for (const lang of LANGS) expect(t(lang, issue.messageKey, issue.params)).not.toMatch(/\{\w+\}/);
    }
  });
});
