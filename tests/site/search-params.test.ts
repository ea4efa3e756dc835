import { describe, expect, it } from 'vitest';
import { hasFilters, readSearchParams, writeSearchParams } from '../../src/lib/site/search-params.ts';

describe('search state in the URL', () => {
  it('should read /search/?q=垃圾分类&区=房山区', () => {
    expect(readSearchParams(new URLSearchParams('q=垃圾分类&区=房山区'))).toEqual({ query: '垃圾分类', filters: { 区: ['房山区'] }, sort: 'relevance' });
  });

  it('should read repeated filters, every filter, and the date order', () => {
    const state = readSearchParams(new URLSearchParams('q=回天&区=昌平区&区=海淀区&栏目=文明创建&年份=2021&sort=date'));
    expect(state).toEqual({ query: '回天', filters: { 区: ['昌平区', '海淀区'], 栏目: ['文明创建'], 年份: ['2021'] }, sort: 'date' });
  });

  it('should ignore unknown parameters, blank and repeated values, and unknown sort orders', () => {
    expect(readSearchParams(new URLSearchParams('q=%20%20&区=&区=东城区&区=东城区&x=1&sort=random'))).toEqual({ query: '', filters: { 区: ['东城区'] }, sort: 'relevance' });
  });

  it('should write what it reads', () => {
    const text = 'q=%E5%9B%9E%E5%A4%A9&%E5%8C%BA=%E6%98%8C%E5%B9%B3%E5%8C%BA&sort=date';
    expect(writeSearchParams(readSearchParams(new URLSearchParams(text))).toString()).toBe(text);
    expect(writeSearchParams({ query: '', filters: {}, sort: 'relevance' }).toString()).toBe('');
  });

  it('should tell whether any filter is chosen', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ 区: [] })).toBe(false);
    expect(hasFilters({ 年份: ['2021'] })).toBe(true);
  });
});
