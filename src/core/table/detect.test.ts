import { cellAt, cellText, gridFromValues } from '../grid';
import { columnKeyOf, normalizeLabel, unitFromLabel } from './columns';
import { detectTableLayout, detectTables, isSectionLabel, sectionKind, sectionTitle } from './detect';
import { sampleGrid } from './__fixtures__/sample';
import { SAMPLE_HEADER } from '../../../test/helpers/sample';

const HEADER = SAMPLE_HEADER;

describe('column labels', () => {
  it('recognises the aliases whatever their width, spacing or brackets', () => {
    expect(columnKeyOf('No.')).toBe('no');
    expect(columnKeyOf('ＮＯ')).toBe('no');
    expect(columnKeyOf('№')).toBe('no');
    expect(columnKeyOf('番 号')).toBe('no');
    expect(columnKeyOf('事業名')).toBe('name');
    expect(columnKeyOf('所管部署')).toBe('department');
    expect(columnKeyOf('事業経費（千円）')).toBe('cost');
    expect(columnKeyOf('予算額(単位:千円)')).toBe('cost');
    expect(columnKeyOf('金額千円')).toBe('cost');
    expect(columnKeyOf('事業内容')).toBe('overview');
    expect(columnKeyOf('R6前期実施状況')).toBe('status');
    expect(columnKeyOf('進捗状況')).toBe('status');
    expect(columnKeyOf('R6後期→R7実施予定')).toBe('plan');
    expect(columnKeyOf('今後の予定')).toBe('plan');
    expect(columnKeyOf('財源')).toBe('remarks');
    expect(columnKeyOf('【備考】')).toBe('remarks');
    expect(columnKeyOf('公共施設予約システム導入事業')).toBeNull();
    expect(columnKeyOf('')).toBeNull();
  });

  it('reads the money unit from the label', () => {
    expect(unitFromLabel('事業経費（千円）')).toBe('thousand-yen');
    expect(unitFromLabel('予算額(単位:千円)')).toBe('thousand-yen');
    expect(unitFromLabel('事業経費（円）')).toBe('yen');
    expect(unitFromLabel('事業経費')).toBeNull();
    expect(normalizeLabel(' 事業 経費（円） ')).toBe('事業経費');
  });
});

describe('section labels', () => {
  it('knows a section line and strips its marks', () => {
    expect(isSectionLabel('①令和6年度実施事業')).toBe(true);
    expect(isSectionLabel('【令和7年度以降検討事業】')).toBe(true);
    expect(isSectionLabel('■ 継続事業')).toBe(true);
    expect(isSectionLabel('令和6年度実施事業')).toBe(true);
    expect(isSectionLabel('本市におけるDXの推進状況について')).toBe(false);
    expect(isSectionLabel('令和6年11月8日')).toBe(false);
    expect(isSectionLabel('総合調整会議資料 資料1')).toBe(false);
    expect(sectionTitle('①令和6年度実施事業')).toBe('令和6年度実施事業');
    expect(sectionTitle('【令和7年度以降検討事業】')).toBe('令和7年度以降検討事業');
    expect(sectionTitle('◆ 検討中の事業')).toBe('検討中の事業');
    expect(sectionKind('令和6年度実施事業')).toBe('implementing');
    expect(sectionKind('令和7年度以降検討事業')).toBe('considering');
    expect(sectionKind('令和8年度以降実施事業')).toBe('considering');
    expect(sectionKind('その他')).toBe('unknown');
    expect(sectionKind(null)).toBe('unknown');
  });
});

describe('detectTables on the published sample', () => {
  const grid = sampleGrid();
  const sections = detectTables(grid);

  it('finds the two sections with their own header rows', () => {
    expect(sections).toHaveLength(2);
    const [a, b] = sections;
    expect(a.headerRow).toBe(9); // sheet row 10
    expect(a.firstRow).toBe(10);
    expect(a.lastRow).toBe(16);
    expect(a.title).toBe('令和6年度実施事業');
    expect(a.kind).toBe('implementing');
    expect(b.headerRow).toBe(20);
    expect(b.firstRow).toBe(21);
    expect(b.lastRow).toBe(24);
    expect(b.title).toBe('令和7年度以降検討事業');
    expect(b.kind).toBe('considering');
  });

  it('maps every column', () => {
    const cols = sections[0].columns;
    expect(cols.no?.col).toBe(0);
    expect(cols.name?.col).toBe(1);
    expect(cols.department?.col).toBe(2);
    expect(cols.cost).toEqual({ key: 'cost', col: 3, label: '事業経費', unit: 'yen' });
    expect(cols.overview?.col).toBe(4);
    expect(cols.status?.label).toBe('R6前期実施状況');
    expect(cols.plan?.label).toBe('R6後期→R7実施予定');
    expect(cols.remarks?.col).toBe(7);
  });

  it('covers the 11 projects', () => {
    const names = sections.flatMap((s) => {
      const out: string[] = [];
      for (let r = s.firstRow; r <= s.lastRow; r++) out.push(cellText(cellAt(grid, r, s.columns.name!.col)));
      return out;
    });
    expect(names).toHaveLength(11);
    expect(names[0]).toBe('公共施設予約システム導入事業');
    expect(names[10]).toBe('デジタル人材の確保・育成事業');
  });
});

