import * as fs from 'fs';
import * as path from 'path';
import { hasMessage, t } from './i18n';
import { uiMessages } from '../core/i18n/messages/ui';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('task-pane messages', () => {
  it('have Japanese and English text', () => {
    for (const [key, m] of Object.entries(uiMessages)) {
      expect(key).toMatch(/^ui\./);
      expect(m.ja.trim()).not.toBe('');
      expect(m.en.trim()).not.toBe('');
    }
  });

  it('cover every key the task pane names', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(__dirname)) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/'(ui\.[\w.]+)'/g)) used.add(m[1]);
    }
    for (const s of ['error', 'warning', 'info']) used.add(`ui.severity.${s}`);
    for (const b of ['validate', 'summary', 'clear', 'settings']) used.add(`ui.busy.${b}`);
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !hasMessage(k))).toEqual([]);
  });

  it('render the protected-sheet and summary messages', () => {
    expect(t('ja', 'ui.msg.summaryCreated', { sheet: '集計' })).toBe('シート「集計」を作成しました。');
    expect(t('ja', 'ui.error.protected')).toMatch(/^シートが保護されています/);
    expect(t('en', 'ui.error.unsupported')).toMatch(/^This version of Excel/);
  });
});
