#!/usr/bin/env node
// `npm test`: type check, lint, local manifest check, unit/integration tests (jest), then the browser
// tests when Chromium is there. Ends with one plain line "tests: N passed, N failed" for CI logs.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const results = path.join(root, 'test-results');
fs.mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

function run(label, cmd, args) {
  process.stdout.write(`\n▶ ${label}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) failures.push(label);
  return r.status === 0;
}

function countJest(file) {
  if (!fs.existsSync(file)) return false;
  const j = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed += j.numPassedTests;
  failed += j.numFailedTests;
  skipped += j.numPendingTests + (j.numTodoTests || 0);
  return true;
}

const pkg = require(path.join(root, 'package.json'));
run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
run('lint (eslint, prettier)', 'npm', ['run', '-s', 'lint']);
if (pkg.scripts['validate:local']) run('manifest (offline check)', 'npm', ['run', '-s', 'validate:local']);

const jestJson = path.join(results, 'jest.json');
fs.rmSync(jestJson, { force: true });
run('jest', 'npx', ['jest', '--ci', '--json', `--outputFile=${jestJson}`, ...process.argv.slice(2)]);
if (!countJest(jestJson)) failures.push('jest (no results)');

if (pkg.scripts['test:e2e']) {
  const e2eJson = path.join(results, 'e2e.json');
  fs.rmSync(e2eJson, { force: true });
  run('browser tests (npm run test:e2e)', 'npm', ['run', '-s', 'test:e2e', '--', `--json-out=${e2eJson}`]);
  if (fs.existsSync(e2eJson)) {
    const e = JSON.parse(fs.readFileSync(e2eJson, 'utf8'));
    passed += e.passed;
    failed += e.failed;
    skipped += e.skipped;
  }
}

if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`);
if (failures.length && failed === 0) failed = failures.length;
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failures.length ? 1 : 0);
