// Realistic DX project-status sheets of any length, for the benchmarks (deterministic: a seeded PRNG).
//
// The layout follows the published sheet (samples/dx-status-r6-2024-11-08.txt): title lines, a date,
// section ① (令和6年度実施事業, ~80% of the projects) and section ② (令和7年度以降検討事業), each with its
// own header row No. / 事業名称 / 担当課 / 事業経費 / 概要 / R6前期実施状況 / R6後期→R7実施予定 / 備考.
// Texts are long Japanese sentences like the real ones; costs, schedules and subsidy flags come in the
// variants staff write (円 with notes, 千円, 億円, a bare number, うち…, 未定), with a few slips
// (レジ田 for デジ田, a near-miss department spelling, an unreadable amount).
//
//   sheetRows(n)            → array of rows (arrays of string | number | null), sheet order
//   gridOf(rows, sheet)     → the core's Grid
//   writeXlsx(rows, file)   → an .xlsx written with exceljs (one sheet "DX推進状況")

const HEADER = [
  'No.',
  '事業名称',
  '担当課',
  '事業経費',
  '概要',
  'R6前期実施状況',
  'R6後期→R7実施予定',
  '備考',
];
const COLS = HEADER.length;
const SHEET = 'DX推進状況';

const SUBJECTS = [
  '公共施設予約システム',
  '庁舎内コンビニ交付端末',
  '市公式LINE',
  '授業支援システム',
  'コミュニティバスのキャッシュレス決済システム',
  '文書管理・電子決裁システム',
  '統合型・公開型GIS',
  '生成AI',
  '窓口キャッシュレス決済',
  'オンライン申請システム',
  '書かない窓口',
  'RPA',
  '電子契約システム',
  'ペーパーレス会議システム',
  'テレワーク環境',
  '校務支援システム',
  '道路損傷通報システム',
  '子育て支援アプリ',
  '防災情報システム',
  '議会映像配信システム',
];
const ACTIONS = ['導入事業', '導入・運用事業', '更新事業', '構築事業', '活用推進事業', '実証事業'];
const DEPARTMENTS = [
  '情報政策課',
  '広報課',
  '危機管理課',
  '学校教育課',
  '土木交通課',
  '総務課',
  '市民課',
  '税務課',
  '子育て支援課',
  '環境政策課',
  '商工観光労政課',
  '都市計画課',
  '健康増進課',
  '議会事務局',
];
/** Near-miss spellings staff type now and then (the department-near-miss rule finds them). */
const DEPARTMENT_SLIPS = ['情報政策科', '広報化', '総務科'];
const SUMMARIES = [
  '(条例・規則で定める)指定管理施設を含む本市の公共施設の空き状況の確認や予約ができるシステムを新たに導入することで、申込開始日に窓口に行けなかったり、空き状況の確認のため施設にわざわざ電話する必要があるなど、双方の負担となっている現在の状況を改善し、利用者の利便性の向上と各施設管理における事務の効率化を図る。',
  '転入出や婚姻等の手続きと同じ窓口で証明書の交付を受け付けていることで、証明書の交付を受けたいだけの市民(事業者)にも順番待ちが発生している場合がある。そこで、待たない行政の実現を図る。',
  '広報紙やHP、Facebookを用いて情報発信を行っているが、プッシュ型の情報発信が弱く、市民が情報を探す手間がかかっている。この課題を解決すべく、より多くの市民が的確かつ簡単に情報入手できるよう環境を整備し市民サービスの向上を図る。',
  '「個別最適な学び」と「協働的な学び」の一体的な充実のため、ICTを用いた授業支援の環境を整え、教員の負担軽減と児童生徒の学習意欲の向上を図る。',
  '紙による決裁・文書保存を電子化し、庁内事務の効率化とテレワーク等の柔軟な働き方を推進する。',
];
const STATUS_1 = [
  '6月にプロポーザルを実施。決定事業者と仕様調整を行い、8月1日付で契約締結。9月30日現在、各公共施設の施設情報及び運用方針について集約し、事業者へ提出。',
  '9月に事業者見積を実施し、決定事業者と10月1日付で随意契約締結予定。先行して決定事業者との協議を実施し、12月12日に庁舎内に端末設置予定で調整中。',
  '8月1日に運用を開始。県共同調達システムである「Liny」を活用。同日付で下記サービスの提供を開始。 ・ごみの日アラート通知 ・防災防犯メール連携',
  '7月29日に契約を締結し、システムの仕様について事業者と協議を行った。',
  '9月1日の導入開始に向けて、6月14日に入札を実施し、7月1日付で契約を締結した。',
  '',
];
const STATUS_2 = [
  '事業者の構築するテスト環境をベースに、施設担当者による確認・修正作業を実施。7年1月中に本番環境の構築及び職員向け操作研修を実施し、7年2月より市民向けシステム仮稼働を開始予定。利用者自身によるシステム本格利用は、7年4月以降を想定している。',
  '12月12日の端末設置時に職員向け操作研修を実施し、7年1月よりサービス運用開始予定。',
  'システムの運用開始に向け、12月中に全職員を対象とした操作研修を実施し、7年4月から本格運用を開始予定。',
  '市公式アカウントの友達登録者数獲得を目指し、様々な企画を実施予定。R6年度中に、市内店舗を対象としたクーポン事業を実施予定。',
  '10月31日に実施予定の授業研究会にて授業支援システムの活用事例を紹介する。年度内に全校で活用を開始予定。',
  '関係事業者に参考見積を徴収し予算要求を行うとともに、7年度中の導入に向けて仕様を検討する。',
];
const REMARKS = [
  'デジ田交付金対象事業',
  'デジ田交付金対象事業 (地域間連携)',
  '',
  '',
  'おうみ自治体クラウド協議会による共同調達事業',
  '特別交付税措置の対象（措置率0.7）',
];

