/** The filter values beside each shard (src/lib/search/facets.ts): numbered once per shard, read back as they were. */
import { describe, expect, it } from 'vitest';
import { pageFilters, shardFacets, type FilterValues } from '../../src/lib/search/facets.ts';

const pages: FilterValues[] = [
  { 区: ['房山区'], 栏目: ['文明创建'], 年份: ['2021'] },
  { 年份: ['2021'] },
  { 区: ['东城区', '房山区'], 栏目: ['文明创建'], 年份: ['2020'] },
];

describe('shard facets', () => {
  it('should give back every page’s values, in order, leaving out filters a page has no value for', () => {
    expect(pageFilters(shardFacets(pages))).toEqual(pages);
  });

  it('should name each value once and refer to it by number', () => {
    const facets = shardFacets(pages);
    expect(facets.values).toEqual({ 区: ['房山区', '东城区'], 栏目: ['文明创建'], 年份: ['2021', '2020'] });
    expect(facets.columns).toEqual({ 区: '0,,1.0', 栏目: '0,,0', 年份: '0,0,1' });
  });

  it('should number values past 35 in base 36', () => {
    const years = Array.from({ length: 40 }, (_, index): FilterValues => ({ 年份: [String(1990 + index)] }));
    const facets = shardFacets(years);
    expect(facets.columns.年份.split(',').slice(-5)).toEqual(['z', '10', '11', '12', '13']);
    expect(pageFilters(facets)).toEqual(years);
  });

  it('should refuse a file whose columns do not list every page', () => {
    const facets = { ...shardFacets(pages), pages: 4 };
    expect(() => pageFilters(facets)).toThrow('the facets list 4 pages and the values of 区 for 3');
  });

  it('should hold an empty shard', () => {
    expect(pageFilters(shardFacets([]))).toEqual([]);
  });
});
