/**
 * The articles of every page (issue) in the search index: where each stands
 * in its page's words (src/lib/search/bigrams.ts) and its filter values (区,
 * 栏目, 年份), a small file beside each shard, instead of Pagefind's filters.
 * Kept free of imports but types and the filter names, since the page's
 * script bundles it.
 *
 * Why not Pagefind's filters: Pagefind loads every filter index of every
 * shard before a first search can show anything (66 KB at 5,000 issues,
 * BENCHMARKS.md), and counts a filter's values only for the search it is
 * asked, so the page asked it once more per chosen filter. This file lists
 * each page's articles, in the order the shard's pages were indexed, which
 * is the order Pagefind lists every page in (a search without a term): the
 * page matches each result to its row, then tells its articles apart,
 * filters and counts itself.
 *
 * Each filter is one string, an article's value numbers after another,
 * since a first search downloads every shard's file: JSON arrays of arrays
 * took 24.5 KB gzipped at 5,000 issues, these strings 15.9 KB (articles of
 * one issue share a section, every article of a year its year, and gzip
 * finds those repeats in a string).
 */
import { FILTERS, type FilterName } from '../site/search-fields.ts';
import type { ArticleLayout } from './bigrams.ts';

/** Beside each shard's Pagefind files. */
export const FACETS_FILE = 'facets.json';

export type FilterValues = Partial<Record<FilterName, string[]>>;

/** An article of a page: where it stands in the page's words, and its filter values. */
export interface ArticleFacets {
  layout: ArticleLayout;
  filters: FilterValues;
}

export interface ShardFacets {
  /** How many pages the shard has. */
  pages: number;
  /**
   * Every page's articles in index order (`ArticleLayout`), each its
   * blocks (but an issue's only article), its heading's start (but where it
   * is 0, as for most) and its heading's length, in base 36 joined by `.`;
   * articles joined by `;`, pages by `,`.
   */
  layout: string;
  /** Each filter's values, as `columns` numbers them. */
  values: Record<FilterName, string[]>;
  /**
   * For each filter, every article's values in index order: an article's
   * value numbers in base 36 joined by `.`, articles joined by `,` (`0,,1.0`
   * is one value, none, then two).
   */
  columns: Record<FilterName, string>;
}

const ROW = ',';
const ARTICLE = ';';
const VALUE = '.';
const BASE = 36;

/** The facets of a shard whose pages, in index order, have these articles. */
export function shardFacets(pages: ReadonlyArray<readonly ArticleFacets[]>): ShardFacets {
  const articles = pages.flat();
  const values = Object.fromEntries(FILTERS.map((name) => [name, [] as string[]])) as Record<FilterName, string[]>;
  const numberOf = (name: FilterName, value: string) => {
    const known = values[name].indexOf(value);
    return (known >= 0 ? known : values[name].push(value) - 1).toString(BASE);
  };
  const column = (name: FilterName) => articles.map(({ filters }) => (filters[name] ?? []).map((value) => numberOf(name, value)).join(VALUE)).join(ROW);
  const columns = Object.fromEntries(FILTERS.map((name) => [name, column(name)])) as Record<FilterName, string>;
  const numbers = ({ blocks, headingStart, headingLength }: ArticleLayout) =>
    [blocks, headingStart === 0 ? null : headingStart, headingLength]
      .filter((number) => number !== null)
      .map((number) => number.toString(BASE))
      .join(VALUE);
  const layout = pages.map((page) => page.map((article) => numbers(article.layout)).join(ARTICLE)).join(ROW);
  return { pages: pages.length, layout, values, columns };
}

/** The articles of each page of a shard, in index order. */
export function pageArticles({ pages, layout, values, columns }: ShardFacets): ArticleFacets[][] {
  // An empty shard's strings are '', which would otherwise read as one page (one article) without values.
  const rows = (joined: string) => (pages === 0 ? [] : joined.split(ROW));
  const layouts = rows(layout);
  if (layouts.length !== pages) throw new Error(`the facets list ${pages} pages and the articles of ${layouts.length}`);
  const articles = layouts.map((page) => {
    const articlesOfPage = page.split(ARTICLE);
    const alone = articlesOfPage.length === 1;
    return articlesOfPage.map((numbers): ArticleFacets => {
      const values = numbers.split(VALUE).map((number) => parseInt(number, BASE));
      const blocks = alone ? null : values.shift()!;
      const headingLength = values.pop()!;
      return { layout: { blocks, headingStart: values[0] ?? 0, headingLength }, filters: {} };
    });
  });
  const all = articles.flat();
  for (const name of FILTERS) {
    const column = rows(columns[name]);
    if (column.length !== all.length) throw new Error(`the facets list ${all.length} articles and the values of ${name} for ${column.length}`);
    column.forEach((numbers, article) => {
      if (numbers !== '') all[article]!.filters[name] = numbers.split(VALUE).map((number) => values[name][parseInt(number, BASE)]!);
    });
  }
  return articles;
}
