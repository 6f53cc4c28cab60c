import { t } from '../core/i18n';
import { HostError } from '../excel/host';
import { errorDetail, messageForError } from './errors';

describe('messageForError', () => {
  it('maps host error codes to messages the user can act on', () => {
    const m = messageForError(new HostError('protected', 'excel.error.protected', 'AccessDenied'));
    expect(m).toMatchObject({ intent: 'error', key: 'ui.error.protected' });
    expect(t('ja', m.key)).toMatch(/^シートが保護されています/);
    expect(messageForError(new HostError('unsupported', 'x')).key).toBe('ui.error.unsupported');
    expect(messageForError(new HostError('empty-sheet', 'x'))).toMatchObject({
      intent: 'warning',
      key: 'ui.error.emptySheet',
    });
  });
  it('asks for the data sheet when the summary sheet was active and its source is gone', () => {
    const m = messageForError(new HostError('summary-sheet', 'excel.error.summarySheetActive', '集計'));
    expect(m).toEqual({ intent: 'warning', key: 'excel.error.summarySheetActive' });
    expect(t('ja', m.key)).toBe('集計シートではなく、事業一覧のシートを選んでから実行してください。');
    expect(t('en', m.key)).toMatch(/not the summary sheet/);
  });
  it('keeps the detail of other failures', () => {
    const m = messageForError(new HostError('excel-error', 'excel.error.generic', 'GeneralException: boom'));
    expect(m.key).toBe('ui.error.generic');
    expect(t('ja', m.key, m.params)).toBe('処理中にエラーが発生しました。詳細: GeneralException: boom');
    expect(messageForError(new TypeError('x is undefined')).params).toEqual({ detail: 'x is undefined' });
    expect(errorDetail('plain')).toBe('plain');
  });
});
