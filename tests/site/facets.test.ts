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
    expect(facets.rows).toEqual([
      [[0], [0], [0]],
      [[], [], [0]],
      [[1, 0], [0], [1]],
    ]);
  });

  it('should hold an empty shard', () => {
    expect(pageFilters(shardFacets([]))).toEqual([]);
  });
});
