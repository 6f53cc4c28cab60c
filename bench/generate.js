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
  '総合窓口課',
  '会計課',
  '契約検査課',
  '政策調整課',
  '人事課',
  '財政課',
  '保険年金課',
  '長寿福祉課',
  '障がい福祉課',
  '生涯学習課',
  'スポーツ・文化振興課',
  '上下水道課',
  '住宅課',
  '農林課',
  '道路・河川課',
  '教育総務課',
  '選挙管理委員会事務局',
  '消防本部',
];
/** Near-miss spellings staff type now and then (the department-near-miss rule finds them). */
const DEPARTMENT_SLIPS = ['情報政策科', '広報化', '総務科'];
// Cell texts are templates filled per project (dates, figures, names, rates), so that no two sheets'
// cells repeat the way a handful of fixed strings would: a real sheet's cells nearly all differ.
const SUMMARIES = [
  (g, s) =>
    `(条例・規則で定める)指定管理施設を含む本市の${g.pick(FACILITIES)}の空き状況の確認や予約ができる「${s}」を新たに導入することで、申込開始日に窓口に行けなかったり、空き状況の確認のため施設にわざわざ電話する必要があるなど、双方の負担となっている現在の状況を改善し、年間約${g.grouped(g.int(2, 90) * 1000)}件の利用者の利便性の向上と各施設管理における事務の効率化を図る。`,
  (g) =>
    `転入出や婚姻等の手続きと同じ窓口で証明書の交付を受け付けていることで、証明書の交付を受けたいだけの市民(事業者)にも順番待ちが発生している場合がある(年間${g.grouped(g.int(5, 60) * 1000)}枚)。そこで、待たない行政の実現を図る。`,
  (g, s) =>
    `広報紙やHP、Facebookを用いて情報発信を行っているが、プッシュ型の情報発信が弱く、市民が情報を探す手間がかかっている。この課題を解決すべく、${s}を活用し、より多くの市民(約${g.grouped(g.int(10, 120) * 1000)}人)が的確かつ簡単に情報入手できるよう環境を整備し市民サービスの向上を図る。`,
  (g, s) =>
    `「個別最適な学び」と「協働的な学び」の一体的な充実のため、${s}を用いて市内${g.int(3, 24)}校の授業支援の環境を整え、教員の負担軽減と児童生徒の学習意欲の向上を図る。`,
  (g, s) =>
    `紙による決裁・文書保存を${s}により電子化し、年間約${g.grouped(g.int(10, 400) * 100)}件の庁内事務の効率化とテレワーク等の柔軟な働き方を推進する。`,
  (g, s, dept) =>
    `${dept}が所管する${g.pick(FACILITIES)}の業務について、${s}の導入により手作業を${g.int(10, 60)}%削減し、職員の負担を軽減するとともに市民サービスの向上を図る。`,
];
const FACILITIES = [
  '公共施設',
  '体育館',
  '図書館',
  '公民館',
  'コミュニティセンター',
  '市民会館',
  '保育園',
  '窓口',
];
const VENDORS = ['Liny', 'MetaMoji', 'LoGoフォーム', 'kintone', 'Zoom', 'Teams', 'ICOCA', 'GovTech'];

/** First-half status (what was done): dates of the past half-year. */
const STATUS_1 = [
  (g) =>
    `${g.month(4, 9)}月にプロポーザルを実施。決定事業者と仕様調整を行い、${g.md(4, 9)}付で契約締結。${g.md(6, 9)}現在、各${g.pick(FACILITIES)}の施設情報及び運用方針について集約し、事業者へ提出。`,
  (g) =>
    `${g.month(4, 9)}月に事業者見積を実施し、決定事業者と${g.md(9, 12)}付で随意契約締結予定。先行して決定事業者との協議を実施し、${g.md(10, 12)}に庁舎内に端末設置予定で調整中。`,
  (g) =>
    `${g.md(4, 9)}に運用を開始。県共同調達システムである「${g.pick(VENDORS)}」を活用。同日付で下記サービスの提供を開始。 ・ごみの日アラート通知 ・防災防犯メール連携(登録者数${g.grouped(g.int(300, 9000))}人)`,
  (g) => `${g.md(4, 9)}に契約を締結し、システムの仕様について事業者と${g.int(2, 9)}回協議を行った。`,
  (g) => `${g.md(7, 10)}の導入開始に向けて、${g.md(4, 6)}に入札を実施し、${g.md(6, 7)}付で契約を締結した。`,
  (g, dept) =>
    `${g.month(4, 6)}月から${g.month(7, 9)}月にかけて${dept}と仕様を協議し、${g.md(8, 9)}に事業者を決定した。`,
  () => '',
];

