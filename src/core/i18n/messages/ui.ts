import type { Message } from '../index';

/** Messages of the task pane (src/taskpane): ui.<area>.<what>. */
export const uiMessages: Readonly<Record<string, Message>> = {
  // Header and actions
  'ui.app.name': { ja: 'DX進捗チェッカー', en: 'DX Status Checker' },
  'ui.app.tagline': {
    ja: 'DX推進状況の一覧表を検証し、会議用の集計シートを作成します。',
    en: 'Checks the DX project-status sheet and builds the summary sheet for the meeting.',
  },
  'ui.app.loading': { ja: '読み込み中…', en: 'Loading…' },
  'ui.lang.switch': { ja: 'English', en: '日本語' },
  'ui.lang.switchLabel': { ja: '表示言語を英語に切り替え', en: 'Switch the display language to Japanese' },
  'ui.asOf.label': { ja: '基準日', en: 'As-of date' },
  'ui.asOf.today': { ja: '今日（{date}）', en: 'Today ({date})' },
  'ui.asOf.hint': {
    ja: 'スケジュールの期限超過はこの日付で判定します。',
    en: 'Schedules are judged overdue against this date.',
  },
  'ui.asOf.invalid': { ja: '日付を選んでください。', en: 'Choose a date.' },
  'ui.action.validate': { ja: '検証', en: 'Check' },
  'ui.action.summary': { ja: '集計シート作成', en: 'Create summary' },
  'ui.action.clear': { ja: 'ハイライトを消去', en: 'Clear highlights' },
  'ui.action.group': { ja: '操作', en: 'Actions' },
  'ui.busy.validate': { ja: 'シートを検証しています…', en: 'Checking the sheet…' },
  'ui.busy.summary': { ja: '集計シートを作成しています…', en: 'Creating the summary sheet…' },
  'ui.busy.clear': { ja: 'ハイライトを消去しています…', en: 'Clearing highlights…' },
  'ui.busy.settings': { ja: '設定を読み込んでいます…', en: 'Loading settings…' },

  'ui.capability.noSummary': {
    ja: 'この Excel では集計シートを作成できません（ExcelApi 1.12 以降が必要です）。',
    en: 'This Excel cannot create the summary sheet (ExcelApi 1.12 or later is needed).',
  },
  'ui.capability.noHighlights': {
    ja: 'この Excel ではセルのハイライトができません。指摘はこの一覧で確認してください。',
    en: 'This Excel cannot highlight cells; use the list below to find the issues.',
  },

  // Tabs
  'ui.tab.label': { ja: '表示の切り替え', en: 'View' },
  'ui.tab.results': { ja: '結果', en: 'Results' },
  'ui.tab.settings': { ja: '設定', en: 'Settings' },

  // Outcome messages
  'ui.msg.validated': {
    ja: '検証が終わりました。エラー {error} 件、警告 {warning} 件、情報 {info} 件。',
    en: 'Check finished: {error} errors, {warning} warnings, {info} notes.',
  },
  'ui.msg.highlighted': {
    ja: '{count} 個のセルをハイライトしました。',
    en: '{count} cells highlighted.',
  },
  'ui.msg.summaryCreated': {
    ja: 'シート「{sheet}」を作成しました。',
    en: 'The sheet "{sheet}" has been created.',
  },
  'ui.msg.cleared': { ja: 'ハイライトを消去しました。', en: 'Highlights cleared.' },
  'ui.msg.successTitle': { ja: '完了', en: 'Done' },
  'ui.msg.errorTitle': { ja: 'エラー', en: 'Error' },
  'ui.msg.warningTitle': { ja: '注意', en: 'Warning' },
  'ui.msg.dismiss': { ja: '閉じる', en: 'Dismiss' },
  'ui.error.protected': {
    ja: 'シートが保護されています。［校閲］タブの［シート保護の解除］で保護を解除してから、もう一度お試しください。',
    en: 'The sheet is protected. Unprotect it (Review › Unprotect Sheet) and try again.',
  },
  'ui.error.unsupported': {
    ja: 'この Excel ではこの操作に必要な機能が使えません。Excel を最新版に更新するか、Excel on the web をお使いください。',
    en: 'This version of Excel lacks a feature this action needs. Update Excel or use Excel on the web.',
  },
  'ui.error.emptySheet': {
    ja: 'アクティブなシートが空です。DX推進状況の一覧表のシートを選んでから実行してください。',
    en: 'The active sheet is empty. Select the sheet with the DX project-status table and try again.',
  },
  'ui.error.missingTable': {
    ja: '表が見つかりません。No.・事業名称・担当課・事業経費などの見出し行があるシートを選んでください。',
    en: 'No table found. Select a sheet with a header row such as No. / 事業名称 / 担当課 / 事業経費.',
  },
  'ui.error.generic': {
    ja: '処理中にエラーが発生しました。詳細: {detail}',
    en: 'Something went wrong. Detail: {detail}',
  },
  'ui.error.detail': { ja: '詳細: {detail}', en: 'Detail: {detail}' },
  'ui.error.settingsLoad': {
    ja: 'ブックの設定を読み込めなかったため、既定の設定を使います。詳細: {detail}',
    en: 'The workbook settings could not be read; the defaults are used. Detail: {detail}',
  },

  // Results
  'ui.results.heading': { ja: '検証結果', en: 'Check results' },
  'ui.results.sheet': { ja: 'シート「{sheet}」・基準日 {asOf}', en: 'Sheet "{sheet}", as of {asOf}' },
  'ui.results.empty': {
    ja: '［検証］を押すと、アクティブなシートを検証します。',
    en: 'Press Check to check the active sheet.',
  },
  'ui.results.noIssues': { ja: '指摘事項はありません。', en: 'No issues found.' },
  'ui.issues.heading': { ja: '指摘事項', en: 'Issues' },
  'ui.results.counts': { ja: '重要度別の件数', en: 'Issues by severity' },
  'ui.severity.error': { ja: 'エラー', en: 'Errors' },
  'ui.severity.warning': { ja: '警告', en: 'Warnings' },
  'ui.severity.info': { ja: '情報', en: 'Info' },
  'ui.severity.count': { ja: '{label} {count} 件', en: '{label}: {count}' },
  'ui.issue.goTo': { ja: 'セル {cell} へ移動: {message}', en: 'Go to cell {cell}: {message}' },
  'ui.issue.sheetWide': { ja: 'シート全体', en: 'Whole sheet' },
  'ui.totals.heading': { ja: '集計', en: 'Totals' },
  'ui.totals.projects': { ja: '事業数', en: 'Projects' },
  'ui.totals.cost': { ja: '総事業費', en: 'Total cost' },
  'ui.totals.eligible': { ja: '交付金対象経費', en: 'Subsidy-eligible cost' },
  'ui.totals.grant': { ja: '見込交付額', en: 'Estimated grant' },
  'ui.totals.overdue': { ja: '期限超過件数', en: 'Overdue milestones' },
  'ui.dept.heading': { ja: '担当課別の事業費', en: 'Cost by department' },
  'ui.dept.col.department': { ja: '担当課', en: 'Department' },
  'ui.dept.col.cost': { ja: '事業費', en: 'Cost' },
  'ui.dept.col.projects': { ja: '事業数', en: 'Projects' },
  'ui.dept.none': { ja: '担当課別の事業費はありません。', en: 'No costs by department.' },
  'ui.overdue.heading': { ja: '期限超過のスケジュール', en: 'Overdue milestones' },
  'ui.overdue.none': { ja: '期限を過ぎた予定はありません。', en: 'No milestone is overdue.' },
  'ui.overdue.due': { ja: '期限 {due}（{days} 日超過）', en: 'Due {due} ({days} days late)' },
  'ui.overdue.goTo': {
    ja: '「{project}」の予定（セル {cell}）へ移動',
    en: 'Go to the milestone of "{project}" (cell {cell})',
  },
  'ui.money.yen': { ja: '{amount}円', en: '¥{amount}' },
  'ui.money.none': { ja: '—', en: '—' },

  // Settings
  'ui.settings.heading': { ja: '設定（このブックに保存）', en: 'Settings (kept in this workbook)' },
  'ui.settings.intro': {
    ja: 'ここでの設定はブックに保存され、次にこのファイルを開いた人にも同じ条件で検証されます。',
    en: 'These settings are saved in the workbook, so the next person who opens it gets the same checks.',
  },
  'ui.settings.asOf': { ja: '基準日の既定値', en: 'Default as-of date' },
  'ui.settings.asOfToday': { ja: '常に今日', en: 'Always today' },
  'ui.settings.fiscalYear': { ja: '年度', en: 'Fiscal year' },
  'ui.settings.fiscalYearHint': {
    ja: '空欄なら表から自動判定。2024、令和6、R6 の形で入力できます。',
    en: 'Leave empty to infer it from the sheet. Enter 2024, 令和6 or R6.',
  },
  'ui.settings.fiscalYearPlaceholder': { ja: '自動（例: 令和6）', en: 'Auto (e.g. 2024)' },
  'ui.settings.fiscalYearInvalid': {
    ja: '年度は 2024、令和6、R6 のように入力してください。',
    en: 'Enter the fiscal year as 2024, 令和6 or R6.',
  },
  'ui.settings.fiscalYearValue': { ja: '令和{reiwa}年度（{year}年度）', en: 'FY{year} (令和{reiwa})' },
  'ui.settings.departments': { ja: '担当課の一覧', en: 'Known departments' },
  'ui.settings.departmentsHint': {
    ja: '1 行に 1 課。空欄ならシートに書かれた課を使います。',
    en: 'One per line. Leave empty to use the departments on the sheet.',
  },
  'ui.settings.programs': { ja: '交付金・補助制度と交付率', en: 'Subsidy programs and rates' },
  'ui.settings.programName': { ja: '制度', en: 'Program' },
  'ui.settings.programRate': { ja: '交付率', en: 'Rate' },
  'ui.settings.rateLabel': { ja: '「{name}」の交付率', en: 'Rate of {name}' },
  'ui.settings.rateHint': {
    ja: '0.5 や 1/2 の形。空欄なら交付率未設定（見込交付額は算出しません）。',
    en: 'As 0.5 or 1/2. Leave empty when unknown (no estimated grant).',
  },
  'ui.settings.rateInvalid': {
    ja: '交付率は 0 から 1 の数（0.5 や 1/2）で入力してください。',
    en: 'Enter the rate as a number from 0 to 1 (0.5 or 1/2).',
  },
  'ui.settings.programsUnavailable': {
    ja: '制度の既定値を読み込めませんでした。',
    en: 'The default programs could not be loaded.',
  },
  'ui.settings.notation': { ja: '表記ゆれ辞書（prh 形式の YAML）', en: 'Notation dictionary (prh YAML)' },
  'ui.settings.notationHint': {
    ja: '空欄なら同梱の辞書を使います。',
    en: 'Leave empty to use the bundled dictionary.',
  },
  'ui.settings.notationPlaceholder': {
    ja: 'version: 1\nrules:\n  - expected: デジ田\n    pattern: レジ田',
    en: 'version: 1\nrules:\n  - expected: デジ田\n    pattern: レジ田',
  },
  'ui.settings.notationInvalid': {
    ja: '辞書を読み込めません: {detail}',
    en: 'The dictionary cannot be read: {detail}',
  },
  'ui.settings.notationOk': { ja: '{count} 件の規則を読み込みました。', en: '{count} rules read.' },
  'ui.settings.save': { ja: '保存', en: 'Save' },
  'ui.settings.reset': { ja: '既定に戻す', en: 'Reset to defaults' },
  'ui.settings.saving': { ja: '保存しています…', en: 'Saving…' },
  'ui.settings.saved': { ja: '設定をブックに保存しました。', en: 'Settings saved in the workbook.' },
  'ui.settings.fixErrors': {
    ja: '入力に誤りがあります。赤く示された項目を直してください。',
    en: 'Some entries are invalid; fix the fields marked in red.',
  },
};
