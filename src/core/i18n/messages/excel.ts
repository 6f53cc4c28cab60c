import type { Message } from '../index';

/** Messages of the Excel adapter (src/excel): HostError message keys and settings notices. */
export const excelMessages: Readonly<Record<string, Message>> = {
  'excel.error.protected': {
    ja: 'シートまたはブックが保護されているため書き込めません。保護を解除してからもう一度実行してください。',
    en: 'The sheet or workbook is protected, so nothing can be written. Unprotect it and try again.',
  },
  'excel.error.unsupported': {
    ja: 'このバージョンの Excel では実行できません。',
    en: 'This version of Excel cannot do this.',
  },
  'excel.error.emptySheet': { ja: 'シートにデータがありません。', en: 'The sheet holds no data.' },
  'excel.error.summarySheetActive': {
    ja: '集計シートではなく、事業一覧のシートを選んでから実行してください。',
    en: 'Select the project list sheet, not the summary sheet, and try again.',
  },
  'excel.error.tooLarge': {
    ja: 'シートが大きすぎて一度に読み書きできませんでした。',
    en: 'The sheet is too large to be read or written at once.',
  },
  'excel.error.notFound': {
    ja: '対象のシートまたはセルが見つかりません。',
    en: 'The sheet or cell was not found.',
  },
  'excel.error.generic': { ja: 'Excel でエラーが発生しました。', en: 'Excel reported an error.' },
  'excel.settings.corrupt': {
    ja: 'ブックに保存された設定を読み取れなかったため、既定の設定を使います。',
    en: 'The settings saved in the workbook could not be read; the defaults are used.',
  },
};
