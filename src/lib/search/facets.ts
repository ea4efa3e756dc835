/**
 * The filter values of every article in the search index (区, 栏目, 年份), a
 * small file beside each shard, instead of Pagefind's filters. Kept free of
 * imports but the filter names, since the page's script bundles it.
 *
 * Why not Pagefind's filters: Pagefind loads every filter index of every
 * shard before a first search can show anything (66 KB at 5,000 issues,
 * BENCHMARKS.md), and counts a filter's values only for the search it is
 * asked, so the page asked it once more per chosen filter. This file lists
 * each article's values by number, in the order the shard's pages were
 * indexed, which is the order Pagefind lists every page in (a search
 * without a term): the page matches each result to its row, then filters
 * and counts itself.
 */
import { FILTERS, type FilterName } from '../site/search-fields.ts';

/** Beside each shard's Pagefind files. */
export const FACETS_FILE = 'facets.json';

export type FilterValues = Partial<Record<FilterName, string[]>>;

export interface ShardFacets {
  /** Each filter's values, as the rows number them. */
  values: Record<FilterName, string[]>;
  /** One row per page in index order: for each filter of `FILTERS`, in that order, the numbers of its values. */
  rows: number[][][];
}

/** The facets of a shard whose pages, in index order, have these filter values. */
export function shardFacets(pages: readonly FilterValues[]): ShardFacets {
  const values = Object.fromEntries(FILTERS.map((name) => [name, [] as string[]])) as Record<FilterName, string[]>;
  const numberOf = (name: FilterName, value: string) => {
    const known = values[name].indexOf(value);
    return known >= 0 ? known : values[name].push(value) - 1;
  };
  return { values, rows: pages.map((page) => FILTERS.map((name) => (page[name] ?? []).map((value) => numberOf(name, value)))) };
}

/** The filter values of each page of a shard, in index order. */
export function pageFilters({ values, rows }: ShardFacets): FilterValues[] {
  return rows.map((row) => {
    const page: FilterValues = {};
    FILTERS.forEach((name, index) => {
      const numbers = row[index] ?? [];
      if (numbers.length > 0) page[name] = numbers.map((number) => values[name][number]!);
    });
    return page;
  });
}
