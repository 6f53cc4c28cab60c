#!/usr/bin/env node
// `npm run bench`: performance figures beside their floors or peers, measured in one run.
//
//   npm run bench                       all sections; prints a table, writes bench/results.json
//   npm run bench -- --check            … and exits 1 when a budget is broken (printing which)
//   npm run bench -- --write-docs       … and regenerates the figures table in docs/performance.md
//   npm run bench -- --only=core,cli    some sections (core, excel, cli, bundle, start)
//
// Each section runs in its own Node process (a clean heap, no JIT state shared), one after the other.
// Not part of `npm test`: timings belong here, never in the test suite.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { measurePage } = require('./bundle-size');
const { checkBudgets } = require('./budgets');
const { renderTable, writeDocs } = require('./report');

const ROOT = path.resolve(__dirname, '..');
const RESULTS = path.join(__dirname, 'results.json');
const BASELINES = path.join(__dirname, 'baselines.json');
const SECTIONS = ['core', 'excel', 'cli', 'bundle', 'start'];

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const onlyArg = argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? onlyArg.slice('--only='.length).split(',') : SECTIONS;
for (const s of only)
  if (!SECTIONS.includes(s)) throw new Error(`unknown section ${s} (${SECTIONS.join(', ')})`);

function log(msg) {
  process.stderr.write(`[bench] ${msg}\n`);
}

/** Newest mtime of the files under `p`. */
function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(p).reduce((m, n) => Math.max(m, newest(path.join(p, n))), st.mtimeMs);
}

function npm(script) {
  log(`npm run ${script}`);
  const r = spawnSync('npm', ['run', '-s', script], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`npm run ${script} failed (${r.status})`);
}

/** Sections whose budgets are timings (re-measured once under --check when broken), and their key figure. */
const TIMED = ['core', 'cli', 'start'];
/** Runs of a timed section under --check before a broken budget fails. */
const ATTEMPTS = 3;
const core10k = (r) => (r && r.sizes ? (r.sizes.find((x) => x.projects === 10000) || {}).checkMs : undefined);
const FIGURE = {
  core: (r) => core10k(r),
  cli: (r) => (r ? r.ratio : undefined),
  start: (r) => (r ? r.ms : undefined),
};
/** Lower is better for every key figure; a missing one never wins. */
const BETTER = Object.fromEntries(
  TIMED.map((s) => [s, (a, b) => FIGURE[s](a) !== undefined && !(FIGURE[s](a) >= FIGURE[s](b))]),
);
const SECTION_OF = (name) => name.split(':')[0].replace('task pane', 'start');
function brokenIn(results, section) {
  return checkBudgets(results).some((b) => b.ok === false && SECTION_OF(b.name) === section);
}

let builtThisRun = false;

/** Builds what a section measures when it is missing or older than its sources (once a run). */
function ensureBuilt(section) {
  if (section === 'cli') {
    const built = newest(path.join(ROOT, 'lib'));
    if (!built || Math.max(newest(path.join(ROOT, 'src/core')), newest(path.join(ROOT, 'src/cli'))) > built)
      npm('build:cli');
  }
  if (section === 'bundle' || section === 'start') {
    const page = path.join(ROOT, 'dist', 'taskpane.html');
    const built = fs.existsSync(page) ? fs.statSync(page).mtimeMs : 0;
    const sources = Math.max(
      ...['src', 'webpack.config.js', 'assets', 'manifest.xml'].map((p) => newest(path.join(ROOT, p))),
    );
    if (!builtThisRun && (!built || sources > built)) {
      npm('build');
      builtThisRun = true;
    }
  }
}

/** Runs bench/<section>.js in its own process; its last stdout line is the JSON result. */
function runSection(section) {
  const t0 = Date.now();
  log(`${section}…`);
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=4096', '--expose-gc', path.join(__dirname, `${section}.js`)],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  if (r.status !== 0) throw new Error(`bench/${section}.js failed (${r.status})`);
  const lines = r.stdout.trim().split('\n');
  const out = JSON.parse(lines[lines.length - 1]);
  log(`${section} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return out;
}

function main() {
  const started = Date.now();
  const baselines = JSON.parse(fs.readFileSync(BASELINES, 'utf8'));
  const results = {
    date: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: os.cpus().length,
      cpu: os.cpus()[0] ? os.cpus()[0].model : 'unknown',
      memGb: Math.round(os.totalmem() / 2 ** 30),
      loadAvg: os.loadavg().map((x) => Math.round(x * 100) / 100),
    },
    baselines,
  };
  for (const section of only) {
    ensureBuilt(section);
    if (section === 'bundle') {
      const m = measurePage(path.join(ROOT, 'dist'));
      results.bundle = { js: m.js, css: m.css, later: m.other, template: baselines.template };
    } else {
      results[section] = runSection(section);
    }
  }
  // A timing is a sample of a shared machine: with --check, a section whose timed budget is broken is
  // measured again, up to ATTEMPTS runs in all, and the best run stands (every run is recorded). A
  // budget broken in every run fails; counts and sizes are never re-measured.
  if (flag('check')) {
    results.remeasured = [];
    for (const section of TIMED.filter((s) => only.includes(s))) {
      const figures = [FIGURE[section](results[section])];
      for (let attempt = 2; attempt <= ATTEMPTS && brokenIn(results, section); attempt++) {
        log(`${section}: budget broken; measuring again (${attempt} of ${ATTEMPTS})`);
        const again = runSection(section);
        figures.push(FIGURE[section](again));
        if (BETTER[section](again, results[section])) results[section] = again;
      }
      if (figures.length > 1) results.remeasured.push({ section, figures });
    }
  }
  results.seconds = Math.round((Date.now() - started) / 100) / 10;
  const budgets = checkBudgets(results);
  results.budgets = budgets;
  fs.writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');
  process.stdout.write(renderTable(results) + '\n');
  log(`results in ${path.relative(ROOT, RESULTS)} (${results.seconds} s)`);
  if (flag('write-docs')) {
    writeDocs(results);
    log('docs/performance.md figures regenerated');
  }
  if (flag('check')) {
    const broken = budgets.filter((b) => b.ok === false);
    // CI promises a browser (DX_REQUIRE_BROWSER=1): a start that could not be measured is then a failure.
    if (process.env.DX_REQUIRE_BROWSER === '1' && only.includes('start'))
      for (const b of budgets.filter((x) => x.ok === null && SECTION_OF(x.name) === 'start')) broken.push(b);
    if (broken.length) {
      process.stdout.write(`\nBudgets broken (${broken.length}):\n`);
      for (const b of broken) process.stdout.write(`  ✗ ${b.name}: ${b.detail}\n`);
      process.exitCode = 1;
    } else process.stdout.write('\nAll budgets met.\n');
  }
}

try {
  main();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(2);
}
