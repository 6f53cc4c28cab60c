#!/usr/bin/env node
// `npm run test:e2e`: the production task pane (dist/) in Debian's Chromium, driven by playwright-core,
// against the sample workbook in the in-browser Excel host double (test/browser/host-double/).
//
//   node test/browser/run-e2e.js [--json-out=FILE] [--only=SUBSTRING] [--no-build] [--update-screenshots]
//
// Prints one closing line "e2e: N passed, N failed"; with --json-out writes {passed, failed, skipped}.
// Without /usr/bin/chromium the tests are skipped (exit 0) unless DX_REQUIRE_BROWSER=1.
// Screenshots go to test-results/ (taskpane-{ja,en}-{light,dark}.png); with --update-screenshots the
// Japanese light one and the preview are copied to docs/images/ for the README.
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { startServer, doubleScript, distIsStale, OFFICE_JS_CDN } = require('./serve');
const { readWorkbookJson, sampleWorkbookFile, ROOT } = require('./workbook-json');
const { installTsRequire } = require('../../scripts/ts-require');

const CHROMIUM = process.env.DX_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--lang=ja-JP',
];
const RESULTS = path.join(ROOT, 'test-results');
const README_SHOT = path.join(ROOT, 'docs', 'images', 'taskpane-ja.png');
const PREVIEW_SHOT = path.join(ROOT, 'docs', 'images', 'preview.png');
const AS_OF = '2024-11-08';
const VIEWPORT = { width: 400, height: 900 };
const ACTION_TIMEOUT = 15000;

const argv = process.argv.slice(2);
const arg = (name) => {
  const hit = argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : null;
};
const jsonOut = arg('json-out');
const only = arg('only');

/** Expected figures on the sample (the team brief). */
const EXPECTED = {
  projects: 11,
  cost: 159642281,
  eligible: 115348581,
  departments: {
    情報政策課: 25812798,
    広報課: 1804000,
    危機管理課: 242000,
    学校教育課: 19791783,
    土木交通課: 69392000,
    総務課: 42599700,
  },
};