/** mulberry32: a small, fast, seeded PRNG. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const grouped = (n) => n.toLocaleString('en-US');

/** A cost cell in one of the notations the sheets use. */
function costCell(rand, i, dept) {
  const yen = 100_000 + Math.floor(rand() * 90_000_000);
  const k = i % 20;
  if (k === 19) return '未定'; // unreadable on purpose (an error-severity issue)
  if (k === 7) return yen; // a plain number
  if (k === 11) return `${grouped(Math.round(yen / 1000))}千円`;
  if (k === 13) return `約${(Math.round(yen / 10_000_000) / 10 || 0.1).toFixed(1)}億円`;
  if (k === 3)
    return `${grouped(yen)}円 (うち防災防犯メールとの連携費用:${grouped(Math.floor(yen / 10))}円(${dept}歳出))`;
  if (k % 3 === 0) return `${grouped(yen)}円 (運用費用(5年間の長期継続契約)を含む)`;
  if (k % 3 === 1) return `${grouped(yen)}円 (3年間の長期継続契約)`;
  return `${grouped(yen)}円`;
}

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

/** One project row. `future` projects (section ②) have no cost or first-half status, as on the sample. */
function projectRow(rand, no, future) {
  const i = no - 1;
  let dept = DEPARTMENTS[i % DEPARTMENTS.length];
  if (i % 97 === 41) dept = DEPARTMENT_SLIPS[i % DEPARTMENT_SLIPS.length];
  else if (i % 13 === 5) dept = `${dept} ${DEPARTMENTS[(i + 3) % DEPARTMENTS.length]}`;
  // Unique names (a real sheet lists each project once): subject × action × phase.
  const phase = Math.floor(i / (SUBJECTS.length * ACTIONS.length)) + 1;
  const name = `${SUBJECTS[i % SUBJECTS.length]}${ACTIONS[Math.floor(i / SUBJECTS.length) % ACTIONS.length]}${phase > 1 ? `（第${phase}期）` : ''}`;
  let remark = pick(rand, REMARKS);
  if (i % 50 === 17) remark = 'レジ田交付金対象事業'; // the slip of the published sheet
  return [
    no,
    name,
    dept,
    future ? null : costCell(rand, i, dept),
    pick(rand, SUMMARIES),
    future ? null : pick(rand, STATUS_1) || null,
    pick(rand, STATUS_2),
    remark || null,
  ];
}

/** The sheet's rows (title lines, two sections) with `n` projects. */
function sheetRows(n, seed = 20241108) {
  const rand = rng(seed + n);
  const blank = () => new Array(COLS).fill(null);
  const line = (text) => [text, ...new Array(COLS - 1).fill(null)];
  const rows = [
    blank(),
    line('本市におけるDXの推進状況について'),
    blank(),
    line('令和6年11月8日'),
    line('総合調整会議資料 資料1'),
    blank(),
    line('①令和6年度実施事業'),
    blank(),
    HEADER.slice(),
  ];
  const first = Math.max(1, Math.round(n * 0.8));
  for (let no = 1; no <= first; no++) rows.push(projectRow(rand, no, false));
  if (n > first) {
    rows.push(blank(), line('②令和7年度以降検討事業'), blank(), HEADER.slice());
    for (let no = first + 1; no <= n; no++) rows.push(projectRow(rand, no, true));
  }
  return rows;
}

const EMPTY = Object.freeze({ value: null });

/** The core's Grid for the rows (what the CLI's and the add-in's readers produce). */
function gridOf(rows, sheet = SHEET) {
  return {
    sheet,
    top: 0,
    left: 0,
    rows: rows.map((r) => r.map((v) => (v === null || v === '' ? EMPTY : { value: v }))),
  };
}

/** Writes the rows as an .xlsx (exceljs), the way a user's workbook holds them. */
async function writeXlsx(rows, file, sheet = SHEET) {
  const ExcelJS = require('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r.map((v) => (v === null ? undefined : v)));
  await wb.xlsx.writeFile(file);
}

module.exports = { sheetRows, gridOf, writeXlsx, HEADER, SHEET };
