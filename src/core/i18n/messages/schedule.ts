import type { Message } from '../index';

/** Messages of the schedule rules (src/core/schedule/rules). */
export const scheduleMessages: Readonly<Record<string, Message>> = {
  'rule.overdue-milestone': {
    ja: '{cell}: 「{text}」の期限（{due}）を{days}日過ぎていますが、まだ予定のままです。実施状況を更新してください。',
    en: '{cell}: "{text}" was due {due} ({days} days ago) and still reads as a plan. Please update its status.',
  },
  'rule.start-unconfirmed': {
    ja: '{cell}: 「{text}」は{start}から開始する予定でした。開始したか確認してください。',
    en: '{cell}: "{text}" was planned to start on {start}. Please confirm that it started.',
  },
  'rule.carried-over': {
    ja: '{cell}: {era}実施事業ですが、{era}の終了後（{date}）にも予定があります（次年度へ繰越し）。',
    en: '{cell}: a {fy} project with a milestone after the end of {fy} ({date}): carried over into the next fiscal year.',
  },
  'rule.undated-plan': {
    ja: '{cell}: 実施予定に日付や時期の記載がありません。',
    en: '{cell}: the plan gives no date or period.',
  },
  'rule.impossible-date': {
    ja: '{cell}: 存在しない日付「{text}」があります。',
    en: '{cell}: "{text}" is not a real date.',
  },
};
