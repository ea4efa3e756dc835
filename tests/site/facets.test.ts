/** The articles beside each shard (src/lib/search/facets.ts): their layout and filter values, numbered once per shard, read back as they were. */
import { describe, expect, it } from 'vitest';
import { pageArticles, shardFacets, type ArticleFacets, type FilterValues } from '../../src/lib/search/facets.ts';

const article = (filters: FilterValues, blocks: number | null = null, headingStart = 0, headingLength = 12): ArticleFacets => ({ layout: { blocks, headingStart, headingLength }, filters });

const pages: ArticleFacets[][] = [
  [article({ 区: ['房山区'], 栏目: ['文明创建'], 年份: ['2021'] }, 40, 3, 20), article({ 年份: ['2021'] }, 1, 0, 0)],
  [article({ 区: ['东城区', '房山区'], 栏目: ['文明创建'], 年份: ['2020'] })],
];

describe('shard facets', () => {
  it('should give back every page’s articles, in order, with their layout, leaving out filters an article has no value for', () => {
    expect(pageArticles(shardFacets(pages))).toEqual(pages);
  });

  it('should name each value once and refer to it by number, an article a row, leaving out an only article’s blocks and a heading start of 0', () => {
    const facets = shardFacets(pages);
    expect(facets.values).toEqual({ 区: ['房山区', '东城区'], 栏目: ['文明创建'], 年份: ['2021', '2020'] });
    expect(facets.columns).toEqual({ 区: '0,,1.0', 栏目: '0,,0', 年份: '0,0,1' });
    expect(facets.layout).toBe('14.3.k;1.0,c');
  });

  it('should number values past 35 in base 36', () => {
    const years = Array.from({ length: 40 }, (_, index) => [article({ 年份: [String(1990 + index)] })]);
    const facets = shardFacets(years);
    expect(facets.columns.年份.split(',').slice(-5)).toEqual(['z', '10', '11', '12', '13']);
    expect(pageArticles(facets)).toEqual(years);
  });

  it('should refuse a file whose rows do not list every page, or every article', () => {
    expect(() => pageArticles({ ...shardFacets(pages), pages: 3 })).toThrow('the facets list 3 pages and the articles of 2');
    const facets = shardFacets(pages);
    expect(() => pageArticles({ ...facets, columns: { ...facets.columns, 区: '0,1.0' } })).toThrow('the facets list 3 articles and the values of 区 for 2');
  });

  it('should hold an empty shard', () => {
    expect(pageArticles(shardFacets([]))).toEqual([]);
  });
});
