/** Workbooks for the adapter tests: the published sample sheet, and a status sheet of any length. */
import type { Grid } from '../../src/core/grid';
import { loadSampleGrid, SAMPLE_HEADER } from '../helpers/sample';
import { WorkbookModel, type SheetModel } from './fake-excel';

export function putGrid(sheet: SheetModel, grid: Grid): void {
  grid.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.value !== null && cell.value !== '') sheet.put(grid.top + r, grid.left + c, cell.value);
    }),
  );
}

/** A workbook holding the sample sheet (active), with some formatting of the user's own. */
export function sampleWorkbook(): { model: WorkbookModel; sheet: SheetModel } {
  const model = new WorkbookModel();
  const grid = loadSampleGrid();
  const sheet = model.addSheet(grid.sheet);
  putGrid(sheet, grid);
  decorate(sheet);
  return { model, sheet };
}

/** The user's formatting: fills, bold, a conditional format of their own. */
export function decorate(sheet: SheetModel): void {
  let n = 0;
  for (const cell of sheet.cells.values()) {
    n++;
    if (n % 3 === 0) cell.fill = '#E2EFDA';
    if (n % 5 === 0) cell.bold = true;
    if (n % 7 === 0) cell.numberFormat = '#,##0';
  }
  sheet.cfs.push({
    areas: [{ r0: 0, c0: 0, r1: 200, c1: 7 }],
    type: 'CellValue',
    formula: null,
    fill: '#FF0000',
  });
  sheet.cfs.push({
    areas: [{ r0: 5, c0: 3, r1: 9000, c1: 3 }],
    type: 'Custom',
    formula: '=D6>100000000',
    fill: '#FFFF00',
  });
}

const HEADER = SAMPLE_HEADER;
const DEPTS = ['情報政策課', '広報課', '危機管理課', '学校教育課', '土木交通課', '総務課'];

/** A workbook with one status sheet holding the title, the date, the section label and the header row (row 6). */
function statusSheet(): { model: WorkbookModel; sheet: SheetModel } {
  const model = new WorkbookModel();
  const sheet = model.addSheet('DX推進状況');
  sheet.put(0, 0, '本市におけるDXの推進状況について');
  sheet.put(2, 0, '令和6年11月8日');
  sheet.put(4, 0, '①令和6年度実施事業');
  HEADER.forEach((h, c) => sheet.put(5, c, h));
  return { model, sheet };
}

/** A status sheet with `rows` projects (short texts, as an ordinary large sheet). */
export function statusWorkbook(rows: number): { model: WorkbookModel; sheet: SheetModel } {
  const { model, sheet } = statusSheet();
  for (let i = 0; i < rows; i++) {
    const r = 6 + i;
    sheet.put(r, 0, i + 1);
    sheet.put(r, 1, `事業${i + 1}`);
    sheet.put(r, 2, DEPTS[i % DEPTS.length]);
    sheet.put(r, 3, i % 10 === 9 ? '未定' : `${(i + 1) * 1000}円`);
    sheet.put(r, 4, '概要');
    sheet.put(r, 5, i % 4 === 0 ? '6月に契約締結' : '');
    sheet.put(r, 6, '7年2月より稼働予定');
    sheet.put(r, 7, i % 3 === 0 ? 'デジ田' : '');
  }
  decorate(sheet);
  return { model, sheet };
}

const SUBJECTS = [
  '公共施設予約システム',
  '市公式LINE',
  '授業支援システム',
  '文書管理・電子決裁システム',
  '生成AI',
];

/**
 * A status sheet with `rows` projects and long Japanese texts (概要, 実施状況, 予定) like the published
 * sheet's: about 110 bytes a cell as JSON, so 10,000 rows pass Excel on the web's 5 MB in one read.
 */
export function textHeavyWorkbook(rows: number): { model: WorkbookModel; sheet: SheetModel } {
  const { model, sheet } = statusSheet();
  for (let i = 0; i < rows; i++) {
    const r = 6 + i;
    const subject = SUBJECTS[i % SUBJECTS.length];
    sheet.put(r, 0, i + 1);
    sheet.put(r, 1, `${subject}導入事業（第${i + 1}期）`);
    sheet.put(r, 2, DEPTS[i % DEPTS.length]);
    sheet.put(r, 3, `${((i % 97) + 1) * 123000}円 (運用費用(5年間の長期継続契約)を含む)`);
    sheet.put(
      r,
      4,
      `市民サービスの向上と事務の効率化を図るため、${subject}を導入し、窓口での手続を簡素化する。`,
    );
    sheet.put(
      r,
      5,
      i % 4 === 0 ? '6月に契約を締結し、システムの設計及び構築作業を進めている。' : '要件定義を実施',
    );
    sheet.put(r, 6, '7年1月中に本番環境の構築及び職員向け操作研修を実施し、7年2月より運用開始予定');
    sheet.put(r, 7, i % 3 === 0 ? 'デジ田交付金対象事業' : '');
  }
  return { model, sheet };
}
