import { describe, expect, it } from 'vitest';
import {
  allArticles,
  archiveFigures,
  articleLabel,
  articlesOf,
  byDistrict,
  bySection,
  byYear,
  countPerYear,
  formatRange,
  neighbourMap,
  neighbours,
  newestFirst,
  sectionsOf,
  yearSpan,
} from '../../src/lib/site/archive.ts';
import { article, corpusIssue, corpusIssues, issue } from './support.ts';

const totals = (issues: ReadonlyArray<{ totalIssue: number }>) => issues.map((one) => one.totalIssue);

describe('order of issues', () => {
  it('should put the newest first, and of two issues on one date the higher 总期号 first', () => {
    // 2169 and 2171 are both 2021-01-18.
    expect(totals(newestFirst(corpusIssues()))).toEqual([2178, 2177, 2171, 2169]);
  });

  it('should find previous and next by 总期号, skipping numbers the archive lacks', () => {
    const issues = corpusIssues();
    const { previous, next } = neighbours(issues, corpusIssue(2171));
    expect(previous?.totalIssue).toBe(2169);
    expect(next?.totalIssue).toBe(2177);
    expect(neighbours(issues, corpusIssue(2178)).next).toBeUndefined();
    expect(neighbours(issues, corpusIssue(2169)).previous).toBeUndefined();
  });

  it('should give the same neighbours in one pass as one by one', () => {
    const issues = corpusIssues();
    const map = neighbourMap(issues);
    for (const one of issues) {
      const expected = neighbours(issues, one);
      expect(map.get(one.id)?.previous?.id).toBe(expected.previous?.id);
      expect(map.get(one.id)?.next?.id).toBe(expected.next?.id);
    }
  });
});

describe('articles', () => {
  it('should anchor the articles of an issue a1, a2, … across sections, in print order', () => {
    const many = issue({
      totalIssue: 10,
      sections: [
        { name: '甲', articles: [article({ title: '一' }), article({ title: '二' })] },
        { name: '乙', articles: [article({ title: '三' })] },
      ],
    });
    expect(articlesOf(many).map((ref) => [ref.anchor, ref.section, ref.article.title, ref.url])).toEqual([
      ['a1', '甲', '一', '/issues/10/#a1'],
      ['a2', '甲', '二', '/issues/10/#a2'],
      ['a3', '乙', '三', '/issues/10/#a3'],
    ]);
    expect(sectionsOf(many).map((section) => [section.name, section.articles.map((ref) => ref.anchor)])).toEqual([
      ['甲', ['a1', 'a2']],
      ['乙', ['a3']],
    ]);
  });

  it('should anchor the three district items of 2177 a1 to a3', () => {
    expect(articlesOf(corpusIssue(2177)).map((ref) => [ref.anchor, ref.article.districts])).toEqual([
      ['a1', ['东城区']],
      ['a2', ['房山区']],
      ['a3', ['昌平区']],
    ]);
  });

  it('should label an article by its title, else its lead, shortened', () => {
    expect(articleLabel(article({ title: '标题', lead: '导语。' }))).toBe('标题');
    expect(articleLabel(article({ lead: '导语。' }))).toBe('导语。');
    expect(articleLabel(article({ blocks: [{ type: 'paragraph', text: '一二三四五六' }] }), 3)).toBe('一二三…');
  });

  it('should list every article of the archive, newest issue first', () => {
    expect(allArticles(corpusIssues()).map((ref) => ref.url)).toEqual([
      '/issues/2178/#a1',
      '/issues/2177/#a1',
      '/issues/2177/#a2',
      '/issues/2177/#a3',
      '/issues/2171/#a1',
      '/issues/2169/#a1',
    ]);
  });
});

describe('groupings', () => {
  it('should group issues by year, newest year and newest issue first', () => {
    const issues = [...corpusIssues(), issue({ totalIssue: 2100, date: '2020-06-01' })];
    expect(byYear(issues).map((group) => [group.year, totals(group.issues)])).toEqual([
      ['2021', [2178, 2177, 2171, 2169]],
      ['2020', [2100]],
    ]);
  });

  it('should list districts in the official order, not by code point', () => {
    // By code point 昌 < 房 < 海 < 东 would not hold; the official order is 东城、海淀、房山、昌平.
    expect(byDistrict(corpusIssues()).map((group) => group.district)).toEqual(['东城区', '海淀区', '房山区', '昌平区']);
  });

  it("should list a district's items newest first, linking to the article anchor", () => {
    const older = issue({ totalIssue: 2000, date: '2019-05-05', sections: [{ name: null, articles: [article({ districts: ['东城区'] })] }] });
    const dongcheng = byDistrict([older, ...corpusIssues()]).find((group) => group.district === '东城区')!;
    expect(dongcheng.items.map((ref) => ref.url)).toEqual(['/issues/2177/#a1', '/issues/2000/#a1']);
    expect(dongcheng.slug).toBe('东城区');
  });

  it('should count items per year over the whole span, zero years included', () => {
    const issues = [issue({ totalIssue: 1, date: '2018-01-01' }), ...corpusIssues()];
    expect(yearSpan(issues)).toEqual(['2018', '2019', '2020', '2021']);
    const haidian = byDistrict(issues).find((group) => group.district === '海淀区')!;
    expect(countPerYear(haidian.items, yearSpan(issues))).toEqual([
      { year: '2018', count: 0 },
      { year: '2019', count: 0 },
      { year: '2020', count: 0 },
      { year: '2021', count: 1 },
    ]);
  });

  it('should group articles by 栏目 and leave out articles outside any 栏目', () => {
    const groups = bySection(corpusIssues());
    expect(groups.map((group) => [group.name, group.articles.map((ref) => ref.url)])).toEqual([
      ['文明创建', ['/issues/2177/#a1', '/issues/2177/#a2', '/issues/2177/#a3', '/issues/2171/#a1']],
    ]);
  });
});

describe('archive figures', () => {
  it('should count the corpus and name the 总期号 missing between 2169 and 2178', () => {
    const figures = archiveFigures(corpusIssues());
    expect(figures.count).toBe(4);
    expect(figures.first?.totalIssue).toBe(2169);
    expect(figures.last?.totalIssue).toBe(2178);
    expect(figures.missing).toEqual([
      { from: 2170, to: 2170 },
      { from: 2172, to: 2176 },
    ]);
    expect(figures.missingCount).toBe(6);
    expect(figures.missing.map(formatRange)).toEqual(['2170', '2172–2176']);
  });

  it('should describe an empty archive without failing', () => {
    expect(archiveFigures([])).toMatchObject({ count: 0, first: undefined, last: undefined, missing: [], missingCount: 0 });
    expect(yearSpan([])).toEqual([]);
  });
});