/** Second-half / next-year plan: months of this fiscal year, 7年… and R7年度 for the next. */
const STATUS_2 = [
  (g) =>
    `事業者の構築するテスト環境をベースに、施設担当者による確認・修正作業を実施。${g.nextYear()}${g.month(1, 3)}月中に本番環境の構築及び職員向け操作研修を実施し、${g.nextYear()}${g.month(1, 3)}月より市民向けシステム仮稼働を開始予定。利用者自身によるシステム本格利用は、${g.nextYear()}${g.month(4, 6)}月以降を想定している。`,
  (g) =>
    `${g.md(11, 12)}の端末設置時に職員向け操作研修を実施し、${g.nextYear()}${g.month(1, 3)}月よりサービス運用開始予定。`,
  (g) =>
    `システムの運用開始に向け、${g.month(10, 12)}月${g.pick(['中', '上旬', '下旬', '末'])}に全職員を対象とした操作研修を実施し、${g.nextYear()}${g.month(4, 7)}月から本格運用を開始予定。`,
  (g) =>
    `市公式アカウントの友達登録者数${g.grouped(g.int(2, 30) * 1000)}人の獲得を目指し、様々な企画を実施予定。R${g.int(6, 7)}年度中に、市内店舗を対象としたクーポン事業を実施予定。`,
  (g, dept) =>
    `${g.md(10, 12)}に実施予定の授業研究会にて${dept}が活用事例を紹介する。年度内に全${g.int(3, 24)}校で活用を開始予定。`,
  (g) =>
    `関係事業者に参考見積を徴収し予算要求を行うとともに、${g.int(7, 8)}年度中の導入に向けて仕様を検討する。`,
  (g) =>
    `${g.month(10, 12)}/${g.int(1, 28)}~${g.month(1, 3)}/${g.int(1, 28)}に試行運用を実施し、${g.nextYear()}${g.month(4, 9)}月の本稼働を目指す。`,
];
const REMARKS = [
  () => 'デジ田交付金対象事業',
  () => 'デジ田交付金対象事業 (地域間連携)',
  () => '',
  () => '',
  (g) => `${g.pick(['おうみ', 'びわ湖', '近江'])}自治体クラウド協議会による共同調達事業(${g.int(3, 12)}団体)`,
  (g) => `特別交付税措置の対象（措置率0.${g.int(3, 8)}）`,
  (g) => `${g.int(6, 8)}年度から運用費用は一般財源`,
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

/** Digits as some staff type them (full width, from the IME). */
const fullWidth = (text) => text.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Random pieces of cell text, drawn from the seeded PRNG. */
function helpers(rand) {
  const int = (a, b) => a + Math.floor(rand() * (b - a + 1));
  const month = (a = 1, b = 12) => int(a, b);
  return {
    int,
    month,
    grouped,
    pick: (list) => list[Math.floor(rand() * list.length)],
    /** "8月1日" with a month in [a, b] and a day that exists. */
    md: (a = 1, b = 12) => {
      const m = month(a, b);
      return `${m}月${int(1, DAYS[m - 1])}日`;
    },
    /** The next calendar year as the sheets write it (mostly 7年; R7年, 令和7年, 2025年; or nothing). */
    nextYear: () => {
      const k = rand();
      return k < 0.55 ? '7年' : k < 0.7 ? 'R7年' : k < 0.8 ? '令和7年' : k < 0.9 ? '2025年' : '';
    },
  };
}

/** A cost cell in one of the notations the sheets use. */
function costCell(g, rand, i, dept) {
  const yen = 100_000 + Math.floor(rand() * 90_000_000);
  const k = i % 20;
  if (k === 19) return '未定'; // unreadable on purpose (an error-severity issue)
  if (k === 7) return yen; // a plain number
  if (k === 11) return `${grouped(Math.round(yen / 1000))}千円`;
  if (k === 13) return `約${(Math.round(yen / 10_000_000) / 10 || 0.1).toFixed(1)}億円`;
  if (k === 3)
    return `${grouped(yen)}円 (うち${g.pick(['防災防犯メールとの連携費用', '保守費用', '端末購入費'])}:${grouped(Math.floor(yen / g.int(3, 12)))}円(${dept}歳出))`;
  if (k % 3 === 0) return `${grouped(yen)}円 (運用費用(${g.int(3, 7)}年間の長期継続契約)を含む)`;
  if (k % 3 === 1)
    return rand() < 0.5
      ? `${grouped(yen)}円 (${g.int(2, 5)}年間の長期継続契約)`
      : `${grouped(yen)}円 (${g.int(13, 60)}ヶ月間の長期継続契約)`;
  return `${grouped(yen)}円`;
}

/** One project row. `future` projects (section ②) have no cost or first-half status, as on the sample. */
function projectRow(rand, no, future) {
  const g = helpers(rand);
  const i = no - 1;
  let dept = DEPARTMENTS[i % DEPARTMENTS.length];
  if (i % 97 === 41) dept = DEPARTMENT_SLIPS[i % DEPARTMENT_SLIPS.length];
  else if (i % 13 === 5) dept = `${dept} ${DEPARTMENTS[(i + 3) % DEPARTMENTS.length]}`;
  const lead = dept.split(' ')[0];
  // Unique names (a real sheet lists each project once): subject × action × phase.
  const phase = Math.floor(i / (SUBJECTS.length * ACTIONS.length)) + 1;
  const subject = SUBJECTS[i % SUBJECTS.length];
  const name = `${subject}${ACTIONS[Math.floor(i / SUBJECTS.length) % ACTIONS.length]}${phase > 1 ? `（第${phase}期）` : ''}`;
  let remark = g.pick(REMARKS)(g);
  if (i % 50 === 17) remark = 'レジ田交付金対象事業'; // the slip of the published sheet
  const typed = (text) => (text && rand() < 0.1 ? fullWidth(text) : text);
  return [
    no,
    name,
    dept,
    future ? null : costCell(g, rand, i, lead),
    g.pick(SUMMARIES)(g, subject, lead),
    future ? null : typed(g.pick(STATUS_1)(g, lead)) || null,
    typed(g.pick(STATUS_2)(g, lead)),
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