// ---------------------------------------------------------------- a tiny harness
const tests = [];
const test = (name, fn) => tests.push({ name, fn });
function assert(cond, message) {
  if (!cond) throw new Error(message);
}
function assertEqual(actual, expected, what) {
  if (actual !== expected)
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

function writeJson(passed, failed, skipped) {
  if (!jsonOut) return;
  fs.mkdirSync(path.dirname(path.resolve(jsonOut)), { recursive: true });
  fs.writeFileSync(jsonOut, JSON.stringify({ passed, failed, skipped }) + '\n');
}

function finish(passed, failed, skipped) {
  writeJson(passed, failed, skipped);
  console.log(`e2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(failed ? 1 : 0);
}

/** A CSP string → Map(directive → [sources]). */
function cspDirectives(policy) {
  const map = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

/** The CSP meta tag's content in an HTML file (null when there is none). */
function cspOfHtml(file) {
  const html = fs.readFileSync(file, 'utf8');
  const tag = (html.match(/<meta\b[^>]*http-equiv="Content-Security-Policy"[^>]*>/i) || [])[0];
  return tag ? (tag.match(/\bcontent="([^"]*)"/) || [])[1] : null;
}

/** A request that stays on this machine: 127.0.0.1, or the Office.js CDN URL the test answers itself. */
function isLocalRequest(url) {
  if (url.split('?')[0] === OFFICE_JS_CDN) return true;
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/** Project names in the sample → hostile texts for the same cells (the first two have overdue plans). */
const HOSTILE = [
  ['庁舎内コンビニ交付端末導入事業', '<img src=x onerror="window.__pwned=1">'],
  ['授業支援システム導入事業', '<script>window.__pwned=2</script>'],
  ['デジタル人材の確保・育成事業', '<script>window.__pwned=2</script>'], // a duplicate name: an issue
  ['栗東市公式LINE導入・運用事業', '=HYPERLINK("http://example.com","x")'],
  ['コミュニティバスのキャッシュレス決済システム及び検索・乗降システム導入事業', '+1+1'],
  ['DX推進計画策定事業', '-2'],
  ['文書管理・電子決裁システム導入事業', '@SUM(A1)'],
  ['生成AI導入事業', '\t=1+1'],
  ['統合型・公開型GIS導入事業', '統合型GIS\t=1+1'],
];

/**
 * The sample workbook with the project names of HOSTILE replaced on sheetName, written with exceljs into a temp dir
 * and read back as the double's JSON. Returns {workbook, dir, cells: {A1: text}}.
 */
async function hostileWorkbook(sampleFile, sheetName) {
  const ExcelJS = require('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sampleFile);
  const ws = wb.worksheets.find((w) => w.name === sheetName) || wb.worksheets[0];
  const cells = {};
  const names = new Map(HOSTILE);
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === 'string' && names.has(cell.value.trim())) {
        cells[cell.address] = names.get(cell.value.trim());
        cell.value = names.get(cell.value.trim());
      }
    }),
  );
  assertEqual(Object.keys(cells).length, HOSTILE.length, 'project names replaced by hostile texts');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-e2e-hostile-'));
  const file = path.join(dir, 'hostile.xlsx');
  await wb.xlsx.writeFile(file);
  const json = await readWorkbookJson(file);
  for (const [address, text] of Object.entries(cells))
    assertEqual(json.sheets[json.active].cells[address].v, text, `hostile text read back at ${address}`);
  return { workbook: json, dir, cells };
}

// ---------------------------------------------------------------- the browser session
const outside = [];
const consoleErrors = [];
/** Every request any page made ({page, url}), whatever the route did with it. */
const requests = [];

/** Opens the task pane in a new page with the double configured as given. */
async function openTaskpane(context, server, workbook, config, label) {
  const page = await context.newPage();
  await page.setViewportSize(VIEWPORT);
  const office = doubleScript(workbook, config);
  page.on('request', (req) => requests.push({ page: label, url: req.url() }));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.split('?')[0] === OFFICE_JS_CDN)
      return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: office });
    if (url.startsWith(server.url + '/') || url === server.url) return route.continue();
    if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push({ page: label, url });
    return route.abort('blockedbyclient');
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push({ page: label, text: msg.text() });
  });
  page.on('pageerror', (e) => consoleErrors.push({ page: label, text: `pageerror: ${e.message}` }));
  await page.goto(`${server.url}/taskpane.html`);
  return page;
}

/** A screenshot of what the task pane shows (name.png) and of the whole page (name-full.png). */
async function shoot(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(RESULTS, `${name}.png`) });
  await page.screenshot({ path: path.join(RESULTS, `${name}-full.png`), fullPage: true });
}

/** The double's state as JSON (sheets, cells, log, selection). */
const snapshot = (page) => page.evaluate(() => window.__dxDouble.snapshot());
const syncCount = (page) => page.evaluate(() => window.__dxDouble.syncCount);

async function setAsOf(page, t, lang, iso) {
  const sw = page.getByRole('switch', {
    name: t(lang, 'ui.asOf.today', { date: '' }).replace(/[（(].*$/, ''),
  });
  if (await sw.isChecked()) await sw.click();
  const input = page.locator('input[type="date"]');
  await input.fill(iso);
  assertEqual(await input.inputValue(), iso, 'as-of input');
}

async function clickAndWait(page, name, messageText) {
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByText(messageText, { exact: false }).first().waitFor({ timeout: ACTION_TIMEOUT });
}

function cellsOf(snap, sheetName) {
  const sheet = snap.sheets.find((s) => s.name === sheetName);
  assert(sheet, `sheet "${sheetName}" in the double (sheets: ${snap.sheets.map((s) => s.name).join(', ')})`);
  return sheet;
}

async function main() {
  let t;
  let workbook;
  let sourceSheet;
  let server;
  let context;
  let ja; // the Japanese light page, shared by the steps that follow one another
  let initial;
  let validated;
  let sampleFile;

  test('opens the production task pane in Japanese (light theme) on the sample workbook', async () => {
    ja = await openTaskpane(
      context,
      server,
      workbook,
      { displayLanguage: 'ja-JP', theme: 'light' },
      'ja-light',
    );
    await ja.getByRole('button', { name: t('ja', 'ui.action.validate'), exact: true }).waitFor();
    assertEqual(await ja.locator('#loading').count(), 0, 'loading placeholder removed');
    assertEqual(await ja.evaluate(() => document.documentElement.lang), 'ja', 'document language');
    initial = await snapshot(ja);
    assertEqual(initial.activeSheet, sourceSheet, 'active sheet');
  });

  test("the live task pane has taskpane.html's CSP: no 'unsafe-eval', scripts only from 'self' and appsforoffice.microsoft.com (enforced)", async () => {
    const metas = await ja.evaluate(() =>
      Array.from(document.querySelectorAll('meta'))
        .filter((m) => (m.getAttribute('http-equiv') || '').toLowerCase() === 'content-security-policy')
        .map((m) => m.getAttribute('content')),
    );
    assertEqual(metas.length, 1, 'one CSP meta tag in the live page');
    const live = metas[0];
    const source = cspOfHtml(path.join(ROOT, 'src', 'taskpane', 'taskpane.html'));
    assert(source, 'src/taskpane/taskpane.html has a CSP meta tag');
    assertEqual(
      live.replace(/\s+/g, ' ').trim(),
      source.replace(/\s+/g, ' ').trim(),
      'live CSP = the source CSP',
    );
    assert(!/unsafe-eval/i.test(live), `no 'unsafe-eval' in the CSP: ${live}`);
    const directives = cspDirectives(live);
    const scriptSrc = directives.get('script-src');
    assert(scriptSrc && scriptSrc.length > 0, `a script-src directive: ${live}`);
    const allowed = ["'self'", 'https://appsforoffice.microsoft.com'];
    const extra = scriptSrc.filter((src) => !allowed.includes(src));
    assert(extra.length === 0, `script-src only ${allowed.join(' ')}, also: ${extra.join(' ')}`);
    assert(scriptSrc.includes("'self'"), "script-src has 'self'");
    assert(
      !directives.has('script-src-elem') && !directives.has('script-src-attr'),
      'no script-src-elem/-attr widening script-src',
    );
    // The policy is in force: a string evaluated by the page (setTimeout with a string, as an injected
    // handler would be) and an inserted inline script are both refused and reported as violations.
    const errorsBefore = consoleErrors.length;
    const probe = await ja.evaluate(async () => {
      const violations = [];
      const onViolation = (e) => violations.push(e.violatedDirective);
      document.addEventListener('securitypolicyviolation', onViolation);
      window.setTimeout('window.__cspEval = 1', 0);
      const s = document.createElement('script');
      s.textContent = 'window.__cspInline = 1;';
      document.head.appendChild(s);
      s.remove();
      for (let i = 0; i < 50 && violations.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
      document.removeEventListener('securitypolicyviolation', onViolation);
      return {
        eval: window.__cspEval === undefined ? 'blocked' : 'ran',
        inline: window.__cspInline === undefined ? 'blocked' : 'ran',
        violations,
      };
    });
    assertEqual(probe.eval, 'blocked', 'setTimeout(string) refused by the CSP');
    assertEqual(probe.inline, 'blocked', 'inline script refused by the CSP');
    assertEqual(probe.violations.length, 2, `two CSP violations reported (${probe.violations.join(', ')})`);
    // The browser also logs the two refusals on the console: expected here, not errors of the add-in.
    await ja.waitForTimeout(100);
    for (let i = 0; i < 20 && consoleErrors.length - errorsBefore < 2; i++) await ja.waitForTimeout(50);
    const probeErrors = consoleErrors.splice(errorsBefore);
    assert(
      probeErrors.every((e) => e.page === 'ja-light' && /Content Security Policy/i.test(e.text)),
      `only CSP violation messages from the probe: ${JSON.stringify(probeErrors.slice(0, 3))}`,
    );
    const pageRequests = requests.filter((r) => r.page === 'ja-light');
    assert(
      pageRequests.some((r) => r.url.split('?')[0] === OFFICE_JS_CDN),
      'the page asked for Office.js from the CDN URL (answered locally)',
    );
    const away = pageRequests.filter((r) => !isLocalRequest(r.url));
    assert(away.length === 0, `requests outside 127.0.0.1: ${JSON.stringify(away.slice(0, 5))}`);
  });

  test('検証 lists the issues and the totals, and highlights with conditional formats only', async () => {
    await setAsOf(ja, t, 'ja', AS_OF);
    // Wait until the settings are read (the buttons are enabled then).
    await ja.getByRole('button', { name: t('ja', 'ui.action.validate'), exact: true }).waitFor();
    const before = await syncCount(ja);
    await clickAndWait(ja, t('ja', 'ui.action.validate'), t('ja', 'ui.results.heading'));
    await ja.getByTestId('total-cost').waitFor();
    const syncs = (await syncCount(ja)) - before;
    assert(syncs <= 3, `validate took ${syncs} context.sync calls (at most 3)`);
    assertEqual((await ja.getByTestId('total-cost').innerText()).trim(), '159,642,281円', 'total cost card');
    assertEqual(
      (await ja.getByTestId('total-eligible').innerText()).trim(),
      '115,348,581円',
      'subsidy-eligible card',
    );
    assertEqual(
      (await ja.getByTestId('total-projects').innerText()).replace(/\D/g, ''),
      String(EXPECTED.projects),
      'projects card',
    );
    const body = await ja.locator('main').innerText();
    for (const [dept, amount] of Object.entries(EXPECTED.departments)) {
      const line = body
        .split('\n')
        .find((l) => l.includes(dept) && l.includes(amount.toLocaleString('en-US')));
      assert(
        line || new RegExp(`${dept}[\\s\\S]{0,40}${amount.toLocaleString('en-US')}`).test(body),
        `department ${dept} with ${amount.toLocaleString('en-US')}円`,
      );
    }
    assertEqual(
      (await ja.getByTestId('count-error').count())
        ? (await ja.getByTestId('count-error').innerText()).replace(/\D/g, '')
        : '0',
      '0',
      'error count',
    );
    const warnings = Number((await ja.getByTestId('count-warning').innerText()).replace(/\D/g, ''));
    assert(warnings > 0, 'at least one warning (レジ田)');
    assert(/レジ田/.test(body), 'the レジ田 slip is reported');

    validated = await snapshot(ja);
    const src = cellsOf(validated, sourceSheet);
    const ownCfs = src.cfs.filter((cf) => /dx-status-checker/.test(cf.formula || ''));
    assert(ownCfs.length > 0, 'the add-in added conditional formats on the source sheet');
    const newOps = validated.log.slice(initial.log.length);
    const userFormatWrites = newOps.filter(
      (e) => e.sheet === sourceSheet && !/^cf\./.test(e.op) && e.op !== 'select' && e.op !== 'sheet.activate',
    );
    assert(
      userFormatWrites.length === 0,
      `validate wrote only conditional formats on the source sheet, also: ${JSON.stringify(userFormatWrites.slice(0, 3))}`,
    );
    const initialSrc = cellsOf(initial, sourceSheet);
    assertEqual(
      JSON.stringify(src.cells),
      JSON.stringify(initialSrc.cells),
      'source cells (values and formats) unchanged',
    );
    await shoot(ja, 'taskpane-ja-light');
  });

  test('clicking an issue selects its cell in the workbook', async () => {
    const link = ja.locator('[data-severity] button').first();
    const label = await link.getAttribute('aria-label');
    const cell = (label.match(/\b([A-Z]{1,3}[1-9]\d{0,6})\b/) || [])[1];
    assert(cell, `a cell address in the issue's label: ${label}`);
    await link.click();
    await ja.waitForFunction((c) => window.__dxDouble.snapshot().selection.address === c, cell, {
      timeout: ACTION_TIMEOUT,
    });
    const snap = await snapshot(ja);
    assertEqual(snap.selection.sheet, sourceSheet, 'selected sheet');
    assertEqual(snap.selection.address, cell, 'selected cell');
  });

  test('集計シート作成 writes the summary sheet: totals as numbers, yen formats, no formula from cell text', async () => {
    const before = await syncCount(ja);
    const runsBefore = await ja.evaluate(() => window.__dxDouble.runCount);
    await clickAndWait(ja, t('ja', 'ui.action.summary'), t('ja', 'ui.msg.summaryCreated', { sheet: '集計' }));
    const syncs = (await syncCount(ja)) - before;
    const runs = (await ja.evaluate(() => window.__dxDouble.runCount)) - runsBefore;
    assert(syncs <= 3 * runs && syncs <= 4, `summary took ${syncs} context.sync calls in ${runs} Excel.run`);
    const snap = await snapshot(ja);
    const sheet = cellsOf(snap, '集計');
    assert(sheet.addedByApi, '集計 is a new sheet');
    assertEqual(snap.activeSheet, '集計', 'the summary sheet is activated');
    assertEqual(sheet.customProperties['dxStatus.summarySheet'], 'summary', "the add-in's mark on its sheet");
    const cells = Object.entries(sheet.cells);
    const numberCell = (n) => cells.find(([, c]) => c.v === n);
    for (const [what, n] of [
      ['総事業費', EXPECTED.cost],
      ['交付金対象経費', EXPECTED.eligible],
      ...Object.entries(EXPECTED.departments),
    ]) {
      const hit = numberCell(n);
      assert(hit, `${what} ${n} as a number on the summary sheet`);
      assert(
        /円|¥|#,##0/.test(hit[1].nf || ''),
        `${what} at ${hit[0]} has a yen/number format (${hit[1].nf})`,
      );
    }
    assert(
      !cells.some(([, c]) => typeof c.v === 'string' && /^159,642,281/.test(c.v)),
      'no total written as text',
    );
    const formulas = cells.filter(([, c]) => c.f);
    assert(
      formulas.length === 0,
      `no formulas on the summary sheet: ${JSON.stringify(formulas.slice(0, 3))}`,
    );
    const written = snap.log.filter((e) => e.sheet === '集計' && e.op === 'range.values');
    assert(written.length > 0, 'values were written');
    assert(
      written.every((e) => e.formulas.length === 0),
      'no written value became a formula',
    );
    assert(
      !written.some((e) => Object.keys(e.kinds).some((k) => k.includes('coerced'))),
      'no text was re-typed by Excel (numbers and dates written as such)',
    );
    const risky = cells.filter(([, c]) => typeof c.v === 'string' && /^[\t\r\n]*[=+\-@]/.test(c.v));
    assert(
      risky.every(([, c]) => c.nf === '@'),
      'text starting with = + - @ is formatted as text',
    );
    assert(sheet.tables.length > 0, 'lists are Excel tables');
    assert(sheet.freeze && sheet.freeze.rows > 0, 'the header rows are frozen');
    const links = cells.filter(([, c]) => c.link);
    assert(
      links.length > 0 && links.every(([, c]) => c.link.documentReference && !c.link.address),
      'hyperlinks point inside the workbook',
    );
    assert(
      links.some(([, c]) => c.link.documentReference.includes(sourceSheet)),
      'hyperlinks point back to the source sheet',
    );
    const src = cellsOf(snap, sourceSheet);
    assertEqual(
      JSON.stringify(src.cells),
      JSON.stringify(cellsOf(initial, sourceSheet).cells),
      'source sheet untouched',
    );
  });

  test("集計シート作成 again (back on the source sheet) rewrites the add-in's own sheet (no 集計 (2))", async () => {
    // The first run activated 集計; the user goes back to the data sheet's tab first.
    await ja.evaluate((name) => window.__dxDouble.activate(name), sourceSheet);
    await ja.getByRole('button', { name: t('ja', 'ui.action.summary'), exact: true }).click();
    await ja.waitForFunction(
      () => window.__dxDouble.log.filter((e) => e.op === 'range.values' && e.sheet === '集計').length >= 2,
      null,
      { timeout: ACTION_TIMEOUT },
    );
    await ja
      .getByText(t('ja', 'ui.msg.summaryCreated', { sheet: '集計' }))
      .first()
      .waitFor();
    const snap = await snapshot(ja);
    const names = snap.sheets.map((s) => s.name);
    assertEqual(
      names.filter((n) => n.startsWith('集計')).length,
      1,
      `one summary sheet (${names.join(', ')})`,
    );
    assert(!snap.log.some((e) => e.op === 'sheet.delete'), 'the sheet was cleared, not deleted');
    const cells = Object.values(cellsOf(snap, '集計').cells);
    assert(
      cells.some((c) => c.v === EXPECTED.cost),
      'the rewritten sheet still holds the total cost',
    );
    assertEqual(cellsOf(snap, '集計').tables.length, cellsOf(snap, '集計').tables.length, 'tables');
    assertEqual(
      (await ja.getByTestId('total-cost').innerText()).trim(),
      '159,642,281円',
      'total cost card after the second run',
    );
  });

  test('with 集計 active, 検証 and 集計シート作成 use the data sheet it was made from (not 集計 itself)', async () => {
    const page = await openTaskpane(
      context,
      server,
      workbook,
      { displayLanguage: 'ja-JP', theme: 'light' },
      'ja-summary-active',
    );
    await setAsOf(page, t, 'ja', AS_OF);
    await clickAndWait(
      page,
      t('ja', 'ui.action.summary'),
      t('ja', 'ui.msg.summaryCreated', { sheet: '集計' }),
    );
    const first = await snapshot(page);
    assertEqual(first.activeSheet, '集計', 'the summary sheet is active');
    const firstCells = JSON.stringify(cellsOf(first, '集計').cells);
    // Stay on 集計 and check: the data sheet is checked and highlighted, not the summary.
    await clickAndWait(page, t('ja', 'ui.action.validate'), t('ja', 'ui.msg.validated', {}).slice(0, 8));
    assertEqual(
      (await page.getByTestId('total-cost').innerText()).trim(),
      '159,642,281円',
      'total cost after 検証 on 集計',
    );
    assertEqual(
      (await page.getByTestId('total-eligible').innerText()).trim(),
      '115,348,581円',
      'subsidy-eligible cost after 検証 on 集計',
    );
    const checked = await snapshot(page);
    assertEqual(checked.activeSheet, '集計', 'the summary sheet stays active');
    assert(
      cellsOf(checked, sourceSheet).cfs.some((cf) => /dx-status-checker/.test(cf.formula || '')),
      'the highlights are on the data sheet',
    );
    assert(
      !cellsOf(checked, '集計').cfs.some((cf) => /dx-status-checker/.test(cf.formula || '')),
      'no highlight on the summary sheet',
    );
    // Still on 集計: create the summary again.
    const writesBefore = checked.log.filter((e) => e.op === 'range.values' && e.sheet === '集計').length;
    await page.getByRole('button', { name: t('ja', 'ui.action.summary'), exact: true }).click();
    await page.waitForFunction(
      (n) => window.__dxDouble.log.filter((e) => e.op === 'range.values' && e.sheet === '集計').length > n,
      writesBefore,
      { timeout: ACTION_TIMEOUT },
    );
    await page
      .getByText(t('ja', 'ui.msg.summaryCreated', { sheet: '集計' }))
      .first()
      .waitFor({ timeout: ACTION_TIMEOUT });
    const again = await snapshot(page);
    const names = again.sheets.map((x) => x.name);
    assertEqual(
      names.filter((n) => n.startsWith('集計')).length,
      1,
      `one summary sheet (${names.join(', ')})`,
    );
    assert(!again.log.some((e) => e.op === 'sheet.delete'), 'the summary sheet was rewritten, not deleted');
    assertEqual(
      JSON.stringify(cellsOf(again, '集計').cells),
      firstCells,
      'the rewritten summary is the same',
    );
    const values = Object.values(cellsOf(again, '集計').cells).map((c) => c.v);
    assert(values.includes(EXPECTED.cost), 'the summary holds the total cost 159,642,281');
    assertEqual(
      (await page.getByTestId('total-cost').innerText()).trim(),
      '159,642,281円',
      'total cost after 集計シート作成 on 集計',
    );
    assertEqual(
      JSON.stringify(cellsOf(again, sourceSheet).cells),
      JSON.stringify(cellsOf(first, sourceSheet).cells),
      'data sheet cells unchanged',
    );
    await page.close();
  });

  test('a user sheet named 集計 is never overwritten (集計 (2) instead)', async () => {
    const wb = JSON.parse(JSON.stringify(workbook));
    wb.sheets.push({ name: '集計', cells: { A1: { v: '利用者のメモ' } }, merges: [] });
    const page = await openTaskpane(
      context,
      server,
      wb,
      { displayLanguage: 'ja-JP', theme: 'light' },
      'ja-user-sheet',
    );
    await setAsOf(page, t, 'ja', AS_OF);
    await clickAndWait(
      page,
      t('ja', 'ui.action.summary'),
      t('ja', 'ui.msg.summaryCreated', { sheet: '集計 (2)' }),
    );
    const snap = await snapshot(page);
    assertEqual(cellsOf(snap, '集計').cells.A1.v, '利用者のメモ', "the user's 集計 sheet");
    assertEqual(
      Object.keys(cellsOf(snap, '集計').cells).length,
      1,
      "the user's 集計 sheet has only its own cell",
    );
    assert(cellsOf(snap, '集計 (2)').addedByApi, '集計 (2) added');
    await page.close();
  });

  test('a protected sheet gives a clear message and writes nothing', async () => {
    const wb = JSON.parse(JSON.stringify(workbook));
    wb.sheets[wb.active].protected = true;
    const page = await openTaskpane(
      context,
      server,
      wb,
      { displayLanguage: 'ja-JP', theme: 'light' },
      'ja-protected',
    );
    await setAsOf(page, t, 'ja', AS_OF);
    await page.getByRole('button', { name: t('ja', 'ui.action.validate'), exact: true }).click();
    await page.getByTestId('total-cost').waitFor({ timeout: ACTION_TIMEOUT });
    const status = page.locator('[role="status"], [role="alert"]');
    await status.locator('text=/./').first().waitFor({ timeout: ACTION_TIMEOUT });
    const text = await status.innerText();
    const expected = t('ja', 'ui.error.protected');
    assert(text.includes(expected), `protection message shown (${text.replace(/\s+/g, ' ').slice(0, 120)})`);
    const snap = await snapshot(page);
    assertEqual(
      snap.log.filter((e) => e.sheet === wb.sheets[wb.active].name).length,
      0,
      'nothing written on the protected sheet',
    );
    await page.close();
  });

  test('hostile cell text (HTML, = + - @, tab) is shown as text in the task pane and written as text in 集計', async () => {
    const hostile = await hostileWorkbook(sampleFile, sourceSheet);
    try {
      const page = await openTaskpane(
        context,
        server,
        hostile.workbook,
        { displayLanguage: 'ja-JP', theme: 'light' },
        'ja-hostile',
      );
      await page.getByRole('button', { name: t('ja', 'ui.action.validate'), exact: true }).waitFor();
      // Record every <img>/<script> element added anywhere from now on.
      await page.evaluate(() => {
        window.__added = [];
        new MutationObserver((records) => {
          for (const r of records)
            for (const n of r.addedNodes)
              if (n.nodeType === 1) {
                const found = [n, ...n.querySelectorAll('img,script,iframe,object,embed')].filter((e) =>
                  /^(IMG|SCRIPT|IFRAME|OBJECT|EMBED)$/.test(e.nodeName),
                );
                for (const e of found) window.__added.push(e.outerHTML.slice(0, 120));
              }
        }).observe(document.documentElement, { childList: true, subtree: true });
      });
      const elements = () =>
        page.evaluate(() => document.querySelectorAll('#container img, #container script').length);
      const elementsBefore = await elements();
      await setAsOf(page, t, 'ja', AS_OF);
      await clickAndWait(page, t('ja', 'ui.action.validate'), t('ja', 'ui.results.heading'));
      await page.getByTestId('total-cost').waitFor();
      assertEqual(
        (await page.getByTestId('total-cost').innerText()).trim(),
        '159,642,281円',
        'the totals do not depend on the names',
      );
      // The overdue list names the two projects with late plans; the duplicate name is an issue.
      const container = page.locator('#container');
      for (const text of ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=2</script>']) {
        const shown = container.getByText(text, { exact: true });
        assert((await shown.count()) > 0, `${text} shown literally as a text node`);
      }
      const body = await container.innerText();
      assert(
        body.includes(
          t('ja', 'rule.duplicate-value.name', {
            name: '<script>window.__pwned=2</script>',
            first: '',
          }).split('（')[0],
        ),
        'the duplicate-name warning quotes the <script> text literally',
      );
      await clickAndWait(
        page,
        t('ja', 'ui.action.summary'),
        t('ja', 'ui.msg.summaryCreated', { sheet: '集計' }),
      );
      await page.waitForTimeout(200);
      assertEqual(await page.evaluate(() => typeof window.__pwned), 'undefined', 'window.__pwned');
      assertEqual(await elements(), elementsBefore, '<img>/<script> elements under the task pane root');
      const added = await page.evaluate(() => window.__added);
      assert(added.length === 0, `no element added from cell text: ${JSON.stringify(added.slice(0, 3))}`);
      assert(
        !requests.some((r) => r.page === 'ja-hostile' && /\/x(\?|$)/.test(r.url)),
        'no request for the <img src=x>',
      );

      const snap = await snapshot(page);
      const sheet = cellsOf(snap, '集計');
      const cells = Object.entries(sheet.cells);
      const formulas = cells.filter(([, c]) => c.f);
      assert(formulas.length === 0, `no formula on 集計: ${JSON.stringify(formulas.slice(0, 3))}`);
      const writes = snap.log.filter((e) => e.sheet === '集計');
      assert(
        !writes.some((e) => e.op === 'range.formulas' || (e.formulas && e.formulas.length)),
        `no write on 集計 became a formula: ${JSON.stringify(writes.filter((e) => e.formulas && e.formulas.length).slice(0, 2))}`,
      );
      for (const text of new Set(HOSTILE.map(([, h]) => h))) {
        const hits = cells.filter(([, c]) => typeof c.v === 'string' && c.v.trim() === text.trim());
        assert(hits.length > 0, `${JSON.stringify(text)} on 集計 as text`);
        for (const [address, c] of hits)
          assert(
            !c.f && (c.nf === '@' || !/^[\s]*[=+\-@]/.test(c.v)),
            `${address} ${JSON.stringify(c.v)} is plain text (format ${JSON.stringify(c.nf)}, formula ${JSON.stringify(c.f)})`,
          );
      }
      assert(!cells.some(([, c]) => c.v === '#NAME?'), 'no hostile text became a formula (#NAME?)');
      assertEqual(
        JSON.stringify(cellsOf(snap, sourceSheet).cells),
        JSON.stringify(hostile.workbook.sheets[hostile.workbook.active].cells),
        'the hostile data sheet is unchanged',
      );
      await page.close();
    } finally {
      fs.rmSync(hostile.dir, { recursive: true, force: true });
    }
  });

  test('switching to English shows the English task pane', async () => {
    await ja.getByRole('button', { name: t('ja', 'ui.lang.switchLabel') }).click();
    await ja.getByRole('button', { name: t('en', 'ui.action.validate'), exact: true }).waitFor();
    await ja.getByRole('button', { name: t('en', 'ui.action.summary'), exact: true }).waitFor();
    const cost = (await ja.getByTestId('total-cost').innerText()).trim();
    assertEqual(cost, t('en', 'ui.money.yen', { amount: '159,642,281' }), 'total cost in English');
    await shoot(ja, 'taskpane-en-light');
  });

  test('dark theme (Office.context.officeTheme) in Japanese and English; screenshots', async () => {
    for (const lang of ['ja', 'en']) {
      const page = await openTaskpane(
        context,
        server,
        workbook,
        { displayLanguage: lang === 'ja' ? 'ja-JP' : 'en-US', theme: 'dark' },
        `${lang}-dark`,
      );
      await setAsOf(page, t, lang, AS_OF);
      await clickAndWait(page, t(lang, 'ui.action.validate'), t(lang, 'ui.results.heading'));
      await page.getByTestId('total-cost').waitFor();
      const bg = await page.locator('main').evaluate((el) => getComputedStyle(el).backgroundColor);
      const [r, g, b] = (bg.match(/\d+/g) || [255, 255, 255]).map(Number);
      assert(r + g + b < 3 * 100, `dark background (${bg})`);
      await shoot(page, `taskpane-${lang}-dark`);
      await page.close();
    }
  });

  test('npm run preview serves the task pane beside the workbook grid (highlights, summary tab)', async () => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'scripts', 'preview.js'), '--port=0', '--no-build'],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const url = await new Promise((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`preview did not print its URL: ${out}`)), 30000);
        const onData = (d) => {
          out += d;
          const m = /open (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.on('exit', (code) => reject(new Error(`preview exited (${code}): ${out}`)));
      });
      const page = await context.newPage();
      await page.setViewportSize({ width: 1400, height: 850 });
      page.on('request', (req) => requests.push({ page: 'preview', url: req.url() }));
      await page.route('**/*', (route) => {
        const u = route.request().url();
        if (u.startsWith(url + '/') || u.startsWith('data:')) return route.continue();
        outside.push({ page: 'preview', url: u });
        return route.abort('blockedbyclient');
      });
      page.on(
        'console',
        (msg) => msg.type() === 'error' && consoleErrors.push({ page: 'preview', text: msg.text() }),
      );
      page.on('pageerror', (e) => consoleErrors.push({ page: 'preview', text: `pageerror: ${e.message}` }));
      await page.goto(`${url}/`);
      const pane = page.frameLocator('#pane');
      await pane.getByRole('button', { name: t('ja', 'ui.action.validate'), exact: true }).click();
      await pane.getByTestId('total-cost').waitFor();
      assertEqual(
        (await pane.getByTestId('total-cost').innerText()).trim(),
        '159,642,281円',
        'total cost in the preview (as of the sample date)',
      );
      await page.locator('#grid td.cf').first().waitFor();
      assert((await page.locator('#grid td.cf').count()) > 0, 'highlighted cells drawn in the grid');
      await pane.getByRole('button', { name: t('ja', 'ui.action.summary'), exact: true }).click();
      await page.locator('#tabs button', { hasText: '集計' }).waitFor();
      await page.locator('#grid td', { hasText: '159,642,281円' }).first().waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(RESULTS, 'preview.png') });
      await page.close();
    } finally {
      child.kill('SIGTERM');
    }
  });

  test('no console errors on any page', async () => {
    assert(consoleErrors.length === 0, `console errors: ${JSON.stringify(consoleErrors.slice(0, 5))}`);
  });

  test('every request from every page went to 127.0.0.1 (the Office.js CDN URL answered locally), none elsewhere', async () => {
    assert(requests.length > 0, 'requests were recorded');
    const away = requests.filter((r) => !isLocalRequest(r.url));
    assert(away.length === 0, `requests outside 127.0.0.1: ${JSON.stringify(away.slice(0, 5))}`);
    assert(outside.length === 0, `requests aborted by the route: ${JSON.stringify(outside.slice(0, 5))}`);
  });

  if (!fs.existsSync(CHROMIUM)) {
    const n = tests.length;
    if (process.env.DX_REQUIRE_BROWSER === '1') {
      console.error(`e2e: ${CHROMIUM} is missing and DX_REQUIRE_BROWSER=1: the browser tests cannot run.`);
      console.error('     Install it with: apt-get install -y chromium fonts-noto-cjk');
      return finish(0, 1, 0);
    }
    console.log(`e2e: SKIPPED — ${CHROMIUM} is not installed (apt-get install -y chromium fonts-noto-cjk).`);
    return finish(0, 0, n);
  }

  if (!argv.includes('--no-build') && distIsStale(ROOT)) {
    console.log('e2e: dist/ is missing or older than src/: npm run build');
    const b = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0) {
      console.error('e2e: the production build failed; the browser tests need dist/.');
      return finish(0, 1, 0);
    }
  }
  if (!fs.existsSync(path.join(ROOT, 'dist', 'taskpane.html'))) {
    console.error('e2e: dist/taskpane.html is missing after the build.');
    return finish(0, 1, 0);
  }

  installTsRequire();
  ({ t } = require(path.join(ROOT, 'src', 'core', 'i18n', 'index.ts')));

  const sample = await sampleWorkbookFile();
  if (sample.standIn)
    console.log(
      `e2e: samples/dx-status-r6.xlsx not built yet: using a stand-in from the TSV (${sample.file})`,
    );
  workbook = await readWorkbookJson(sample.file);
  sourceSheet = workbook.sheets[workbook.active].name;
  sampleFile = sample.file;

  fs.mkdirSync(RESULTS, { recursive: true });
  server = await startServer({ distDir: path.join(ROOT, 'dist'), workbook, config: {} });
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-e2e-chromium-'));
  const { chromium } = require('playwright-core');
  const started = Date.now();
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    serviceWorkers: 'block',
  });
  context.setDefaultTimeout(ACTION_TIMEOUT);

  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let stop = false;
  for (const tc of tests) {
    if ((only && !tc.name.includes(only)) || stop) {
      skipped++;
      continue;
    }
    const t0 = Date.now();
    try {
      await tc.fn();
      passed++;
      console.log(`  ✓ ${tc.name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      console.log(
        `  ✗ ${tc.name}\n      ${String((e && e.message) || e)
          .split('\n')
          .join('\n      ')}`,
      );
      const slug =
        tc.name
          .replace(/[^A-Za-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')
          .slice(0, 40) || 'failure';
      for (const p of context.pages())
        await p
          .screenshot({
            path: path.join(RESULTS, `e2e-failure-${slug}-${context.pages().indexOf(p)}.png`),
            fullPage: true,
          })
          .catch(() => {});
      // The first steps set up the page the later ones use.
      if (!ja || tc.name.startsWith('opens')) stop = true;
    }
  }
  await context.close();
  await server.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
  if (
    argv.includes('--update-screenshots') &&
    passed &&
    !failed &&
    fs.existsSync(path.join(RESULTS, 'taskpane-ja-light.png'))
  ) {
    fs.mkdirSync(path.dirname(README_SHOT), { recursive: true });
    fs.copyFileSync(path.join(RESULTS, 'taskpane-ja-light.png'), README_SHOT);
    if (fs.existsSync(path.join(RESULTS, 'preview.png')))
      fs.copyFileSync(path.join(RESULTS, 'preview.png'), PREVIEW_SHOT);
  }
  console.log(
    `e2e: browser session ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in test-results/`,
  );
  finish(passed, failed, skipped);
}

main().catch((e) => {
  console.error(`e2e: ${e && e.stack ? e.stack : e}`);
  finish(0, 1, 0);
});
