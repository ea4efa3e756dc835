/**
 * Long lists of articles (a district's items, a section's articles, the
 * articles citing a document) grouped by year, newest first, and cut into
 * pages of whole years so that no page grows with the archive: a page holds
 * at most MAX_ITEMS_PER_PAGE items unless one year alone holds more.
 *
 * Years are packed from the oldest on, and the newest years make the list's
 * own page: a page of older years, once cut, keeps its years and its URL
 * (named by its oldest year) as new issues arrive. Every page shows every
 * year in a jump bar, each linking to its group on whichever page holds it.
 */
import { yearOf } from './dates.ts';
import type { ArticleRef } from './archive.ts';

/** Items on a list page: what keeps every list page under 200 KB of HTML at 5,000 issues (BENCHMARKS.md, npm run bench:lists). */
export const MAX_ITEMS_PER_PAGE = 300;

export interface YearGroupOfArticles {
  year: string;
  /** Newest first. */
  items: ArticleRef[];
}

export interface ListPage {
  /** The oldest year on the page; undefined for the list's own page (its newest years). */
  key: string | undefined;
  /** Newest year first. */
  groups: YearGroupOfArticles[];
}

/** The pages of a list (newest first; `items` newest first): the list's own page first. */
export function listPages(items: readonly ArticleRef[], maxItems = MAX_ITEMS_PER_PAGE): ListPage[] {
  const oldestFirst = groupByYear(items).reverse();
  const chunks: YearGroupOfArticles[][] = [];
  let chunk: YearGroupOfArticles[] = [];
  let count = 0;
  for (const group of oldestFirst) {
    if (chunk.length > 0 && count + group.items.length > maxItems) {
      chunks.push(chunk);
      chunk = [];
      count = 0;
    }
    chunk.push(group);
    count += group.items.length;
  }
  chunks.push(chunk);
  const own = chunks.pop()!;
  return [{ key: undefined, groups: own.reverse() }, ...chunks.reverse().map((older) => ({ key: older[0]!.year, groups: older.reverse() }))];
}

export interface YearJump {
  year: string;
  count: number;
  /** The page holding the year (the list's own page or a page of older years) and the year's anchor on it. */
  href: string;
}

/** Every year of the list, newest first, with where its group is. */
export function yearJumps(pages: readonly ListPage[], pageUrl: (key: string | undefined) => string): YearJump[] {
  return pages.flatMap((page) => page.groups.map((group) => ({ year: group.year, count: group.items.length, href: `${pageUrl(page.key)}#${yearAnchor(group.year)}` })));
}

/** `y2021`: a year's group on a list page. */
export function yearAnchor(year: string): string {
  return `y${year}`;
}

function groupByYear(items: readonly ArticleRef[]): YearGroupOfArticles[] {
  const groups: YearGroupOfArticles[] = [];
  for (const item of items) {
    const year = yearOf(item.issue.date);
    const last = groups.at(-1);
    if (last?.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}
