// The preview page: the production task pane in an iframe (its Office.js is the host double) and the
// double's workbook drawn beside it as a plain grid. The grid is redrawn whenever the add-in writes
// (the double's onChange), so the highlights and the summary sheet appear as the add-in makes them.
(function () {
  'use strict';
  const MAX_ROWS = 400;
  const MAX_COLS = 40;
  const frame = document.getElementById('pane');
  const gridEl = document.getElementById('grid');
  const tabsEl = document.getElementById('tabs');
  const chartsEl = document.getElementById('charts');
  const infoEl = document.getElementById('info');
  const langEl = document.getElementById('lang');
  const themeEl = document.getElementById('theme');
  let double = null;
  let lastSelection = '';
  let pending = false;

  function colLetters(c) {
    let s = '';
    let n = c + 1;
    while (n > 0) {
      const m = (n - 1) % 26;
      s = String.fromCharCode(65 + m) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }

  /** Display text of a value with its number format (enough of Excel's formats for a preview). */
  function display(cell) {
    const v = cell.v;
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    if (typeof v !== 'number') return String(v);
    const nf = cell.nf || 'General';
    if (/y/.test(nf) && /d/.test(nf)) {
      const d = new Date(Date.UTC(1899, 11, 30) + Math.round(v * 86400000));
      return `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
    }
    if (/%/.test(nf)) return `${(v * 100).toFixed((/0\.(0+)%/.exec(nf) || ['', ''])[1].length)}%`;
    if (/#,##0/.test(nf)) {
      const s = Math.abs(v).toLocaleString('en-US', {
        maximumFractionDigits: (/0\.(0+)/.exec(nf) || ['', ''])[1].length,
      });
      const lit = /"([^"]*)"\s*$/.exec(nf);
      return (v < 0 ? '-' : '') + (/^[¥\\]/.test(nf) ? '¥' : '') + s + (lit ? lit[1] : '');
    }
    return String(v);
  }

  function rectsOf(addresses) {
    return addresses.map((a) => double.parseAddress(a)).filter(Boolean);
  }
  const inRect = (r, c, x) => r >= x.r0 && r <= x.r1 && c >= x.c0 && c <= x.c1;

  function render() {
    pending = false;
    if (!double) return;
    const snap = double.snapshot();
    const sheet = snap.sheets.find((s) => s.name === snap.activeSheet) || snap.sheets[0];
    renderTabs(snap, sheet);
    renderGrid(snap, sheet);
    renderCharts(sheet);
    const own = sheet.cfs.filter((cf) => cf.fill);
    const cfCells = own.reduce(
      (n, cf) => n + rectsOf(cf.ranges).reduce((m, x) => m + (x.r1 - x.r0 + 1) * (x.c1 - x.c0 + 1), 0),
      0,
    );
    const last = snap.log[snap.log.length - 1];
    infoEl.textContent =
      `${sheet.name}${sheet.protected ? ' (protected)' : ''} · 条件付き書式 / conditional formats: ${own.length} (${cfCells} cells)` +
      ` · context.sync: ${snap.syncCount} · writes: ${snap.log.length}` +
      (last ? ` · last: ${last.op}${last.address ? ' ' + last.address : ''}` : '');
  }

  function renderTabs(snap, shown) {
    tabsEl.textContent = '';
    for (const s of snap.sheets) {
      if (s.visibility !== 'Visible') continue;
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = s.name + (s.addedByApi ? ' ✚' : '');
      b.title = s.addedByApi ? 'アドインが追加したシート / added by the add-in' : s.name;
      b.setAttribute('role', 'tab');
      b.setAttribute('aria-selected', String(s.name === shown.name));
      // Clicking a tab activates the sheet in the double, as clicking a sheet tab does in Excel.
      b.addEventListener('click', () => double.activate(s.name));
      tabsEl.appendChild(b);
    }
  }

  function renderGrid(snap, sheet) {
    const used = sheet.used;
    gridEl.textContent = '';
    if (!used) {
      gridEl.textContent = '（空のシート / empty sheet）';
      return;
    }
    const rows = Math.min(used.r1, MAX_ROWS - 1);
    const cols = Math.min(used.c1, MAX_COLS - 1);
    const merges = rectsOf(sheet.merges);
    const cfs = sheet.cfs
      .filter((cf) => cf.fill)
      .sort((a, b) => a.priority - b.priority)
      .map((cf) => ({ fill: cf.fill, rects: rectsOf(cf.ranges), formula: cf.formula }));
    const tableHeads = sheet.tables.map((t) => double.parseAddress(t.address)).filter(Boolean);
    const sel = snap.selection.sheet === sheet.name ? double.parseAddress(snap.selection.address) : null;
    const table = document.createElement('table');
    const colgroup = document.createElement('colgroup');
    const head = document.createElement('col');
    head.style.width = '40px';
    colgroup.appendChild(head);
    let total = 40;
    for (let c = 0; c <= cols; c++) {
      const col = document.createElement('col');
      const w = Math.max(36, Math.min(sheet.columnWidths[c] || 72, 240));
      col.style.width = `${w}px`;
      total += w;
      colgroup.appendChild(col);
    }
    // A fixed layout keeps the columns at their widths (long text is cut, its full value in the tooltip).
    table.style.width = `${total}px`;
    table.appendChild(colgroup);
    const hr = document.createElement('tr');
    hr.appendChild(document.createElement('th'));
    for (let c = 0; c <= cols; c++) {
      const th = document.createElement('th');
      th.textContent = colLetters(c);
      hr.appendChild(th);
    }
    table.appendChild(hr);
    let selectedTd = null;
    for (let r = 0; r <= rows; r++) {
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.className = 'rowhead';
      th.textContent = String(r + 1);
      tr.appendChild(th);
      for (let c = 0; c <= cols; c++) {
        const m = merges.find((x) => inRect(r, c, x));
        if (m && (m.r0 !== r || m.c0 !== c)) continue;
        const td = document.createElement('td');
        if (m) {
          td.rowSpan = Math.min(m.r1, rows) - m.r0 + 1;
          td.colSpan = Math.min(m.c1, cols) - m.c0 + 1;
        }
        const address = colLetters(c) + (r + 1);
        const cell = sheet.cells[address];
        const classes = [];
        if (cell) {
          const text = display(cell);
          td.textContent = text;
          td.title = `${address}: ${cell.f ? cell.f : text}${cell.nf ? `  [${cell.nf}]` : ''}`;
          if (typeof cell.v === 'number') classes.push('num');
          if (cell.font && cell.font.bold) classes.push('bold');
          if (cell.link) classes.push('link');
          if (cell.f) classes.push('formula');
          if (cell.fill) td.style.background = cell.fill;
          if (cell.font && cell.font.color) td.style.color = cell.font.color;
        }
        if (tableHeads.some((x) => x.r0 === r && c >= x.c0 && c <= x.c1)) classes.push('table-head');
        const cf = cfs.find((x) => x.rects.some((rect) => inRect(r, c, rect)));
        if (cf) {
          classes.push('cf');
          td.style.background = cf.fill;
          td.title = `${td.title || address}\n条件付き書式 / conditional format: ${cf.formula || ''}`;
        }
        if (sel && inRect(r, c, sel)) {
          classes.push('selected');
          if (!selectedTd) selectedTd = td;
        }
        td.className = classes.join(' ');
        tr.appendChild(td);
      }
      table.appendChild(tr);
    }
    gridEl.appendChild(table);
    const selKey = `${snap.selection.sheet}!${snap.selection.address}`;
    if (selectedTd && selKey !== lastSelection)
      selectedTd.scrollIntoView({ block: 'center', inline: 'nearest' });
    lastSelection = selKey;
  }

  function valuesAt(sheet, address) {
    const x = double.parseAddress(address.replace(/^.*!/, ''));
    if (!x) return [];
    const out = [];
    for (let r = x.r0; r <= x.r1; r++)
      for (let c = x.c0; c <= x.c1; c++) {
        const cell = sheet.cells[colLetters(c) + (r + 1)];
        out.push(cell ? cell.v : '');
      }
    return out;
  }

  function renderCharts(sheet) {
    chartsEl.textContent = '';
    for (const ch of sheet.charts) {
      const box = document.createElement('figure');
      box.className = 'chart';
      const title = document.createElement('figcaption');
      title.textContent = `${ch.settings['title.text'] || ch.name} (${ch.type})`;
      box.appendChild(title);
      const values = valuesAt(sheet, ch.source.address).slice(1);
      const cats =
        ch.series[0] && ch.series[0].xAxisValues
          ? valuesAt(sheet, ch.series[0].xAxisValues)
          : values.map((_, i) => String(i + 1));
      const max = Math.max(1, ...values.filter((v) => typeof v === 'number'));
      values.forEach((v, i) => {
        const row = document.createElement('div');
        row.className = 'row';
        const label = document.createElement('span');
        label.className = 'label';
        label.textContent = String(cats[i] ?? '');
        const bar = document.createElement('span');
        bar.className = 'bar-fill';
        bar.style.width = `${typeof v === 'number' ? Math.round((v / max) * 200) : 0}px`;
        const num = document.createElement('span');
        num.textContent = typeof v === 'number' ? v.toLocaleString('en-US') : '';
        row.append(label, bar, num);
        box.appendChild(row);
      });
      chartsEl.appendChild(box);
    }
  }

  function schedule() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(render);
  }

  function attach() {
    double = null;
    const win = frame.contentWindow;
    const wait = () => {
      if (win.__dxDouble) {
        double = win.__dxDouble;
        double.onChange(schedule);
        render();
      } else setTimeout(wait, 50);
    };
    wait();
  }

  function load() {
    const q = new URLSearchParams({ lang: langEl.value, theme: themeEl.value });
    history.replaceState(null, '', `/?${q}`);
    frame.src = `/taskpane.html?${q}`;
  }

  frame.addEventListener('load', attach);
  langEl.addEventListener('change', load);
  themeEl.addEventListener('change', load);
  document.getElementById('reset').addEventListener('click', load);

  fetch('/__preview/data.json')
    .then((r) => r.json())
    .then((data) => {
      const q = new URLSearchParams(location.search);
      langEl.value = q.get('lang') || data.lang || 'ja';
      themeEl.value = q.get('theme') || data.theme || 'light';
      document.getElementById('file').textContent =
        data.file + (data.standIn ? ' (stand-in built from the TSV)' : '');
      load();
    });
})();
