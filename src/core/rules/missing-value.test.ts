import { gridFromValues } from '../grid';
import { makeContext, makeCost, makeProject, makeTable, runRule } from '../../../test/helpers/builders';
import { missingValue } from './missing-value';

const keys = (ps: Parameters<typeof makeContext>[0]) =>
  runRule(missingValue, makeContext(ps)).map((d) => [d.cell, d.severity, d.messageKey]);

describe('missing-value', () => {
  it('is silent for a complete project', () => {
    expect(keys([makeProject(2)])).toEqual([]);
  });
  it('reports a missing name as an error and a missing No. or department as warnings', () => {
    const p = makeProject(2, { name: '', no: null, departments: [] });
    const texts = { ...p.texts, name: '', no: '', department: '' };
    expect(keys([{ ...p, texts }])).toEqual([
      ['A2', 'warning', 'rule.missing-value.no'],
      ['B2', 'error', 'rule.missing-value.name'],
      ['C2', 'warning', 'rule.missing-value.department'],
    ]);
  });
  it('asks for cost and status only of projects being carried out', () => {
    const p = makeProject(3, { cost: makeCost({ cell: 'D3' }) });
    const texts = { ...p.texts, cost: '', status: '' };
    expect(keys([{ ...p, texts }])).toEqual([
      ['D3', 'warning', 'rule.missing-value.cost'],
      ['F3', 'warning', 'rule.missing-value.status'],
    ]);
    expect(keys([{ ...p, texts, sectionKind: 'considering' }])).toEqual([]);
  });
  it('reports a table row with content but neither No. nor name, which is not counted', () => {
    const grid = gridFromValues('S', [
      ['No.', '事業名称', '担当課', '事業経費'],
      [1, '事業A', '情報政策課', '1,000円'],
      ['', '', '総務課', '2,000円'],
      ['', '合計', '', '3,000円'],
      [],
    ]);
    const ctx = makeContext([makeProject(2, { no: 1, name: '事業A' })], { grid, tables: [makeTable(0, 4)] });
    expect(runRule(missingValue, ctx)).toEqual([
      { cell: 'B3', row: 3, messageKey: 'rule.missing-value.identity', params: { value: '総務課' } },
    ]);
  });
});
