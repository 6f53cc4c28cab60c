// The figures as Markdown tables (printed by `npm run bench`, and written between the markers of
// docs/performance.md by `--write-docs`): each figure beside its floor or peer from the same run.
const fs = require('fs');
const path = require('path');
const { fmt } = require('./budgets');

const DOCS = path.resolve(__dirname, '..', 'docs', 'performance.md');
const START = '<!-- bench:figures:start (npm run bench -- --write-docs) -->';
const END = '<!-- bench:figures:end -->';

const kb = (n) => `${fmt(n / 1024, 1)} KB`;
const mb = (n) => `${fmt(n / 2 ** 20, 2)} MB`;

function table(head, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function renderTable(r) {
  const parts = [];
  const m = r.machine;
  parts.push(
    `Measured ${r.date.slice(0, 16).replace('T', ' ')} UTC · Node ${m.node} · ${m.cpus} × ${m.cpu} · ` +
      `load average ${m.loadAvg.join(' / ')} · whole run ${r.seconds} s`,
  );
  if (r.core) {
    parts.push(
      '**Core** — check() + buildSummary() on generated sheets (median; floor = one pass touching every cell)\n\n' +
        table(
          ['projects', 'cells', 'ms', 'µs / project', 'check ms', 'summary ms', 'floor ms', '× floor'],
          r.core.sizes.map((s) => [
            fmt(s.projects),
            fmt(s.cells),
            fmt(s.ms, 1),
            fmt(s.usPerProject, 1),
            fmt(s.checkMs, 1),
            fmt(s.summaryMs, 1),
            fmt(s.floorMs, 3),
            fmt(s.ratio),
          ]),
        ),
    );
  }
  if (r.excel) {
    parts.push(
      '**Excel round trips** — adapter against the counting double (floor = fewest 5 MB reads of the values + 1 write)\n\n' +
        table(
          [
            'rows',
            'flow',
            'syncs',
            'floor syncs',
            'read',
            'values (floor read)',
            'largest response',
            'refused',
            'written',
            'largest request',
          ],
          r.excel.cases.map((c) => [
            fmt(c.rows),
            c.flow,
            String(c.syncs),
            String(c.floorSyncs),
            mb(c.readBytes),
            mb(c.floorReadBytes),
            mb(c.maxResponseBytes),
            String(c.rejected),
            kb(c.writeBytes),
            mb(c.maxRequestBytes || 0),
          ]),
        ),
    );
  }
  if (r.cli) {
    const c = r.cli;
    parts.push(
      `**CLI** — ${fmt(c.projects)}-project .xlsx (${kb(c.fileBytes)}), whole process, median of ${c.runs}\n\n` +
        table(
          ['what', 'ms', 'runs (ms)'],
          [
            ['`dx-status check FILE --json`', fmt(c.ms), c.allMs.map((x) => fmt(x)).join(', ')],
            ['floor: node + exceljs readFile', fmt(c.floorMs), c.allFloorMs.map((x) => fmt(x)).join(', ')],
            ['ratio', `${fmt(c.ratio, 2)}×`, ''],
          ],
        ),
    );
  }
  if (r.bundle) {
    const b = r.bundle;
    const t = b.template;
    parts.push(
      '**Bundle** — what taskpane.html loads before interaction (local scripts and stylesheets)\n\n' +
        table(
          ['what', 'JS raw', 'JS gzip -9', 'CSS raw', 'CSS gzip -9'],
          [
            ['this task pane (initial)', kb(b.js.raw), kb(b.js.gzip), kb(b.css.raw), kb(b.css.gzip)],
            t
              ? [
                  `peer: OfficeDev React template @${t.commit.slice(0, 7)} (recorded ${t.measuredOn})`,
                  kb(t.js.raw),
                  kb(t.js.gzip),
                  kb(t.css.raw),
                  kb(t.css.gzip),
                ]
              : ['peer: not recorded', '', '', '', ''],
            t
              ? ['ratio', `${fmt(b.js.raw / t.js.raw, 2)}×`, `${fmt(b.js.gzip / t.js.gzip, 2)}×`, '', '']
              : [],
            ['loaded later / other pages (not at start)', kb(b.later.raw), kb(b.later.gzip), '', ''],
          ].filter((x) => x.length),
        ),
    );
  }
  if (r.start) {
    const s = r.start;
    parts.push(
      s.skipped
        ? `**Task pane start** — skipped: ${s.skipped}`
        : `**Task pane start** — headless Chromium, 4× CPU throttling, cold cache, median of ${s.runs}\n\n` +
            table(
              ['what', 'ms', 'runs (ms)'],
              [
                ['navigation → 検証 enabled', fmt(s.ms), s.allMs.map((x) => fmt(x)).join(', ')],
                ['navigation → DOMContentLoaded', fmt(s.domContentLoadedMs), ''],
                ['budget', '1,500', ''],
              ],
            ),
    );
  }
  if (r.budgets) {
    parts.push(
      '**Budgets**\n\n' +
        table(
          ['', 'budget', 'measured'],
          r.budgets.map((b) => [b.ok === null ? '–' : b.ok ? '✓' : '✗', b.name, b.detail]),
        ) +
        (r.remeasured && r.remeasured.length
          ? '\n\nMeasured again (a timed budget broken on the first run; the best run stands): ' +
            r.remeasured.map((x) => `${x.section} ${x.figures.map((f) => fmt(f, 2)).join(' → ')}`).join('; ')
          : ''),
    );
  }
  return parts.join('\n\n');
}

function writeDocs(r) {
  const text = fs.readFileSync(DOCS, 'utf8');
  const i = text.indexOf(START);
  const j = text.indexOf(END);
  if (i < 0 || j < i) throw new Error(`docs/performance.md lacks the markers ${START} … ${END}`);
  fs.writeFileSync(DOCS, `${text.slice(0, i + START.length)}\n\n${renderTable(r)}\n\n${text.slice(j)}`);
}

module.exports = { renderTable, writeDocs };
