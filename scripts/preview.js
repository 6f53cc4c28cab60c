#!/usr/bin/env node
// `npm run preview [FILE.xlsx]`: the production task pane (dist/) beside the workbook, in any browser,
// without Excel. Serves on 127.0.0.1 only; the task pane's Office.js is the in-browser host double
// (test/browser/host-double/) loaded with the workbook read by exceljs. See docs/preview.md.
//
//   npm run preview [FILE.xlsx] [-- --port=3100] [--lang=ja|en] [--theme=light|dark] [--as-of=YYYY-MM-DD] [--no-build]
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { startServer, distIsStale } = require('../test/browser/serve');
const { readWorkbookJson, sampleWorkbookFile, ROOT } = require('../test/browser/workbook-json');
const { installTsRequire } = require('./ts-require');

/** The published sheet's date: the sample is checked as of it unless --as-of says otherwise. */
const SAMPLE_AS_OF = '2024-11-08';

function usage(message) {
  if (message) console.error(`preview: ${message}`);
  console.error(
    'usage: npm run preview [FILE.xlsx] [-- --port=N --lang=ja|en --theme=light|dark --as-of=YYYY-MM-DD --no-build]',
  );
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { file: null, port: 3100, lang: 'ja', theme: 'light', asOf: null, build: true };
  for (const a of argv) {
    let m;
    if ((m = /^--port=(\d{1,5})$/.exec(a))) opts.port = Number(m[1]);
    else if ((m = /^--lang=(ja|en)$/.exec(a))) opts.lang = m[1];
    else if ((m = /^--theme=(light|dark)$/.exec(a))) opts.theme = m[1];
    else if ((m = /^--as-of=(\d{4}-\d{2}-\d{2})$/.exec(a))) opts.asOf = m[1];
    else if (a === '--no-build') opts.build = false;
    else if (a === '-h' || a === '--help') usage();
    else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else if (!opts.file) opts.file = a;
    else usage(`one workbook at a time (${a})`);
  }
  return opts;
}

/** The add-in's stored settings with the as-of date (the format src/excel/settings.ts reads). */
function settingsWith(asOf) {
  installTsRequire();
  const { SETTINGS_KEY, serializeSettings } = require(path.join(ROOT, 'src', 'excel', 'settings.ts'));
  const { DEFAULT_SETTINGS } = require(path.join(ROOT, 'src', 'core', 'config.ts'));
  return { [SETTINGS_KEY]: serializeSettings({ ...DEFAULT_SETTINGS, asOf }) };
}

async function listen(options, port) {
  try {
    return await startServer({ ...options, port });
  } catch (e) {
    if (e && e.code === 'EADDRINUSE') {
      console.log(`preview: port ${port} is taken; using a free one.`);
      return startServer({ ...options, port: 0 });
    }
    throw e;
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  let file;
  let standIn = false;
  if (opts.file) {
    file = path.resolve(opts.file);
    if (!fs.existsSync(file)) usage(`no such file: ${opts.file}`);
    if (!/\.xlsx$/i.test(file)) usage('the preview opens .xlsx workbooks');
  } else {
    ({ file, standIn } = await sampleWorkbookFile());
    if (standIn)
      console.log(
        'preview: samples/dx-status-r6.xlsx is not built yet (npm run build:sample); using a stand-in built from the TSV.',
      );
  }
  let workbook;
  try {
    workbook = await readWorkbookJson(file);
  } catch (e) {
    usage(`cannot read ${file}: ${e.message}`);
  }

  if (opts.build && distIsStale(ROOT)) {
    console.log('preview: dist/ is missing or older than src/: npm run build');
    const b = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0) {
      console.error('preview: the production build failed.');
      process.exit(1);
    }
  }
  if (!fs.existsSync(path.join(ROOT, 'dist', 'taskpane.html'))) {
    console.error('preview: dist/taskpane.html is missing: run npm run build.');
    process.exit(1);
  }

  const asOf = opts.asOf || (opts.file ? null : SAMPLE_AS_OF);
  const config = {
    displayLanguage: opts.lang === 'en' ? 'en-US' : 'ja-JP',
    theme: opts.theme,
    settings: asOf ? settingsWith(asOf) : {},
  };
  const server = await listen(
    {
      distDir: path.join(ROOT, 'dist'),
      workbook,
      config,
      rewriteOfficeJs: true,
      previewDir: path.join(__dirname, 'preview'),
      previewData: {
        file: path.relative(ROOT, file).startsWith('..') ? file : path.relative(ROOT, file),
        standIn,
        lang: opts.lang,
        theme: opts.theme,
      },
    },
    opts.port,
  );
  console.log(
    `preview: ${path.basename(file)} (${workbook.sheets.length} sheet(s))${asOf ? `, as of ${asOf}` : ''}`,
  );
  console.log(`preview: open ${server.url}/  (task pane alone: ${server.url}/taskpane.html)`);
  console.log('preview: Ctrl+C to stop. Nothing is written to the file: the workbook lives in the page.');
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(`preview: ${e && e.stack ? e.stack : e}`);
  process.exit(1);
});
