import type { Message } from '../index';

/** Messages of the core parsers (notation dictionary, tables, costs). */
export const coreMessages: Readonly<Record<string, Message>> = {
  'core.notation.yaml-invalid': {
    ja: '表記辞書（YAML）を読み取れません: {detail}',
    en: 'The notation dictionary is not valid YAML: {detail}',
  },
  'core.notation.version-unsupported': {
    ja: '表記辞書の version {version} には対応していません（version: 1 のみ）',
    en: 'Notation dictionary version {version} is not supported (only version: 1)',
  },
  'core.notation.no-rules': {
    ja: '表記辞書に rules の一覧がありません',
    en: 'The notation dictionary has no list of rules',
  },
  'core.notation.rule-invalid': {
    ja: '表記辞書の {index} 番目の規則が正しくありません: {detail}',
    en: 'Rule {index} of the notation dictionary is not valid: {detail}',
  },
  'core.notation.pattern-invalid': {
    ja: '表記辞書の {index} 番目の規則のパターン {pattern} が正規表現として正しくありません: {detail}',
    en: 'Rule {index} of the notation dictionary: the pattern {pattern} is not a valid regular expression: {detail}',
  },
  'core.notation.spec-failed': {
    ja: '表記辞書の規則「{expected}」の例が合いません: 「{from}」は「{actual}」になりましたが「{to}」のはずです',
    en: 'An example of the notation rule "{expected}" does not hold: "{from}" became "{actual}" instead of "{to}"',
  },
};
