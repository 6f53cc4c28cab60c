import type { Message } from '../index';

/** Messages of the validation rules: rule.<id>, variants rule.<id>.<variant>. */
export const ruleMessages: Readonly<Record<string, Message>> = {
  'rule.missing-table': {
    ja: '事業一覧の見出し行（No.・事業名称・担当課・事業経費など）が見つかりません。',
    en: 'No header row of a project table (No., 事業名称, 担当課, 事業経費, …) was found.',
  },
  'rule.empty-table': {
    ja: '見出し行の下に事業の行がありません。',
    en: 'There are no project rows under the header row.',
  },
  'rule.empty-table.section': {
    ja: '「{title}」の下に事業の行がありません。',
    en: 'There are no project rows under "{title}".',
  },
  'rule.ignored-columns': {
    ja: '右側の表（{column}列〜）は点検していません。',
    en: 'The table on the right (from column {column}) is not checked.',
  },
  'rule.missing-label.name': {
    ja: '見出し行に事業名称の列がありません。',
    en: 'The header row has no project name (事業名称) column.',
  },
  'rule.missing-label.department': {
    ja: '見出し行に担当課の列がありません。',
    en: 'The header row has no department (担当課) column.',
  },
  'rule.missing-label.cost': {
    ja: '見出し行に事業経費の列がありません。',
    en: 'The header row has no cost (事業経費) column.',
  },
  'rule.missing-value.no': {
    ja: '「{name}」の No. が空欄です。',
    en: 'The No. of "{name}" is empty.',
  },
  'rule.missing-value.name': {
    ja: 'No. {no} の事業名称が空欄です。',
    en: 'The project name of No. {no} is empty.',
  },
  'rule.missing-value.identity': {
    ja: 'この行には「{value}」などが入力されていますが、No. と事業名称が空欄のため事業として数えていません。',
    en: 'This row holds "{value}" and more, but with neither No. nor name it is not counted as a project.',
  },
  'rule.missing-value.department': {
    ja: '「{name}」の担当課が空欄です。',
    en: 'The department of "{name}" is empty.',
  },
  'rule.missing-value.cost': {
    ja: '実施中の事業「{name}」の事業経費が空欄です。',
    en: 'The cost of "{name}", a project being carried out, is empty.',
  },
  'rule.missing-value.status': {
    ja: '実施中の事業「{name}」の実施状況が空欄です。',
    en: 'The status of "{name}", a project being carried out, is empty.',
  },
  'rule.type-error': {
    ja: 'No. 「{value}」が数値ではありません。',
    en: 'No. "{value}" is not a number.',
  },
  'rule.duplicate-value.no': {
    ja: 'No. {no} が重複しています（{first} と同じ）。',
    en: 'No. {no} is duplicated (same as {first}).',
  },
  'rule.duplicate-value.name': {
    ja: '事業名称「{name}」が重複しています（{first} と同じ）。',
    en: 'The project name "{name}" is duplicated (same as {first}).',
  },
  'rule.sequence-error': {
    ja: 'No. {no} が連番になっていません（{expected} のはずです）。',
    en: 'No. {no} is out of sequence ({expected} expected).',
  },
  'rule.department-near-miss': {
    ja: '{found} は {expected} の誤りではありませんか。',
    en: 'Did you mean {expected} rather than {found}?',
  },
  'rule.unreadable-amount': {
    ja: '事業経費「{value}」を金額として読み取れません。',
    en: 'The cost "{value}" cannot be read as an amount.',
  },
  'rule.unreadable-amount.too-large': {
    ja: '事業経費「{value}」が大きすぎて正確に扱えません。',
    en: 'The cost "{value}" is too large to handle exactly.',
  },
  'rule.unreadable-amount.negative': {
    ja: '事業経費「{value}」が負の金額です。',
    en: 'The cost "{value}" is a negative amount.',
  },
  'rule.total-too-large': {
    ja: '「{name}」の事業経費「{value}」を加えると合計が大きすぎて正確に計算できないため、合計から除いています。',
    en: 'Adding the cost "{value}" of "{name}" would make the totals too large to compute exactly, so it is left out of them.',
  },
  'rule.part-exceeds-whole': {
    ja: '事業経費の内訳 {part} 円が総額 {whole} 円を超えています。',
    en: 'A part of the cost ({part} yen) exceeds the whole ({whole} yen).',
  },
  'rule.part-exceeds-whole.sum': {
    ja: '事業経費の内訳の合計 {part} 円が総額 {whole} 円を超えています。',
    en: 'The parts of the cost add up to {part} yen, more than the whole ({whole} yen).',
  },
  'rule.formula-error': {
    ja: 'セルが数式エラー {value} になっています。',
    en: 'The cell holds the formula error {value}.',
  },
  'rule.notation-variant': {
    ja: '「{found}」は「{expected}」の誤記ではありませんか。',
    en: '"{found}" may be a slip for "{expected}".',
  },
  'rule.notation-variant.note': {
    ja: '「{found}」は「{expected}」の誤記ではありませんか（{note}）。',
    en: '"{found}" may be a slip for "{expected}" ({note}).',
  },
  'rule.subsidy-running-costs': {
    ja: '{program}の対象事業ですが、事業経費に運用費用が含まれています。交付対象額を要確認。',
    en: 'The project is flagged for {program}, but its cost includes running costs. Check the eligible amount.',
  },
  'rule.subsidy-running-costs.multi-year': {
    ja: '{program}の対象事業ですが、事業経費に{months}か月間の運用費用が含まれています。交付対象額を要確認。',
    en: 'The project is flagged for {program}, but its cost includes {months} months of running costs. Check the eligible amount.',
  },
  'rule.subsidy-rate-unknown': {
    ja: '{program}の対象ですが交付率が不明なため、見込交付額を計算できません。',
    en: 'Flagged for {program}, but the grant rate is unknown, so no grant is estimated.',
  },
  'rule.invalid-notation-dictionary': {
    ja: '表記ゆれ辞書を読み込めないため、既定の辞書を使いました（{reason}）。',
    en: 'The notation dictionary could not be read, so the default one was used ({reason}).',
  },
  'rule.invalid-option': {
    ja: '基準日「{value}」が日付（YYYY-MM-DD）ではないため、今日の日付を使いました。',
    en: 'The as-of date "{value}" is not a date (YYYY-MM-DD), so today was used.',
  },
  'rule.internal-error': {
    ja: '{step} の処理中に問題が発生したため、一部のチェックを行えませんでした（{reason}）。',
    en: 'Something went wrong in {step}, so some checks could not be made ({reason}).',
  },
};
