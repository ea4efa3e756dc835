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
 *
 * Each filter is one string, a page's value numbers after another, since a
 * first search downloads every shard's file: JSON arrays of arrays took
 * 24.5 KB gzipped at 5,000 issues, these strings 15.9 KB (pages of one
 * issue share a section, every page of a year its year, and gzip finds
 * those repeats in a string).
 */
import { FILTERS, type FilterName } from '../site/search-fields.ts';

/** Beside each shard's Pagefind files. */
export const FACETS_FILE = 'facets.json';

export type FilterValues = Partial<Record<FilterName, string[]>>;

export interface ShardFacets {
  /** How many pages the shard has. */
  pages: number;
  /** Each filter's values, as `pages` numbers them. */
  values: Record<FilterName, string[]>;
  /**
   * For each filter, every page's values in index order: a page's value
   * numbers in base 36 joined by `.`, pages joined by `,` (`0,,1.0` is one
   * value, none, then two).
   */
  columns: Record<FilterName, string>;
}

const PAGE = ',';
const VALUE = '.';
const BASE = 36;

/** The facets of a shard whose pages, in index order, have these filter values. */
export function shardFacets(pages: readonly FilterValues[]): ShardFacets {
  const values = Object.fromEntries(FILTERS.map((name) => [name, [] as string[]])) as Record<FilterName, string[]>;
  const numberOf = (name: FilterName, value: string) => {
    const known = values[name].indexOf(value);
    return (known >= 0 ? known : values[name].push(value) - 1).toString(BASE);
  };
  const column = (name: FilterName) => pages.map((page) => (page[name] ?? []).map((value) => numberOf(name, value)).join(VALUE)).join(PAGE);
  const columns = Object.fromEntries(FILTERS.map((name) => [name, column(name)])) as Record<FilterName, string>;
  return { pages: pages.length, values, columns };
}

/** The filter values of each page of a shard, in index order. */
export function pageFilters({ pages, values, columns }: ShardFacets): FilterValues[] {
  const filters = Array.from({ length: pages }, (): FilterValues => ({}));
  for (const name of FILTERS) {
    // An empty shard's column is '', which would otherwise read as one page without values.
    const column = pages === 0 ? [] : columns[name].split(PAGE);
    if (column.length !== pages) throw new Error(`the facets list ${pages} pages and the values of ${name} for ${column.length}`);
    column.forEach((numbers, page) => {
      if (numbers !== '') filters[page]![name] = numbers.split(VALUE).map((number) => values[name][parseInt(number, BASE)]!);
    });
  }
  return filters;
}
