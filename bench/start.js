// Task pane start: from navigation to interactive (the 検証 button present and enabled), in Debian's
// headless Chromium driven by playwright-core, CPU throttled 4× (CDP Emulation.setCPUThrottlingRate).
// The production build (dist/) is served on 127.0.0.1 by the browser tests' server; the Office.js CDN
// request is answered locally with the browser tests' host double (test/browser/host-double) holding
// the sample workbook. Each run is a fresh browser context (cold cache). Median of RUNS.
// The time is the page's own clock: performance.now() (origin = navigation start) when a
// MutationObserver first sees the button enabled. Prints one JSON line.
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const CHROMIUM = process.env.DX_CHROMIUM || '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const RUNS = Number(process.env.BENCH_START_RUNS || 7);
/** The build to serve (default dist/; another build can be compared with BENCH_DIST=DIR). */
const DIST = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(ROOT, 'dist');
const THROTTLE = 4;
const LABEL = '検証';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs in the page before its scripts: notes when the 検証 button is first enabled. */
function watchInteractive(label) {
  const seen = () => {
    for (const b of document.querySelectorAll('button')) {
      if (b.textContent.trim() === label && !b.disabled && b.getAttribute('aria-disabled') !== 'true')
        return true;
    }
    return false;
  };
  const start = () => {
    const obs = new MutationObserver(() => {
      if (window.__dxInteractive === undefined && seen()) {
        window.__dxInteractive = performance.now();
        obs.disconnect();
      }
    });
    obs.observe(document, { subtree: true, childList: true, attributes: true });
  };
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, { once: true });
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) {
    process.stdout.write(JSON.stringify({ skipped: `no browser at ${CHROMIUM}` }) + '\n');
    return;
  }
  const { chromium } = require('playwright-core');
  const { startServer, doubleScript, OFFICE_JS_CDN } = require(path.join(ROOT, 'test/browser/serve.js'));
  const { readWorkbookJson, sampleWorkbookFile } = require(path.join(ROOT, 'test/browser/workbook-json.js'));
  const sample = await sampleWorkbookFile();
  const workbook = await readWorkbookJson(sample.file);
  const office = doubleScript(workbook, {});
  const server = await startServer({ distDir: DIST, workbook, config: {} });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const times = [];
  const phases = [];
  try {
    for (let i = 0; i < RUNS + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 400, height: 900 }, locale: 'ja-JP' });
      const page = await context.newPage();
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(OFFICE_JS_CDN))
          return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: office });
        if (url.startsWith(server.url + '/') || url.startsWith('data:') || url.startsWith('blob:'))
          return route.continue();
        return route.abort('blockedbyclient');
      });
      await page.addInitScript(watchInteractive, LABEL);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
      await page.goto(`${server.url}/taskpane.html`, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__dxInteractive !== undefined, null, {
        timeout: 30000,
        polling: 50,
      });
      const t = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        return {
          interactive: window.__dxInteractive,
          domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
        };
      });
      // The first run warms Chromium itself (not the page: every run has a fresh context and cache).
      if (i > 0) {
        times.push(t.interactive);
        phases.push(t);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.stdout.write(
    JSON.stringify({
      runs: RUNS,
      throttle: THROTTLE,
      ms: median(times),
      allMs: times,
      domContentLoadedMs: median(phases.map((p) => p.domContentLoaded)),
    }) + '\n',
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
