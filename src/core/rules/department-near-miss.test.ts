import { makeContext, makeProject, runRule } from '../../../test/helpers/builders';
import { departmentNearMiss } from './department-near-miss';

const dept = (row: number, name: string) => makeProject(row, { departments: [name] });

describe('department-near-miss', () => {
  it('without a configured list, suggests the commoner spelling on the sheet', () => {
    const ps = [dept(2, '情報政策課'), dept(3, '情報政策課'), dept(4, '情報政策化'), dept(5, '総務課')];
    expect(runRule(departmentNearMiss, makeContext(ps, { options: { knownDepartments: [] } }))).toEqual([
      {
        cell: 'C4',
        row: 4,
        messageKey: 'rule.department-near-miss',
        params: { found: '情報政策化', expected: '情報政策課' },
      },
    ]);
  });
  it('with a configured list, compares names not on it', () => {
    const ps = [dept(2, '情報政策化'), dept(3, '総務課')];
    const drafts = runRule(
      departmentNearMiss,
      makeContext(ps, {
        options: { knownDepartments: ['情報政策課', '総務課'], knownDepartmentsConfigured: true },
      }),
    );
    expect(drafts.map((d) => d.params)).toEqual([{ found: '情報政策化', expected: '情報政策課' }]);
  });
  it('is silent when every name is spelt alike or is simply different', () => {
    const ps = [dept(2, '情報政策課'), dept(3, '情報政策課'), dept(4, '総務課'), dept(5, '学校教育課')];
    expect(runRule(departmentNearMiss, makeContext(ps))).toEqual([]);
  });
});
