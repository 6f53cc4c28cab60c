// A small static server on 127.0.0.1 for the browser tests and the preview: serves the production
// build (dist/) as it is, plus the host double in place of Microsoft's CDN Office.js.
//
//   /…                     files of dist/ (taskpane.html, commands.html, bundles, assets)
//   /__double/office.js    the host double, preceded by the workbook JSON and the double's config
//                          (?lang=en-US&theme=dark&excelApi=1.12 override the config per page load)
//   /__preview/…           the preview page (scripts/preview/), when `previewDir` is given
//
// With `rewriteOfficeJs` (the preview), HTML pages are served with the CDN Office.js URL replaced by
// /__double/office.js (carrying the page's own query string). The tests leave the HTML untouched and
// answer the CDN request in the browser instead (playwright page.route).
const fs = require('fs');
const http = require('http');
const path = require('path');

const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DOUBLE_JS = path.join(__dirname, 'host-double', 'office-double.js');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** JSON safe to embed in a script (no "</script>", no U+2028/2029 surprises). */
function scriptJson(value) {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The script answered for office.js: the workbook and config, then the double itself. */
function doubleScript(workbook, config) {
  const source = fs.readFileSync(DOUBLE_JS, 'utf8');
  return (
    `window.__DX_WORKBOOK__ = ${scriptJson(workbook)};\n` +
    `window.__DX_DOUBLE_CONFIG__ = ${scriptJson(config)};\n` +
    source
  );
}

/** Config overrides from a query string: lang, theme, excelApi. */
function configFrom(base, searchParams) {
  const config = Object.assign({}, base);
  const lang = searchParams.get('lang');
  if (lang) config.displayLanguage = lang === 'en' ? 'en-US' : lang === 'ja' ? 'ja-JP' : lang;
  const theme = searchParams.get('theme');
  if (theme === 'dark' || theme === 'light') config.theme = theme;
  const api = searchParams.get('excelApi');
  if (api && /^1\.\d{1,2}$/.test(api)) config.excelApi = api;
  return config;
}

function send(res, status, type, body) {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

/** A file under `root`, or null when the path leaves it or does not exist. */
function fileUnder(root, urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.resolve(root, '.' + path.posix.normalize('/' + rel));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    return fs.statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * Starts the server. Options: distDir, workbook (JSON), config (double config), rewriteOfficeJs,
 * previewDir, previewData (object served as /__preview/data.json), port (0 = a free one).
 * Resolves {url, port, server, requests, close()}; `requests` lists every path asked for.
 */
function startServer(options) {
  const distDir = path.resolve(options.distDir);
  const previewDir = options.previewDir ? path.resolve(options.previewDir) : null;
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, TYPES['.txt'], 'method not allowed');
    if (url.pathname === '/__double/office.js') {
      return send(
        res,
        200,
        TYPES['.js'],
        doubleScript(options.workbook, configFrom(options.config || {}, url.searchParams)),
      );
    }
    if (previewDir && (url.pathname === '/' || url.pathname.startsWith('/__preview/'))) {
      if (url.pathname === '/__preview/data.json')
        return send(res, 200, TYPES['.json'], JSON.stringify(options.previewData || {}));
      const file = fileUnder(
        previewDir,
        url.pathname === '/' ? '/index.html' : url.pathname.slice('/__preview'.length),
      );
      if (!file) return send(res, 404, TYPES['.txt'], 'not found');
      return send(res, 200, TYPES[path.extname(file)] || 'application/octet-stream', fs.readFileSync(file));
    }
    const file = fileUnder(distDir, url.pathname === '/' ? '/taskpane.html' : url.pathname);
    if (!file) return send(res, 404, TYPES['.txt'], `not found: ${url.pathname}`);
    const ext = path.extname(file);
    let body = fs.readFileSync(file);
    if (ext === '.html' && options.rewriteOfficeJs) {
      const query = url.search || '';
      body = body.toString('utf8').split(OFFICE_JS_CDN).join(`/__double/office.js${query}`);
    }
    return send(res, 200, TYPES[ext] || 'application/octet-stream', body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port || 0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        port,
        server,
        requests,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

/** True when dist/ is missing or older than any file under src/ (or the webpack config). */
function distIsStale(root) {
  const dist = path.join(root, 'dist', 'taskpane.html');
  if (!fs.existsSync(dist)) return true;
  const built = fs.statSync(dist).mtimeMs;
  const newer = (p) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) return fs.readdirSync(p).some((n) => newer(path.join(p, n)));
    return st.mtimeMs > built;
  };
  return ['src', 'webpack.config.js', 'manifest.xml', 'assets'].some(
    (p) => fs.existsSync(path.join(root, p)) && newer(path.join(root, p)),
  );
}

module.exports = { startServer, doubleScript, distIsStale, OFFICE_JS_CDN, DOUBLE_JS };
