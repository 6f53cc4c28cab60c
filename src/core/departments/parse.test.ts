import { sampleRows } from '../table/__fixtures__/sample';
import { parseDepartments, similarDepartment } from './parse';

describe('parseDepartments', () => {
  it('reads the sample department cells', () => {
    const cells = sampleRows().map((r) => r[2]);
    expect(parseDepartments(cells[2])).toEqual(['広報課', '危機管理課', '環境政策課', '商工観光労政課']);
    expect(parseDepartments(cells[0])).toEqual(['情報政策課']);
  });

  it('splits on every usual separator, trims, dedupes and keeps order', () => {
    expect(parseDepartments('広報課\u3000危機管理課、環境政策課,総務課／税務課/会計課\n学校教育課')).toEqual([
      '広報課',
      '危機管理課',
      '環境政策課',
      '総務課',
      '税務課',
      '会計課',
      '学校教育課',
    ]);
    expect(parseDepartments(' 広報課  広報課 ')).toEqual(['広報課']);
    expect(parseDepartments('')).toEqual([]);
    expect(parseDepartments(' 、 ')).toEqual([]);
  });

  it('splits on ・ between department names only', () => {
    expect(parseDepartments('広報課・危機管理課')).toEqual(['広報課', '危機管理課']);
    expect(parseDepartments('スポーツ・文化振興課')).toEqual(['スポーツ・文化振興課']);
    expect(parseDepartments('スポーツ・文化振興課・広報課')).toEqual(['スポーツ・文化振興課', '広報課']);
  });
});

describe('similarDepartment', () => {
  const known = ['情報政策課', '広報課', '危機管理課', '総務課'];

  it('finds IME slips and one-character differences', () => {
    expect(similarDepartment('情報政策化', known)).toBe('情報政策課');
    expect(similarDepartment('広報科', known)).toBe('広報課');
    expect(similarDepartment('情報政課', known)).toBe('情報政策課');
    expect(similarDepartment('危機管理課課', known)).toBe('危機管理課');
    expect(similarDepartment('情報政策課', ['情報政策課'.normalize('NFKC')])).toBeNull();
  });

  it('stays quiet for known names, short names and distant names', () => {
    expect(similarDepartment('広報課', known)).toBeNull();
    expect(similarDepartment('土木交通課', known)).toBeNull();
    expect(similarDepartment('課', known)).toBeNull();
    expect(similarDepartment('', known)).toBeNull();
    expect(similarDepartment('広報', ['広報課'])).toBeNull();
  });
});
