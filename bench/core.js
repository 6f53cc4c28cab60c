// Core benchmark: check() (tables, projects, rules, totals, milestones) + buildSummary() on generated
// sheets of 100 … 100,000 projects, against a one-pass floor (every cell of the grid touched once).
// Prints one JSON line: { sizes: [{ projects, rows, cells, runs, ms, minMs, usPerProject, floorMs, ratio,
// checkMs, summaryMs, issues }], loadMs }.
const path = require('path');
const { installTsRequire } = require('../scripts/ts-require');
const { sheetRows, gridOf } = require('./generate');

const ROOT = path.resolve(__dirname, '..');
const AS_OF = '2024-11-08';
const SIZES = (process.env.BENCH_CORE_SIZES || '100,1000,10000,100000').split(',').map(Number);
const RUNS = { 100: 15, 1000: 7, 10000: 9, 100000: 3 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The floor: one pass over the grid touching every cell (string lengths summed, numbers counted). */
function onePass(grid) {
  let n = 0;
  for (const row of grid.rows)
    for (const cell of row) {
      const v = cell.value;
      if (typeof v === 'string') n += v.length;
      else if (v !== null) n += 1;
    }
  return n;
}

/** A full collection when the process has --expose-gc (bench/run.js starts sections with it). */
function collect() {
  if (typeof global.gc === 'function') global.gc();
}

function timeIt(fn) {
  const t0 = performance.now();
  const out = fn();
  return { ms: performance.now() - t0, out };
}

function main() {
  installTsRequire();
  const t0 = performance.now();
  const { check, buildSummary } = require(path.join(ROOT, 'src/core/index.ts'));
  const loadMs = performance.now() - t0;

  // Warm-up: let the JIT see every path before anything is timed.
  const warm = gridOf(sheetRows(1000, 7));
  for (let i = 0; i < 3; i++) buildSummary(check(warm, { asOf: AS_OF }), 'ja');

  const sizes = [];
  for (const n of SIZES) {
    const grid = gridOf(sheetRows(n));
    const cells = grid.rows.reduce((a, r) => a + r.length, 0);
    const runs = RUNS[n] || 3;
    const total = [];
    const checks = [];
    const summaries = [];
    let report = null;
    for (let i = 0; i < runs; i++) {
      // Each timed run starts on a collected heap (as harnesses such as mitata do): a run pays for
      // its own garbage, not for collecting the previous run's report. The last report is kept.
      report = null;
      collect();
      const c = timeIt(() => check(grid, { asOf: AS_OF }));
      const s = timeIt(() => buildSummary(c.out, 'ja'));
      report = c.out;
      checks.push(c.ms);
      summaries.push(s.ms);
      total.push(c.ms + s.ms);
    }
    const floors = [];
    let sink = 0;
    for (let i = 0; i < 21; i++) {
      if (i === 0) collect();
      const f = timeIt(() => onePass(grid));
      sink += f.out;
      floors.push(f.ms);
    }
    if (report.projects.length !== n)
      throw new Error(`expected ${n} projects, got ${report.projects.length}`);
    const ms = median(total);
    // The floor is the best of its runs: a pass that met a collection of check()'s garbage is no floor.
    const floorMs = Math.min(...floors);
    sizes.push({
      projects: n,
      rows: grid.rows.length,
      cells,
      runs,
      ms,
      minMs: Math.min(...total),
      checkMs: median(checks),
      summaryMs: median(summaries),
      usPerProject: (ms * 1000) / n,
      floorMs,
      ratio: ms / floorMs,
      issues: report.counts,
      totalCost: report.totals.cost,
      sink,
    });
  }
  process.stdout.write(JSON.stringify({ loadMs, sizes }) + '\n');
}

main();
