/**
 * Search quality as site.md §2 defines it: recall and precision against
 * exact substring matching over the same text. A query's truth is the set
 * of documents whose text holds every one of its terms, the terms being
 * the query normalised as the search page normalises it (`queryTerms` of
 * src/scripts/search.ts). For our site a document is an article and its
 * text the search record's `content` (src/lib/site/search-records.ts);
 * for the Hugo peer it is a page and the text it was given.
 */
import type { Browser, Page } from 'playwright-core';
import { queryTerms } from '../../src/scripts/search.ts';
import type { BenchQuery } from './queries.ts';

export interface Document {
  url: string;
  text: string;
}

export interface QueryScore {
  query: string;
  kind: BenchQuery['kind'];
  truth: number;
  found: number;
  /** Found and true. */
  correct: number;
  /** undefined when the truth is empty (the query does not count in the averages). */
  recall: number | undefined;
  precision: number | undefined;
  seconds: number;
}

export interface Quality {
  queries: QueryScore[];
  /** Means over the queries with a non-empty truth. */
  recall: number;
  precision: number;
  /** Absent-term queries that found anything (must be none). */
  absentFound: number;
  /** Absent-term queries the archive does contain after all (the query list would need a new absent term). */
  absentPresent: string[];
  /** Queries with a non-empty truth, over which the means are taken. */
  counted: number;
}

export function truthOf(documents: readonly Document[], query: string): Set<string> {
  const terms = queryTerms(query);
  return new Set(documents.filter((document) => terms.every((term) => document.text.includes(term))).map((document) => document.url));
}

/** Runs every query through `search` (in the browser) and scores it against the truth. */
export async function measureQuality(
  queries: readonly BenchQuery[],
  documents: readonly Document[],
  search: (query: string) => Promise<string[]>,
): Promise<Quality> {
  const scores: QueryScore[] = [];
  for (const { query, kind } of queries) {
    const truth = truthOf(documents, query);
    const started = performance.now();
    const found = new Set(await search(query));
    const seconds = (performance.now() - started) / 1000;
    const correct = [...found].filter((url) => truth.has(url)).length;
    scores.push({
      query,
      kind,
      truth: truth.size,
      found: found.size,
      correct,
      recall: truth.size === 0 ? undefined : correct / truth.size,
      precision: truth.size === 0 ? undefined : found.size === 0 ? 0 : correct / found.size,
      seconds,
    });
  }
  const counted = scores.filter((score) => score.recall !== undefined);
  const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
  const absent = scores.filter((score) => score.kind === 'absent');
  return {
    queries: scores,
    recall: mean(counted.map((score) => score.recall!)),
    precision: mean(counted.map((score) => score.precision!)),
    absentFound: absent.filter((score) => score.found > 0).length,
    absentPresent: absent.filter((score) => score.truth > 0).map((score) => score.query),
    counted: counted.length,
  };
}

/** The site's own search (`window.briefingSearch` on /search/), every hit's URL. */
export async function siteSearcher(browser: Browser, origin: string): Promise<{ search(query: string): Promise<string[]>; close(): Promise<void> }> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${origin}/search/`, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof (window as { briefingSearch?: unknown }).briefingSearch === 'function');
  return {
    search: (query) =>
      page.evaluate(async (q) => {
        const search = (window as unknown as { briefingSearch(query: string): Promise<Array<{ url: string }>> }).briefingSearch;
        return (await search(q)).map((hit) => hit.url);
      }, query),
    close: () => context.close(),
  };
}

/** Pagefind's default JS API on a page of the peer site: `search(q)`, then every result's data, its URL. */
export async function pagefindSearcher(browser: Browser, origin: string, anyPage: string): Promise<{ search(query: string): Promise<string[]>; close(): Promise<void> }> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page: Page = await context.newPage();
  await page.goto(origin + anyPage, { waitUntil: 'load' });
  return {
    search: (query) =>
      page.evaluate(async (q) => {
        const url = '/pagefind/pagefind.js';
        const pagefind = (await import(url)) as {
          search(query: string): Promise<{ results: Array<{ data(): Promise<{ url: string }> }> } | null>;
        };
        const response = await pagefind.search(q);
        return Promise.all((response?.results ?? []).map(async (result) => (await result.data()).url));
      }, query),
    close: () => context.close(),
  };
}
