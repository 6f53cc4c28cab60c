// Node side of the host double: reads an .xlsx with exceljs into the plain JSON workbook the browser
// double (host-double/office-double.js) is loaded with. Also builds a stand-in sample workbook from the
// published TSV when samples/dx-status-r6.xlsx is not there yet.
const fs = require('fs');
const os = require('os');
const path = require('path');
const ExcelJS = require('exceljs');

const ROOT = path.resolve(__dirname, '..', '..');
const SAMPLE_XLSX = path.join(ROOT, 'samples', 'dx-status-r6.xlsx');
const SAMPLE_TXT = path.join(ROOT, 'samples', 'dx-status-r6-2024-11-08.txt');

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A JS Date as exceljs reads it (UTC midnight) → Excel serial number. */
function dateToSerial(d) {
  return (d.getTime() - EXCEL_EPOCH_MS) / 86400000;
}

function isoOf(d) {
  return d.toISOString().slice(0, 10);
}

/** One exceljs cell → {v, f?, nf?, t?} or null when empty. */
function cellJson(cell) {
  const raw = cell.value;
  const nf = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
  const out = {};
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'boolean') out.v = raw;
  else if (typeof raw === 'string') out.v = raw;
  else if (raw instanceof Date) {
    out.v = dateToSerial(raw);
    out.t = 'date';
    out.iso = isoOf(raw);
  } else if (typeof raw === 'object') {
    if ('richText' in raw) out.v = raw.richText.map((r) => r.text).join('');
    else if ('error' in raw) {
      out.v = raw.error;
      out.t = 'error';
    } else if ('formula' in raw || 'sharedFormula' in raw) {
      out.f = '=' + (raw.formula || cell.formula || '');
      const r = raw.result;
      if (r && typeof r === 'object' && 'error' in r) {
        out.v = r.error;
        out.t = 'error';
      } else if (r instanceof Date) out.v = dateToSerial(r);
      else out.v = r === undefined || r === null ? '' : r;
    } else if ('hyperlink' in raw) {
      out.v =
        typeof raw.text === 'string'
          ? raw.text
          : String(raw.text && raw.text.richText ? raw.text.richText.map((r) => r.text).join('') : '');
      out.link = raw.hyperlink;
    } else out.v = String(raw);
  }
  if (nf) out.nf = nf;
  return out;
}

/** Reads FILE.xlsx → {file, sheets: [{name, cells: {A1: {...}}, merges, protected, columnWidths}], active}. */
async function readWorkbookJson(file) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets = [];
  wb.eachSheet((ws) => {
    const cells = {};
    const merges = (ws.model && ws.model.merges) || [];
    const covered = new Set();
    for (const m of merges) {
      const [a, b] = m.split(':');
      const s = ws.getCell(a);
      const e = ws.getCell(b || a);
      for (let r = s.row; r <= e.row; r++)
        for (let c = s.col; c <= e.col; c++) if (r !== s.row || c !== s.col) covered.add(`${r},${c}`);
    }
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        // exceljs repeats the master's value in merged cells; Office.js gives "" there.
        if (covered.has(`${cell.row},${cell.col}`)) return;
        const j = cellJson(cell);
        if (j) cells[cell.address] = j;
      });
    });
    const columnWidths = {};
    (ws.columns || []).forEach((col, i) => {
      if (col && col.width) columnWidths[i] = col.width;
    });
    sheets.push({
      name: ws.name,
      cells,
      merges,
      protected: Boolean(ws.sheetProtection && ws.sheetProtection.sheet),
      columnWidths,
      visibility:
        ws.state === 'visible' || !ws.state ? 'Visible' : ws.state === 'hidden' ? 'Hidden' : 'VeryHidden',
    });
  });
  const activeTab =
    wb.views && wb.views[0] && typeof wb.views[0].activeTab === 'number' ? wb.views[0].activeTab : 0;
  return { file: path.basename(file), sheets, active: Math.min(activeTab, Math.max(0, sheets.length - 1)) };
}

/** Builds a workbook from the published TSV (title lines, two sections), amounts as text as published. */
async function buildWorkbookFromTsv(txtFile, outFile) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DX推進状況');
  const lines = fs
    .readFileSync(txtFile, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line === '') return;
    line.split('\t').forEach((text, j) => {
      if (text === '') return;
      const cell = ws.getCell(i + 1, j + 1);
      cell.value = /^\d+$/.test(text) && j === 0 ? Number(text) : text;
    });
  });
  ws.columns.forEach((c, j) => (c.width = [6, 30, 14, 24, 50, 50, 50, 30][j] || 12));
  await wb.xlsx.writeFile(outFile);
  return outFile;
}

/**
 * The sample workbook: samples/dx-status-r6.xlsx when it exists (npm run build:sample), otherwise a
 * stand-in built from the TSV in a temp dir. Returns {file, standIn}.
 */
async function sampleWorkbookFile() {
  if (fs.existsSync(SAMPLE_XLSX)) return { file: SAMPLE_XLSX, standIn: false };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dx-sample-'));
  const file = path.join(dir, 'dx-status-r6.xlsx');
  await buildWorkbookFromTsv(SAMPLE_TXT, file);
  return { file, standIn: true };
}

module.exports = { readWorkbookJson, buildWorkbookFromTsv, sampleWorkbookFile, SAMPLE_XLSX, ROOT };
