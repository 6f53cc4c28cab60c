// Excel round trips: the adapter (src/excel: createExcelHost + runValidate / runSummary) against the
// strict counting double of test/excel/fake-excel.ts (office-addin-mock underneath; every context.sync
// counted, every response sized as JSON, a response over 5 MB refused as Excel on the web refuses it).
// Prints one JSON line: { cases: [{ rows, flow, syncs, responses, readBytes, maxResponseBytes,
// maxRequestBytes (writes queued for one sync, as JSON), rejected, writeBytes, writes, floorSyncs, floorReadBytes, valuesBytes, ms }] }.
//
// The floor: reading the used range's values once and writing once. When the values alone exceed one
// request (5 MB), the floor is the fewest requests that can carry them: ceil(values bytes / 5 MB) reads
// + 1 write.
const path = require('path');
const { installTsRequire } = require('./ts-require');
const { sheetRows, SHEET } = require('./generate');

const ROOT = path.resolve(__dirname, '..');
const LIMIT = 5 * 1024 * 1024;
const ROWS = (process.env.BENCH_EXCEL_ROWS || '10,1000,10000,50000').split(',').map(Number);
const FLOWS = (process.env.BENCH_EXCEL_FLOWS || 'validate,summary').split(',');

const bytes = (v) => Buffer.byteLength(JSON.stringify(v === undefined ? null : v), 'utf8');

async function main() {
  installTsRequire();
  const fake = require(path.join(ROOT, 'test/excel/fake-excel.ts'));
  const { createExcelHost } = require(path.join(ROOT, 'src/excel/excel-host.ts'));
  const { runValidate, runSummary } = require(path.join(ROOT, 'src/excel/workflows.ts'));
  const { DEFAULT_SETTINGS } = require(path.join(ROOT, 'src/core/config.ts'));
  const opts = {
    lang: 'ja',
    settings: { ...DEFAULT_SETTINGS, asOf: '2024-11-08' },
    now: new Date('2024-11-08T03:00:00Z'),
  };
  // Request sizes: the JSON of the writes queued since the previous sync (the double sizes responses only).
  const requestBytes = new WeakMap();
  const originalSync = fake.FakeContext.prototype.sync;
  fake.FakeContext.prototype.sync = function sync() {
    const model = this.model;
    const seen = requestBytes.get(model) || { from: 0, sizes: [] };
    const sent = model.writes.slice(seen.from).reduce((a, w) => a + bytes(w.args), 0);
    seen.sizes.push(sent);
    seen.from = model.writes.length;
    requestBytes.set(model, seen);
    return originalSync.call(this);
  };
  const cases = [];
  for (const n of ROWS) {
    const rows = sheetRows(n);
    // What Range.values of the used range is as JSON ('' for an empty cell, as Excel answers).
    const valuesBytes = bytes(rows.map((r) => r.map((v) => (v === null ? '' : v))));
    for (const flow of FLOWS) {
      const model = new fake.WorkbookModel();
      const sheet = model.addSheet(SHEET);
      rows.forEach((r, i) =>
        r.forEach((v, c) => {
          if (v !== null) sheet.put(i, c, v);
        }),
      );
      const host = createExcelHost({
        run: fake.fakeRunner(model),
        isSetSupported: fake.supportsUpTo('1.20'),
      });
      const t0 = performance.now();
      if (flow === 'validate') await runValidate(host, opts);
      else await runSummary(host, opts);
      const ms = performance.now() - t0;
      const readBytes = model.responseBytes.reduce((a, b) => a + b, 0);
      const writeBytes = model.writes.reduce((a, w) => a + bytes(w.args), 0);
      const requests = (requestBytes.get(model) || { sizes: [0] }).sizes;
      cases.push({
        rows: n,
        flow,
        syncs: model.syncs,
        responses: model.responseBytes.length,
        readBytes,
        maxResponseBytes: Math.max(0, ...model.responseBytes, ...model.rejectedBytes),
        maxRequestBytes: Math.max(0, ...requests),
        rejected: model.rejectedBytes.length,
        writeBytes,
        writes: model.writes.length,
        floorSyncs: Math.max(1, Math.ceil(valuesBytes / LIMIT)) + 1,
        floorReadBytes: valuesBytes,
        valuesBytes,
        ms,
      });
    }
  }
  process.stdout.write(JSON.stringify({ cases }) + '\n');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
