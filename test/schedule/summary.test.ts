/** Overdue totals, next milestones and the overdue list. */
import { nextMilestone, overdueList, summarizeSchedule } from '../../src/core/schedule';
import { sampleContext } from './projects';

describe('schedule summary', () => {
  test('overdue counts per project and per lead department (as of 2024-11-08)', () => {
    const { projects } = sampleContext('2024-11-08');
    expect(summarizeSchedule(projects)).toEqual({
      overdue: 2,
      overdueByProject: { '2': 1, '4': 1 },
      overdueByDepartment: { 情報政策課: 1, 学校教育課: 1 },
    });
  });

  test('as of 2025-02-15 more has slipped', () => {
    const { projects } = sampleContext('2025-02-15');
    const s = summarizeSchedule(projects);
    expect(s.overdueByProject['7']).toBe(2); // 12月中 研修会, 令和7年1月から仮稼働
    expect(s.overdueByDepartment['総務課']).toBe(2);
    expect(s.overdue).toBe(Object.values(s.overdueByProject).reduce((a, b) => a + b, 0));
  });

  test('next milestone: earliest not done and not yet due', () => {
    const { projects } = sampleContext('2024-11-08');
    const p7 = projects.find((p) => p.no === 7);
    expect(nextMilestone(p7!, '2024-11-08')).toMatchObject({ start: '2024-12-01', due: '2024-12-31' });
    expect(nextMilestone(p7!, '2025-02-15')).toMatchObject({ start: '2025-04-01' });
    expect(nextMilestone({ milestones: [] }, '2024-11-08')).toBeNull();
  });

  test('overdue list is sorted by how late, with days late', () => {
    const { projects } = sampleContext('2024-11-08');
    const list = overdueList(projects, '2024-11-08');
    expect(list.map((e) => [e.project.no, e.milestone.cell, e.daysLate])).toEqual([
      [2, 'F12', 38],
      [4, 'G14', 8],
    ]);
  });
});
