// What a task pane loads before the user can interact: the <script src> and <link rel="stylesheet">
// of its HTML page (as built by webpack into `dir`), local files only (Office.js comes from Microsoft's
// CDN and is the same for every add-in). Raw bytes and gzip -9 bytes, per file and in total.
// Files loaded later (import() chunks) are listed apart: they are not part of the start.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const gzip = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

function attrs(tag) {
  const out = {};
  for (const m of tag.matchAll(/([a-zA-Z-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/g))
    out[m[1].toLowerCase()] = m[3] ?? m[4] ?? m[5];
  return out;
}

/** The local scripts and stylesheets `html` loads, in order. */
function initialAssets(html) {
  const js = [];
  const css = [];
  for (const m of html.matchAll(/<script\b[^>]*>/gi)) {
    const a = attrs(m[0]);
    if (a.src && !/^(https?:)?\/\//i.test(a.src)) js.push(a.src);
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const a = attrs(m[0]);
    if (a.href && /(^|\s)stylesheet(\s|$)/i.test(a.rel || '') && !/^(https?:)?\/\//i.test(a.href))
      css.push(a.href);
  }
  return { js, css };
}

function sizeOf(dir, rel) {
  const buf = fs.readFileSync(path.join(dir, rel.replace(/^\//, '').split('?')[0]));
  return { file: rel, raw: buf.length, gzip: gzip(buf) };
}

const sum = (files, k) => files.reduce((a, f) => a + f[k], 0);

/** Sizes of what `page` (e.g. taskpane.html) in `dir` loads at start, and of the other JS/CSS there. */
function measurePage(dir, page = 'taskpane.html') {
  const html = fs.readFileSync(path.join(dir, page), 'utf8');
  const { js, css } = initialAssets(html);
  const jsFiles = js.map((f) => sizeOf(dir, f));
  const cssFiles = css.map((f) => sizeOf(dir, f));
  const initial = new Set([...js, ...css].map((f) => f.replace(/^\//, '')));
  const later = fs
    .readdirSync(dir)
    .filter((f) => /\.(js|css)$/.test(f) && !initial.has(f))
    .map((f) => sizeOf(dir, f));
  return {
    page,
    js: { files: jsFiles, raw: sum(jsFiles, 'raw'), gzip: sum(jsFiles, 'gzip') },
    css: { files: cssFiles, raw: sum(cssFiles, 'raw'), gzip: sum(cssFiles, 'gzip') },
    other: { files: later, raw: sum(later, 'raw'), gzip: sum(later, 'gzip') },
  };
}

module.exports = { measurePage, initialAssets };
