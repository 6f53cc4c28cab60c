import { makeContext, makeCost, makeProject, runRule } from '../../../test/helpers/builders';
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
});
