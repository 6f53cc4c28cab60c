// This test reads before load and before sync on purpose: it proves the mock throws where Excel would.
import { FakeContext } from './fake-excel';
import { statusWorkbook } from './fixtures';

describe('the strict mock', () => {
  test('reading a property before load or before sync throws, as Excel does', async () => {
    const { model } = statusWorkbook(3);
    const ctx = new FakeContext(model) as unknown as Excel.RequestContext;
    const ws = ctx.workbook.worksheets.getActiveWorksheet();
    expect(() => ws.name).toThrow(/PropertyNotLoaded/);
    ws.load('name');
    expect(() => ws.name).toThrow(/context.sync\(\) was not called/);
    await ctx.sync();
    expect(ws.name).toBe('DX推進状況');
    const range = ws.getRange('A6:B7');
    range.load('values');
    await ctx.sync();
    expect(range.values).toEqual([
      ['No.', '事業名称'],
      [1, '事業1'],
    ]);
    expect(() => range.numberFormat).toThrow(/PropertyNotLoaded/);
  });
});