describe('detectTables on other layouts', () => {
  it('accepts reordered, renamed columns with a 千円 unit and a grid not starting at A1', () => {
    const grid = gridFromValues(
      'S',
      [
        ['DX事業一覧'],
        [],
        ['事業名', '番号', '予算額（千円）', '所管課', '進捗状況', '今後の予定'],
        ['予約システム', 1, 19140, '情報政策課', '契約済', '7年4月稼働予定'],
        ['LINE', 2, 2046, '広報課', '', ''],
      ],
      4,
      2,
    );
    const [s] = detectTables(grid);
    expect(s.headerRow).toBe(6);
    expect(s.firstRow).toBe(7);
    expect(s.lastRow).toBe(8);
    expect(s.title).toBeNull();
    expect(s.kind).toBe('unknown');
    expect(s.columns.name?.col).toBe(2);
    expect(s.columns.no?.col).toBe(3);
    expect(s.columns.cost?.unit).toBe('thousand-yen');
    expect(s.columns.department?.col).toBe(5);
    expect(s.columns.status?.col).toBe(6);
    expect(s.columns.plan?.col).toBe(7);
    expect(s.columns.overview).toBeUndefined();
  });

  it('accepts full-width labels and a header of No. + department without a name column', () => {
    const grid = gridFromValues('S', [
      ['ＮＯ．', '担当課', '事業経費（円）'],
      [1, '情報政策課', 100],
    ]);
    const [s] = detectTables(grid);
    expect(s.columns.no?.col).toBe(0);
    expect(s.columns.cost?.unit).toBe('yen');
    expect(s.lastRow).toBe(1);
  });

  it('splits one table at section rows inside it', () => {
    const grid = gridFromValues('S', [
      ['本市のDX'],
      HEADER,
      ['【令和6年度実施事業】'],
      [1, 'A事業', '情報政策課', '1,000円'],
      [2, 'B事業', '総務課', '2,000円'],
      [null, '②令和7年度以降検討事業'],
      [3, 'C事業', '情報政策課'],
    ]);
    const sections = detectTables(grid);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toMatchObject({
      headerRow: 1,
      firstRow: 3,
      lastRow: 4,
      title: '令和6年度実施事業',
      kind: 'implementing',
    });
    expect(sections[1]).toMatchObject({
      headerRow: 1,
      firstRow: 6,
      lastRow: 6,
      title: '令和7年度以降検討事業',
      kind: 'considering',
    });
    expect(sections[1].columns).toBe(sections[0].columns);
  });

  it('keeps rows separated by one empty row, ends after two, and ignores notes', () => {
    const grid = gridFromValues('S', [
      HEADER,
      [1, 'A', '課'],
      [],
      [2, 'B', '課', '', '', '', '', ''],
      ['※金額は税込'],
      [],
      [],
      [9, '表の外', ''],
    ]);
    const [s] = detectTables(grid);
    expect(s.firstRow).toBe(1);
    expect(s.lastRow).toBe(3);
  });

  it('counts rows with empty status cells as data (a no or a name is enough)', () => {
    const grid = gridFromValues('S', [HEADER, [null, '名前だけの事業'], [5]]);
    expect(detectTables(grid)[0].lastRow).toBe(2);
  });

  it('returns an empty section for a header-only sheet and nothing without a header', () => {
    const [s] = detectTables(gridFromValues('S', [['タイトル'], HEADER]));
    expect(s.firstRow).toBe(2);
    expect(s.lastRow).toBe(1);
    expect(
      detectTables(
        gridFromValues('S', [
          ['a', 'b', 'c'],
          [1, 2, 3],
        ]),
      ),
    ).toEqual([]);
    expect(detectTables(gridFromValues('S', []))).toEqual([]);
  });

  it('takes the leftmost of two tables side by side', () => {
    const grid = gridFromValues('S', [
      ['No.', '事業名称', '担当課', '事業経費', null, 'No.', '事業名称', '担当課'],
      [1, 'A', '情報政策課', 100, null, 1, 'X', '総務課'],
    ]);
    const layout = detectTableLayout(grid);
    expect(layout.sections).toHaveLength(1);
    expect(layout.sections[0].columns.name?.col).toBe(1);
    expect(layout.ignoredColumns).toEqual([5, 6, 7]);
    expect(layout.sections[0].ignoredColumns).toEqual([5, 6, 7]);
  });

  it('finds a header with a page number beside it, and reads the sample pasted as text', () => {
    const grid = gridFromValues('S', [
      [...HEADER, null, 3],
      [1, 'A', '課'],
    ]);
    expect(detectTables(grid)[0]).toMatchObject({ headerRow: 0, lastRow: 1 });
    const text = detectTables(sampleGrid(false));
    expect(text.map((s) => [s.headerRow, s.firstRow, s.lastRow])).toEqual([
      [9, 10, 16],
      [20, 21, 24],
    ]);
  });

  it('does not take a long data cell for a label', () => {
    const grid = gridFromValues('S', [[1, '事業名称', '担当課', '予定'.repeat(30)], HEADER]);
    const sections = detectTables(grid);
    expect(sections).toHaveLength(1);
    expect(sections[0].headerRow).toBe(1);
  });

  it('is fast on 100,000 rows', () => {
    const rows: Array<Array<string | number | null>> = [[...HEADER]];
    for (let i = 1; i <= 100_000; i++) {
      rows.push([
        i,
        `事業${i}`,
        '情報政策課',
        '1,000円',
        '概要の説明文がここに入ります。',
        '実施中',
        '予定',
        '',
      ]);
    }
    const grid = gridFromValues('S', rows);
    const t0 = Date.now();
    const [s] = detectTables(grid);
    const ms = Date.now() - t0;
    expect(s.lastRow).toBe(100_000);
    expect(ms).toBeLessThan(1500);
  });
});
