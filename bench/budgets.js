// The performance budgets (issue 6). Each is { name, ok: true | false | null (not measured), detail }.
const LIMIT = 5 * 1024 * 1024;

const BUDGETS = {
  core10kMs: 300,
  linearFactor: 2,
  cliRatio: 1.5,
  bundleFactor: 1.1,
  startMs: 1500,
};

// Excel round trips: ordinary sheets (≤ 5,000 rows) take a fixed number of syncs; beyond, the requests
// are counted at the 4.5 MB the adapter aims at (Excel on the web refuses 5 MB).
const EXCEL = { ordinaryRows: 5000, ordinarySyncs: 3, targetBytes: 4.5 * 1024 * 1024 };

const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

function checkBudgets(r) {
  const out = [];
  const add = (name, ok, detail) => out.push({ name, ok, detail });

  const sizes = r.core ? r.core.sizes : [];
  const at = (n) => sizes.find((s) => s.projects === n);
  const k10 = at(10000);
  const k100 = at(100000);
  // The budget (issue 6) is check(): tables, parsing, rules, totals, milestones. buildSummary (the
  // summary sheet's model, built only for 集計 / --summary) is timed beside it and shown, not counted.
  add(
    `core: check() on 10,000 projects < ${BUDGETS.core10kMs} ms`,
    k10 ? k10.checkMs < BUDGETS.core10kMs : null,
    k10
      ? `${fmt(k10.checkMs, 1)} ms (median of ${k10.runs}; with buildSummary ${fmt(k10.ms, 1)} ms)`
      : 'not measured',
  );
  add(
    `core: linear (µs/project at 100,000 ≤ ${BUDGETS.linearFactor}× at 10,000)`,
    k10 && k100 ? k100.usPerProject <= BUDGETS.linearFactor * k10.usPerProject : null,
    k10 && k100
      ? `${fmt(k100.usPerProject, 1)} µs vs ${fmt(k10.usPerProject, 1)} µs (${fmt(k100.usPerProject / k10.usPerProject, 2)}×)`
      : 'not measured',
  );

  const cases = r.excel ? r.excel.cases : [];
  for (const flow of ['validate', 'summary']) {
    const cs = cases.filter((c) => c.flow === flow).sort((a, b) => a.rows - b.rows);
    if (!cs.length) {
      add(
        `excel ${flow}: ≤ ${EXCEL.ordinarySyncs} syncs up to ${fmt(EXCEL.ordinaryRows)} rows`,
        null,
        'not measured',
      );
      add(`excel ${flow}: beyond, syncs ≤ the 4.5 MB floor + 1`, null, 'not measured');
      add(`excel ${flow}: every request under 5 MB`, null, 'not measured');
      continue;
    }
    // Ordinary sheets: one Excel.run of a fixed number of syncs, whatever the rows.
    const small = cs.filter((c) => c.rows <= EXCEL.ordinaryRows);
    add(
      `excel ${flow}: ≤ ${EXCEL.ordinarySyncs} syncs up to ${fmt(EXCEL.ordinaryRows)} rows`,
      small.length ? small.every((c) => c.syncs <= EXCEL.ordinarySyncs) : null,
      small.length ? small.map((c) => `${fmt(c.rows)} rows: ${c.syncs}`).join('; ') : 'not measured',
    );
    // Beyond: the syncs cannot stay constant once the data passes 5 MB. The floor (floorSyncs) is the
    // dims sync + the fewest 5 MB responses for the read + the fewest 5 MB requests for the writes; the
    // adapter aims its requests at 4.5 MB (headroom for estimating what it has not read yet and the
    // envelope of each write), so the budget counts reads and writes at 4.5 MB, + 1 for the first read
    // group (planned before anything is measured).
    const big = cs.filter((c) => c.rows > EXCEL.ordinaryRows);
    const bound = (c) =>
      1 +
      Math.max(1, Math.ceil(c.floorReadBytes / EXCEL.targetBytes)) +
      Math.max(1, Math.ceil(c.writeBytes / EXCEL.targetBytes)) +
      1;
    add(
      `excel ${flow}: beyond, syncs ≤ the 4.5 MB floor + 1`,
      big.length ? big.every((c) => c.syncs <= bound(c)) : null,
      big.length
        ? big
            .map(
              (c) =>
                `${fmt(c.rows)} rows: ${c.syncs} syncs (floor ${c.floorSyncs} at 5 MB, budget ${bound(c)})`,
            )
            .join('; ')
        : 'not measured',
    );
    const over = cs.filter((c) => c.rejected > 0 || c.maxResponseBytes > LIMIT || c.maxRequestBytes > LIMIT);
    add(
      `excel ${flow}: every request under 5 MB`,
      over.length === 0,
      over.length
        ? over
            .map(
              (c) =>
                `${fmt(c.rows)} rows: ${c.rejected} response(s) refused, largest response ${fmt(c.maxResponseBytes / 2 ** 20, 2)} MB, largest request ${fmt(c.maxRequestBytes / 2 ** 20, 2)} MB`,
            )
            .join('; ')
        : `largest ${fmt(Math.max(...cs.map((c) => Math.max(c.maxResponseBytes, c.maxRequestBytes))) / 2 ** 20, 2)} MB`,
    );
  }

  const cli = r.cli;
  add(
    `cli: ≤ ${BUDGETS.cliRatio}× the exceljs read floor`,
    cli ? cli.ratio <= BUDGETS.cliRatio : null,
    cli ? `${fmt(cli.ms)} ms vs ${fmt(cli.floorMs)} ms (${fmt(cli.ratio, 2)}×)` : 'not measured',
  );

  const b = r.bundle;
  const tpl = r.baselines && r.baselines.template;
  add(
    `bundle: initial JS gzip ≤ ${BUDGETS.bundleFactor}× the template's`,
    b && tpl ? b.js.gzip <= BUDGETS.bundleFactor * tpl.js.gzip : null,
    b && tpl
      ? `${fmt(b.js.gzip)} B vs ${fmt(tpl.js.gzip)} B (${fmt(b.js.gzip / tpl.js.gzip, 2)}×)`
      : 'not measured',
  );

  const s = r.start;
  add(
    `task pane: interactive < ${fmt(BUDGETS.startMs)} ms (4× CPU throttling)`,
    s && !s.skipped ? s.ms < BUDGETS.startMs : null,
    s ? (s.skipped ? s.skipped : `${fmt(s.ms)} ms (median of ${s.runs})`) : 'not measured',
  );
  return out;
}

module.exports = { checkBudgets, BUDGETS, fmt };
