/** Long lists cut into pages of whole years (src/lib/site/list-pages.ts). */
import { describe, expect, it } from 'vitest';
import { articlesOf, type ArticleRef } from '../../src/lib/site/archive.ts';
import { listPages, yearJumps } from '../../src/lib/site/list-pages.ts';
import { issue } from './support.ts';

/** `count` items in each year, newest first, as a list page receives them. */
function items(perYear: Record<string, number>): ArticleRef[] {
  let total = 0;
  return Object.entries(perYear)
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .flatMap(([year, count]) => Array.from({ length: count }, () => articlesOf(issue({ totalIssue: (total += 1), date: `${year}-06-01` }))[0]!));
}

const pageOf = (year?: string) => (year === undefined ? '/list/' : `/list/${year}/`);

describe('a long list’s pages', () => {
  it('should keep a short list on one page, grouped by year, newest first', () => {
    const pages = listPages(items({ 2019: 2, 2020: 1, 2021: 3 }), 10);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.key).toBeUndefined();
    expect(pages[0]!.groups.map((group) => [group.year, group.items.length])).toEqual([['2021', 3], ['2020', 1], ['2019', 2]]);
  });

  it('should pack whole years from the oldest on, at most the limit per page, the newest years on the list’s own page', () => {
    const pages = listPages(items({ 2016: 4, 2017: 4, 2018: 3, 2019: 5, 2020: 2, 2021: 6 }), 10);
    // Oldest first: 2016+2017 = 8 (2018 would make 11), 2018+2019+2020 = 10, then 2021 alone: the list's own page.
    expect(pages.map((page) => [page.key, page.groups.map((group) => group.year)])).toEqual([
      [undefined, ['2021']],
      ['2018', ['2020', '2019', '2018']],
      ['2016', ['2017', '2016']],
    ]);
    expect(pages.every((page) => page.groups.reduce((sum, group) => sum + group.items.length, 0) <= 10)).toBe(true);
  });

  it('should give a year larger than the limit a page of its own', () => {
    const pages = listPages(items({ 2020: 3, 2021: 12 }), 10);
    expect(pages.map((page) => [page.key, page.groups.map((group) => group.year)])).toEqual([[undefined, ['2021']], ['2020', ['2020']]]);
  });

  it('should keep older pages as they were when a new year arrives', () => {
    const before = listPages(items({ 2016: 4, 2017: 4, 2018: 3, 2019: 5, 2020: 2 }), 10);
    const after = listPages(items({ 2016: 4, 2017: 4, 2018: 3, 2019: 5, 2020: 2, 2021: 6 }), 10);
    const years = (pages: typeof before) => pages.filter((page) => page.key !== undefined).map((page) => [page.key, page.groups.map((group) => [group.year, group.items.length])]);
    expect(years(before)).toEqual([['2016', [['2017', 4], ['2016', 4]]]]);
    expect(years(after)).toEqual([['2018', [['2020', 2], ['2019', 5], ['2018', 3]]], ...years(before)]);
  });

  it('should link every year of the jump bar to its group on the page that holds it', () => {
    const pages = listPages(items({ 2019: 6, 2020: 6, 2021: 6 }), 10);
    expect(yearJumps(pages, pageOf)).toEqual([
      { year: '2021', count: 6, href: '/list/#y2021' },
      { year: '2020', count: 6, href: '/list/2020/#y2020' },
      { year: '2019', count: 6, href: '/list/2019/#y2019' },
    ]);
  });
});
