/**
 * The host double itself, run in a Node VM context: it must be as strict as Excel where the add-in
 * depends on it (load/sync, protection, typed input), or the browser tests would prove nothing.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

/* eslint-disable @typescript-eslint/no-explicit-any */
type AnyObj = any;

function loadDouble(workbook: object): AnyObj {
  const sandbox: AnyObj = { setTimeout, console, Promise };
  sandbox.window = sandbox;
  sandbox.__DX_WORKBOOK__ = workbook;
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(path.join(__dirname, 'office-double.js'), 'utf8'), sandbox);
  return sandbox;
}

const WORKBOOK = {
  sheets: [
    {
      name: 'Data',
      cells: { A1: { v: 'No.' }, B1: { v: '事業費' }, A2: { v: 1 }, B2: { v: 1000, nf: '#,##0' } },
      merges: [],
    },
    { name: 'Locked', cells: { A1: { v: 'x' } }, merges: [], protected: true },
  ],
  active: 0,
};

describe('office-double', () => {
  it('throws PropertyNotLoaded before load + sync, and gives values after', async () => {
    const w = loadDouble(WORKBOOK);
    await w.Excel.run(async (context: AnyObj) => {
      const used = context.workbook.worksheets.getActiveWorksheet().getUsedRange(true);
      used.load('values,address');
      expect(() => used.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(used.address).toBe('Data!A1:B2');
      expect(used.values).toEqual([
        ['No.', '事業費'],
        [1, 1000],
      ]);
    });
  });

  it('rejects writes to a protected sheet with AccessDenied', async () => {
    const w = loadDouble(WORKBOOK);
    await expect(
      w.Excel.run(async (context: AnyObj) => {
        context.workbook.worksheets.getItem('Locked').getRange('A1').values = [['y']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(w.__dxDouble.snapshot().sheets[1].cells.A1.v).toBe('x');
  });

  it('types written text as Excel does: "=…" becomes a formula unless the cell is formatted as text', async () => {
    const w = loadDouble(WORKBOOK);
    await w.Excel.run(async (context: AnyObj) => {
      const ws = context.workbook.worksheets.add('Out');
      ws.getRange('A1:C1').values = [['=1+1', "'=1+1", '1,234']];
      const b = ws.getRange('A2');
      b.numberFormat = [['@']];
      b.values = [['=SUM(A1)']];
      await context.sync();
    });
    const out = w.__dxDouble.snapshot().sheets.find((s: AnyObj) => s.name === 'Out');
    expect(out.cells.A1.f).toBe('=1+1');
    expect(out.cells.B1).toEqual({ v: '=1+1' });
    expect(out.cells.C1.v).toBe(1234);
    expect(out.cells.A2).toEqual({ v: '=SUM(A1)', nf: '@' });
  });

  it('knows isNullObject after a sync without load; getItem of a missing sheet fails the sync', async () => {
    const w = loadDouble(WORKBOOK);
    await w.Excel.run(async (context: AnyObj) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      context.workbook.worksheets.getItem('Nope');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  it('counts only syncs that carry actions', async () => {
    const w = loadDouble(WORKBOOK);
    await w.Excel.run(async (context: AnyObj) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.load('name');
      await context.sync();
      await context.sync();
    });
    expect(w.__dxDouble.syncCount).toBe(1);
  });
});
