// Excel round trips: the adapter (src/excel: createExcelHost + runValidate / runSummary) against the
// strict counting double of test/excel/fake-excel.ts (office-addin-mock underneath; every context.sync
// counted, every request and response sized as JSON, either refused over 5 MB as Excel on the web
// refuses it). Prints one JSON line: { cases: [{ rows, flow, syncs, responses, readBytes,
// maxResponseBytes, maxRequestBytes, rejected, rejectedRequests, writeBytes, writes, floorSyncs,
// floorReadBytes, valuesBytes, ms }] }.
//
// The floor: one sync for the dimensions, the fewest 5 MB responses that can carry what the reader must
// read (the used range's values, number formats and value types: dates come from the formats, errors
// from the types), and the fewest 5 MB requests that can carry what the flow writes (as the double
// sizes requests): 1 + ceil(read bytes / 5 MB) + ceil(written bytes / 5 MB).
const path = require('path');
const { installTsRequire } = require('../scripts/ts-require');
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
  const cases = [];
  for (const n of ROWS) {
    const rows = sheetRows(n);
    // What Range.values of the used range is as JSON ('' for an empty cell, as Excel answers), and
    // what the reader loads with it: numberFormat ('General' here) and valueTypes.
    const valuesBytes = bytes(rows.map((r) => r.map((v) => (v === null ? '' : v))));
    const width = Math.max(...rows.map((r) => r.length));
    const full = (r) => [...r, ...Array(width - r.length).fill(null)];
    const formatsBytes = bytes(rows.map((r) => full(r).map(() => 'General')));
    const typesBytes = bytes(
      rows.map((r) =>
        full(r).map((v) => (v === null || v === '' ? 'Empty' : typeof v === 'number' ? 'Double' : 'String')),
      ),
    );
    const floorReadBytes =
      bytes(rows.map((r) => full(r).map((v) => (v === null ? '' : v)))) + formatsBytes + typesBytes;
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
      // As the double sizes requests: each write's arguments as JSON plus its envelope.
      const requests = [...model.requestBytes, ...model.rejectedRequestBytes];
      const writeBytes = model.requestBytes.reduce((a, b) => a + b, 0);
      cases.push({
        rows: n,
        flow,
        syncs: model.syncs,
        responses: model.responseBytes.length,
        readBytes,
        maxResponseBytes: Math.max(0, ...model.responseBytes, ...model.rejectedBytes),
        maxRequestBytes: Math.max(0, ...requests),
        rejected: model.rejectedBytes.length + model.rejectedRequestBytes.length,
        rejectedRequests: model.rejectedRequestBytes.length,
        writeBytes,
        writes: model.writes.length,
        floorSyncs:
          1 + Math.max(1, Math.ceil(floorReadBytes / LIMIT)) + Math.max(1, Math.ceil(writeBytes / LIMIT)),
        floorReadBytes,
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
