/**
 * Security posture checks: no eval / new Function in our code (source, and the production bundle when
 * it has been built), the task pane's Content-Security-Policy, no AppDomains in the manifest, the npm
 * audit script, and ESLint's rules against eval.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

const EVAL = /\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*['"`]|set(?:Timeout|Interval)\s*\(\s*['"`]/;

test('no eval, new Function or string timers in src/', () => {
  const hits = sourceFiles(path.join(ROOT, 'src'))
    .filter((f) => !/\.test\.tsx?$/.test(f))
    .filter((f) => EVAL.test(readFileSync(f, 'utf8')))
    .map((f) => path.relative(ROOT, f));
  expect(hits).toEqual([]);
});

test('the task pane never injects HTML (no dangerouslySetInnerHTML / innerHTML)', () => {
  const hits = sourceFiles(path.join(ROOT, 'src'))
    .filter((f) => !/\.test\.tsx?$/.test(f))
    .filter((f) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML/.test(
        readFileSync(f, 'utf8'),
      ),
    )
    .map((f) => path.relative(ROOT, f));
  expect(hits).toEqual([]);
});

test('ESLint forbids eval, implied eval and new Function in TypeScript', () => {
  const config = readFileSync(path.join(ROOT, 'eslint.config.js'), 'utf8');
  for (const rule of ['no-eval', 'no-implied-eval', 'no-new-func'])
    expect(config).toMatch(new RegExp(`'${rule}': 'error'`));
});

/**
 * The only dynamic-code construct allowed in the bundle: webpack's runtime global lookup
 * (`this || new Function("return this")()`, reached only where globalThis is missing; the CSP blocks it).
 */
const ALLOWED = [/new Function\("return this"\)/g];

const bundle = existsSync(DIST) && readdirSync(DIST).some((f) => f.endsWith('.js'));
(bundle ? describe : describe.skip)('production bundle (dist/, from npm run build)', () => {
  test('no eval( or new Function( besides the webpack runtime', () => {
    const hits: string[] = [];
    for (const f of readdirSync(DIST).filter((n) => n.endsWith('.js'))) {
      let js = readFileSync(path.join(DIST, f), 'utf8');
      for (const a of ALLOWED) js = js.replace(a, '');
      for (const m of js.matchAll(/\beval\(|new Function\(/g))
        hits.push(`${f}: …${js.slice(Math.max(0, m.index - 60), m.index + 40)}…`);
    }
    expect(hits).toEqual([]);
  });

  test('dist/taskpane.html keeps the Content-Security-Policy', () => {
    expect(cspOf(readFileSync(path.join(DIST, 'taskpane.html'), 'utf8'))).toEqual(cspOf(taskpaneHtml()));
  });
});
if (!bundle)
  test.skip('dist/ is missing: run `npm run build` to check the production bundle', () => undefined);

function taskpaneHtml(): string {
  return readFileSync(path.join(ROOT, 'src', 'taskpane', 'taskpane.html'), 'utf8');
}

function cspOf(html: string): Record<string, string[]> {
  const m = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(html);
  if (!m) throw new Error('no Content-Security-Policy meta tag');
  const out: Record<string, string[]> = {};
  for (const d of m[1]
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [name, ...values] = d.split(/\s+/);
    out[name] = values;
  }
  return out;
}

test("the task pane's CSP: own origin only, plus Office.js from Microsoft's CDN; no eval, no plugins", () => {
  const csp = cspOf(taskpaneHtml());
  expect(csp['default-src']).toEqual(["'self'"]);
  expect(csp['connect-src']).toEqual(["'self'"]);
  expect(csp['object-src']).toEqual(["'none'"]);
  expect(csp['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
  const everything = Object.values(csp).flat();
  expect(everything).not.toContain("'unsafe-eval'");
  const origins = everything.filter((v) => /^https?:/.test(v) || v === '*' || v.includes('*'));
  expect([...new Set(origins)]).toEqual(['https://appsforoffice.microsoft.com']);
  // The scripts the page loads come from those origins.
  for (const m of taskpaneHtml().matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)) {
    expect(m[1]).toMatch(/^(?:https:\/\/appsforoffice\.microsoft\.com\/|[^:]+$)/);
  }
});

test('manifest.xml declares no AppDomains and serves everything from one origin', () => {
  const xml = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  expect(xml).not.toMatch(/<AppDomain>/);
  const urls = [
    ...xml.matchAll(/(?:DefaultValue|SourceLocation[^>]*DefaultValue)="(https?:\/\/[^"]+)"/g),
  ].map((m) => m[1]);
  const origins = new Set(
    urls.filter((u) => !/^https?:\/\/(?:go\.microsoft|aka\.ms)/.test(u)).map((u) => new URL(u).origin),
  );
  expect(origins.size).toBeLessThanOrEqual(1);
});

test('npm run audit checks production dependencies at high severity', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  expect(pkg.scripts.audit).toBe('bash scripts/audit.sh');
  expect(readFileSync(path.join(ROOT, 'scripts', 'audit.sh'), 'utf8')).toContain(
    'npm audit --omit=dev --audit-level=high',
  );
});

test('the CLI reads local files only: no network module in src/cli or src/core', () => {
  const hits = [...sourceFiles(path.join(ROOT, 'src', 'cli')), ...sourceFiles(path.join(ROOT, 'src', 'core'))]
    .filter((f) =>
      /from '(?:node:)?(?:https?|net|tls|dgram|http2|child_process)'|\bfetch\(|XMLHttpRequest/.test(
        readFileSync(f, 'utf8'),
      ),
    )
    .map((f) => path.relative(ROOT, f));
  expect(hits).toEqual([]);
});
