/** The schedule rules on the sample sheet and on small made-up projects. */
import { hasMessage, t } from '../../src/core/i18n';
import type { RuleContext } from '../../src/core/rules/rule';
import { scheduleRules } from '../../src/core/schedule';
import { oneProjectContext, sampleContext } from './projects';

function run(id: string, ctx: RuleContext) {
  const rule = scheduleRules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return [...rule.check(ctx)];
}

describe('schedule rules', () => {
  test('ids are kebab-case, one file each, with ja and en messages', () => {
    expect(scheduleRules.map((r) => r.id).sort()).toEqual(
      ['carried-over', 'impossible-date', 'overdue-milestone', 'start-unconfirmed', 'undated-plan'].sort(),
    );
    for (const r of scheduleRules) {
      expect(hasMessage(`rule.${r.id}`)).toBe(true);
      expect(t('ja', `rule.${r.id}`)).not.toEqual(t('en', `rule.${r.id}`));
    }
  });

  test('overdue-milestone on the sample as of 2024-11-08: project 2 (F12) and project 4 (G14)', () => {
    const issues = run('overdue-milestone', sampleContext('2024-11-08'));
    expect(issues.map((i) => [i.cell, i.params?.due])).toEqual([
      ['F12', '2024-10-01'],
      ['G14', '2024-10-31'],
    ]);
    const message = t('ja', issues[0].messageKey, issues[0].params);
    expect(message).toContain('F12');
    expect(message).toContain('2024-10-01');
    expect(t('en', issues[1].messageKey, issues[1].params)).toContain('2024-10-31');
  });

  test('overdue-milestone on the sample as of 2025-02-15 includes 12月12日, 12月中 and 7年1月中', () => {
    const issues = run('overdue-milestone', sampleContext('2025-02-15'));
    const dues = issues.map((i) => `${i.cell} ${i.params?.due}`);
    expect(dues).toEqual(
      expect.arrayContaining(['F12 2024-12-12', 'G12 2024-12-12', 'G17 2024-12-31', 'G11 2025-01-31']),
    );
    expect(dues.some((d) => d.includes('2025-04'))).toBe(false);
  });

  test('start-unconfirmed: a start-anchored plan whose start has passed', () => {
    const issues = run('start-unconfirmed', sampleContext('2025-02-15'));
    expect(issues.map((i) => `${i.cell} ${i.params?.start}`)).toEqual(
      expect.arrayContaining(['G11 2025-02-01', 'G12 2025-01-01', 'G17 2025-01-01']),
    );
    expect(issues.some((i) => i.params?.start === '2025-04-01')).toBe(false);
    expect(run('start-unconfirmed', sampleContext('2024-11-08'))).toEqual([]);
  });

  test('carried-over: implementing projects with milestones after 令和6年度', () => {
    const issues = run('carried-over', sampleContext('2024-11-08'));
    // Projects 1 (7年4月以降), 3 (R7年度), 4 (令和7年度), 7 (令和7年4月から); not the 令和7年度以降 section.
    expect(issues.map((i) => i.cell)).toEqual(['G11', 'G13', 'G14', 'G17']);
    expect(t('ja', issues[0].messageKey, issues[0].params)).toContain('令和6年度');
  });

  test('undated-plan: only a plan text with no date at all', () => {
    expect(run('undated-plan', sampleContext('2024-11-08'))).toEqual([]);
    const issues = run('undated-plan', oneProjectContext({ plan: '関係課と協議を進め、導入を検討する。' }));
    expect(issues).toHaveLength(1);
    expect(issues[0].cell).toBe('G5');
    expect(run('undated-plan', oneProjectContext({ plan: '来年度に導入を検討する。' }))).toEqual([]);
  });

  test('impossible-date: 2月30日 and 13月 are errors; the sample has none', () => {
    expect(run('impossible-date', sampleContext('2024-11-08'))).toEqual([]);
    const ctx = oneProjectContext({
      status: '2月30日に説明会を実施。',
      plan: '13月に契約予定。',
      remarks: '4月1日開始',
    });
    const issues = run('impossible-date', ctx);
    expect(issues.map((i) => [i.cell, i.params?.text])).toEqual([
      ['F5', '2月30日'],
      ['G5', '13月'],
    ]);
    expect(ctx.projects[0].milestones).toEqual([]);
    expect(scheduleRules.find((r) => r.id === 'impossible-date')?.severity).toBe('error');
  });
});

describe('schedule rules reuse what reading the milestones found', () => {
  const texts = {
    status: '2月30日に説明会を実施。9月30日現在、協議中。',
    plan: '13月に契約予定。令和7年2月29日に開始予定。7年4月から運用予定。',
    remarks: 'R7.2.30 開始',
  };

  test('the same issues from the list readMilestones returned and from a copy of it', () => {
    for (const ctx of [
      oneProjectContext(texts),
      sampleContext('2025-02-15'),
      sampleContext('2024-11-08', false),
    ]) {
      const copied: RuleContext = {
        ...ctx,
        projects: ctx.projects.map((p) => ({ ...p, milestones: [...p.milestones] })),
      };
      for (const rule of scheduleRules) expect(run(rule.id, ctx)).toEqual(run(rule.id, copied));
    }
  });

  test('texts changed after reading are read again', () => {
    const ctx = oneProjectContext(texts);
    const changed: RuleContext = {
      ...ctx,
      projects: [{ ...ctx.projects[0], texts: { status: '4月31日に実施。', plan: '関係課と協議する。' } }],
    };
    expect(run('impossible-date', changed).map((i) => i.params?.text)).toEqual(['4月31日']);
    expect(run('undated-plan', changed)).toHaveLength(1);
    expect(run('impossible-date', ctx).map((i) => i.params?.text)).toEqual([
      '2月30日',
      '13月',
      '令和7年2月29日',
      'R7.2.30',
    ]);
    expect(run('undated-plan', ctx)).toEqual([]);
  });

  test('another fiscal year in the options reads the texts again', () => {
    // 2月29日 is a real date in 2024 (令和6年度 → 2025-02: impossible; 令和5年度 → 2024-02-29: real).
    const ctx = oneProjectContext({ plan: '2月29日に開始予定。' }, '2024-11-08', 2024);
    expect(run('impossible-date', ctx).map((i) => i.params?.text)).toEqual(['2月29日']);
    expect(run('undated-plan', ctx)).toHaveLength(1);
    const other: RuleContext = { ...ctx, options: { ...ctx.options, fiscalYear: 2023 } };
    expect(run('impossible-date', other)).toEqual([]);
    expect(run('undated-plan', other)).toEqual([]);
  });
});
