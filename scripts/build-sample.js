#!/usr/bin/env node
/**
 * Builds samples/dx-status-r6.xlsx from samples/dx-status-r6-2024-11-08.txt (the published table,
 * pasted from Excel as TSV), laid out as in the document: title and date lines, both section titles,
 * the header row repeated above each section, the data rows; formatted like a city's working sheet.
 * Deterministic: fixed document dates and zip timestamps, so a rebuild gives the same bytes.
 *
 * Usage: npm run build:sample   (needs the compiled CLI in lib/: npm ci or npm run build:cli)
 */
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');

const root = path.resolve(__dirname, '..');
const source = path.join(root, 'samples', 'dx-status-r6-2024-11-08.txt');
const target = path.join(root, 'samples', 'dx-status-r6.xlsx');
const FIXED_DATE = new Date(Date.UTC(2024, 10, 8, 0, 0, 0));
const SHEET_NAME = 'DX推進状況';
const COLUMN_WIDTHS = [6, 26, 16, 30, 56, 56, 56, 30];

function loadZipHelpers() {
  try {
    return require(path.join(root, 'lib', 'cli', 'zip.js'));
  } catch {
    console.error('lib/cli/zip.js がありません。先に npm run build:cli を実行してください。');
    console.error('lib/cli/zip.js is missing. Run npm run build:cli first.');
    process.exit(2);
  }
}

function isHeaderRow(fields) {
  return fields[0] === 'No.' && fields.length > 1;
}

async function main() {
  const { fixZipTimestamps } = loadZipHelpers();
  const lines = fs.readFileSync(source, 'utf8').replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const ncol = Math.max(...lines.map((l) => l.split('\t').length));

  const wb = new ExcelJS.Workbook();
  wb.creator = 'dx-status-checker sample';
  wb.lastModifiedBy = 'dx-status-checker sample';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.calcProperties = { fullCalcOnLoad: false };

  const ws = wb.addWorksheet(SHEET_NAME, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    properties: { defaultRowHeight: 18 },
  });
  COLUMN_WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  const thin = { style: 'thin', color: { argb: 'FF808080' } };
  const border = { top: thin, left: thin, bottom: thin, right: thin };
  const headerFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  let inTable = false;

  lines.forEach((line, i) => {
    const r = i + 1;
    const fields = line.split('\t');
    if (line.trim() === '') {
      inTable = false;
      return;
    }
    if (fields.length === 1) {
      const cell = ws.getCell(r, 1);
      cell.value = fields[0];
      if (/^[①②③④⑤]/.test(fields[0])) cell.font = { bold: true, size: 12 };
      else if (/について$/.test(fields[0])) {
        cell.font = { bold: true, size: 16 };
        cell.alignment = { horizontal: 'center', vertical: 'middle' };
        ws.mergeCells(r, 1, r, ncol);
        ws.getRow(r).height = 28;
      }
      return;
    }
    const header = isHeaderRow(fields);
    if (header) inTable = true;
    fields.forEach((text, c) => {
      const cell = ws.getCell(r, c + 1);
      if (!header && c === 0 && /^\d+$/.test(text)) cell.value = Number(text);
      else if (text !== '') cell.value = text;
      cell.border = border;
      cell.alignment = {
        wrapText: true,
        vertical: header ? 'middle' : 'top',
        horizontal: header || c === 0 ? 'center' : undefined,
      };
      if (header) {
        cell.font = { bold: true };
        cell.fill = headerFill;
      }
    });
    if (!inTable) inTable = true;
  });

  ws.views = [{ state: 'normal', zoomScale: 85 }];
  const buf = fixZipTimestamps(Buffer.from(await wb.xlsx.writeBuffer()), FIXED_DATE);
  fs.writeFileSync(target, buf);
  console.log(`${path.relative(root, target)} (${buf.length} bytes)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
