/**
 * Acceptance on the published sample sheet (令和6年11月8日): the grid is built by splitting the sample's
 * lines on tabs, and the schedule functions are called on each project's status/plan texts directly.
 */
import type { Milestone } from '../../src/core/model';
import { inferFiscalYear, inferSheetDate, readMilestones } from '../../src/core/schedule';
import { loadSample, type SampleProject } from './sampleSheet';

const sample = loadSample();
const fiscalYear = inferFiscalYear(sample.grid, sample.tables);
const sheetDate = inferSheetDate(sample.grid, sample.tables);

function project(no: number): SampleProject {
  const p = sample.projects.find((x) => x.no === no);
  if (!p) throw new Error(`no project ${no}`);
  return p;
}

function milestones(no: number, asOf: string, withSheetDate = true): Milestone[] {
  return readMilestones(project(no).input, { fiscalYear, asOf, sheetDate: withSheetDate ? sheetDate : null });
}

function find(ms: readonly Milestone[], words: string, start?: string): Milestone {
  const m = ms.find((x) => x.text.includes(words) && (start === undefined || x.start === start));
  if (!m) throw new Error(`no milestone with ${words} in ${JSON.stringify(ms, null, 1)}`);
  return m;
}

describe('sample sheet', () => {
  test('fiscal year and sheet date come from the title lines', () => {
    expect(sample.projects).toHaveLength(11);
    expect(fiscalYear).toBe(2024);
    expect(sheetDate).toBe('2024-11-08');
  });

  describe.each([true, false])('as of 2024-11-08 (sheet date passed: %s)', (withSheetDate) => {
    const asOf = '2024-11-08';
    test("project 4's 10月31日 授業研究会 is overdue", () => {
      const m = find(milestones(4, asOf, withSheetDate), '授業研究会', '2024-10-31');
      expect(m).toMatchObject({
        status: 'overdue',
        due: '2024-10-31',
        cell: project(4).cells.plan,
        reason: '予定',
      });
    });

    test("project 2's 10月1日付で随意契約締結予定 is overdue", () => {
      const m = find(milestones(2, asOf, withSheetDate), '随意契約締結予定');
      expect(m).toMatchObject({
        status: 'overdue',
        start: '2024-10-01',
        due: '2024-10-01',
        cell: project(2).cells.status,
      });
    });

    test('nothing completed in the 実施状況 column is overdue', () => {
      for (const p of sample.projects) {
        const inStatus = milestones(p.no, asOf, withSheetDate).filter((m) => m.cell === p.cells.status);
        for (const m of inStatus) {
          if (m.status === 'overdue') expect(m.text).toMatch(/予定/);
        }
        const done = inStatus.filter((m) => m.status === 'done');
        if (p.no <= 7) expect(done.length).toBeGreaterThan(0);
      }
      // The overdue ones in the status column are exactly the plan still written there.
      const overdueInStatus = sample.projects.flatMap((p) =>
        milestones(p.no, asOf, withSheetDate).filter(
          (m) => m.cell === p.cells.status && m.status === 'overdue',
        ),
      );
      expect(overdueInStatus.map((m) => m.start)).toEqual(['2024-10-01']);
    });

    test("project 1's plan yields three milestones, none overdue", () => {
      const plan = milestones(1, asOf, withSheetDate).filter((m) => m.cell === project(1).cells.plan);
      expect(plan.map((m) => [m.start, m.end, m.status])).toEqual([
        ['2025-01-01', '2025-01-31', 'planned'],
        ['2025-02-01', null, 'planned'],
        ['2025-04-01', null, 'planned'],
      ]);
    });
  });

  describe('as of 2025-02-15', () => {
    const asOf = '2025-02-15';
    test("project 2's 12月12日 端末設置, project 7's 12月中 研修会 and project 1's 7年1月中 本番環境 are overdue", () => {
      expect(find(milestones(2, asOf), '端末設置', '2024-12-12').status).toBe('overdue');
      expect(find(milestones(7, asOf), '研修会', '2024-12-01')).toMatchObject({
        status: 'overdue',
        end: '2024-12-31',
      });
      expect(find(milestones(1, asOf), '本番環境', '2025-01-01')).toMatchObject({
        status: 'overdue',
        due: '2025-01-31',
      });
    });

    test('令和7年4月から本稼働 is not overdue', () => {
      expect(find(milestones(7, asOf), '本稼働', '2025-04-01')).toMatchObject({
        status: 'planned',
        end: null,
      });
    });
  });

  test('the overview and remarks columns give no milestones', () => {
    for (const p of sample.projects) {
      for (const m of milestones(p.no, '2024-11-08'))
        expect([p.cells.status, p.cells.plan]).toContain(m.cell);
    }
  });

  test('without a fiscal year the one containing the as-of date is used', () => {
    const ms = readMilestones(project(7).input, { fiscalYear: null, asOf: '2024-11-08' });
    expect(find(ms, '研修会').start).toBe('2024-12-01');
  });
});
