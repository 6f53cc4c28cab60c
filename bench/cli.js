// CLI end to end: `node bin/dx-status.js check FILE --json` on a generated 10,000-project .xlsx, against
// the floor for any Node tool: a fresh `node` process that loads exceljs and reads the same file.
// Both are whole processes (start-up, module loading, unzip and XML parsing included), run alternately,
// median of RUNS each, with stdout to a file (the CLI writes its whole JSON report there). Prints one JSON line.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { sheetRows, writeXlsx } = require('./generate');

const ROOT = path.resolve(__dirname, '..');
const PROJECTS = Number(process.env.BENCH_CLI_PROJECTS || 10000);
const RUNS = Number(process.env.BENCH_CLI_RUNS || 3);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs one process; its exit status must be one of `ok`. Returns its stdout. */
function run(args, ok) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, maxBuffer: 1 << 30, encoding: 'utf8' });
  if (!ok.includes(r.status))
    throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return r.stdout;
}

/**
 * Wall time of one process whose stdout goes to `outFile`, as in `dx-status check FILE --json >
 * report.json`: the process writes its whole output, and the time is not the harness's (reading a
 * 17 MB pipe into a string in this process).
 */
function timed(args, ok, outFile) {
  const fd = fs.openSync(outFile, 'w');
  try {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, {
      cwd: ROOT,
      stdio: ['ignore', fd, 'pipe'],
      encoding: 'utf8',
    });
    const ms = performance.now() - t0;
    if (!ok.includes(r.status))
      throw new Error(`${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
    return { ms };
  } finally {
    fs.closeSync(fd);
  }
}

const FLOOR = `const E=require('exceljs');new E.Workbook().xlsx.readFile(process.argv[1]).then(w=>{let n=0;w.worksheets[0].eachRow(()=>n++);process.stdout.write(String(n));})`;

async function main() {
  const cli = path.join(ROOT, 'bin', 'dx-status.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-bench-cli-'));
  const file = path.join(dir, `status-${PROJECTS}.xlsx`);
  try {
    await writeXlsx(sheetRows(PROJECTS), file);
    const args = [cli, 'check', file, '--json', '--as-of', '2024-11-08'];
    // Warm the file cache and check the output once.
    const report = JSON.parse(run(args, [0, 1]));
    if (report.projects.length !== PROJECTS)
      throw new Error(`CLI found ${report.projects.length} projects, expected ${PROJECTS}`);
    if (run(['-e', FLOOR, file], [0]) === '') throw new Error('the exceljs floor read no rows');
    const out = path.join(dir, 'stdout');
    const cliMs = [];
    const floorMs = [];
    for (let i = 0; i < RUNS; i++) {
      floorMs.push(timed(['-e', FLOOR, file], [0], out).ms);
      cliMs.push(timed(args, [0, 1], out).ms);
    }
    // The last timed run wrote the whole report (the same bytes as the checked one).
    if (fs.statSync(out).size < 1000) throw new Error('the timed CLI run wrote no report');
    const result = {
      projects: PROJECTS,
      fileBytes: fs.statSync(file).size,
      runs: RUNS,
      ms: median(cliMs),
      floorMs: median(floorMs),
      allMs: cliMs,
      allFloorMs: floorMs,
    };
    result.ratio = result.ms / result.floorMs;
    process.stdout.write(JSON.stringify(result) + '\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
