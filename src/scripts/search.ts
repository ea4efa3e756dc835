/**
 * The one search code path (site.md §2): the search page, tests and
 * benchmarks all call `search()`, which the search page also exposes as
 * `window.briefingSearch`. It resolves to EVERY matching article, not one
 * page of them.
 *
 * Pagefind's own script is loaded at run time from /pagefind/pagefind.js,
 * which the build writes after the site; the URL is kept out of Vite's
 * reach so it is not bundled.
 */
import type { SortOrder } from '../lib/site/search-params.ts';
import { DATE_SORT, FILTERS, type FilterName } from '../lib/site/search-fields.ts';

export type SearchFilters = Partial<Record<FilterName, string[]>>;

export interface SearchHit {
  /** `/issues/2178/#a1` */
  url: string;
  totalIssue: number;
  /** 期号 */
  issue: number;
  /** YYYY-MM-DD */
  date: string;
  districts: string[];
  section: string | null;
  /** The title, or the lead of an untitled item. */
  title: string;
  /** Pagefind's excerpt: HTML with <mark>; show it with excerptParts(), never as HTML. */
  excerpt: string;
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** For each filter, how many hits each value would give (Pagefind's counts). */
  counts: Partial<Record<FilterName, Record<string, number>>>;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

type Counts = Record<string, Record<string, number>>;

interface Pagefind {
  init(): Promise<void>;
  filters(): Promise<Counts>;
  options(options: Record<string, unknown>): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }>; filters: Counts } | null>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = PAGEFIND_URL;
    const module = (await import(/* @vite-ignore */ url)) as Pagefind;
    await module.options({ excerptLength: 40 });
    await module.init();
    // Loads the filter index, so searches report counts per filter value.
    await module.filters();
    return module;
  })();
  // A failed load (no index yet) may be retried later.
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/**
 * Every article matching `query` and `filters`. Values within one filter are
 * alternatives (区=东城区 or 区=房山区); different filters must all hold. An
 * empty query with filters lists everything the filters allow; an empty
 * query without filters finds nothing.
 */
export async function searchWithCounts(query: string, filters: SearchFilters = {}, sort: SortOrder = 'relevance'): Promise<SearchOutcome> {
  const text = query.trim();
  const chosen = Object.fromEntries(
    FILTERS.filter((name) => (filters[name]?.length ?? 0) > 0).map((name) => [name, { any: [...filters[name]!] }]),
  );
  if (text === '' && Object.keys(chosen).length === 0) return { hits: [], counts: {} };

  const module = await loadPagefind();
  const response = await module.search(text === '' ? null : text, {
    filters: chosen,
    ...(sort === 'date' ? { sort: { [DATE_SORT]: 'desc' as const } } : {}),
  });
  if (response === null) return { hits: [], counts: {} };
  const data = await Promise.all(response.results.map((result) => result.data()));
  return { hits: data.map(toHit), counts: await countsFor(module, text, chosen, response.filters) };
}

/**
 * How many hits each filter value would give. Values of one filter are
 * alternatives, so a filter's own counts are taken with the other filters
 * only (choosing 东城区 does not make 房山区 count 0).
 */
async function countsFor(module: Pagefind, text: string, chosen: Record<string, { any: string[] }>, current: Counts): Promise<SearchOutcome['counts']> {
  const counts: SearchOutcome['counts'] = {};
  for (const name of FILTERS) {
    if (!(name in chosen)) {
      counts[name] = current[name];
      continue;
    }
    const others = Object.fromEntries(Object.entries(chosen).filter(([other]) => other !== name));
    if (text === '' && Object.keys(others).length === 0) {
      counts[name] = (await module.filters())[name];
      continue;
    }
    counts[name] = (await module.search(text === '' ? null : text, { filters: others }))?.filters[name];
  }
  return counts;
}

export async function search(query: string, filters: SearchFilters = {}, sort: SortOrder = 'relevance'): Promise<SearchHit[]> {
  return (await searchWithCounts(query, filters, sort)).hits;
}

function toHit({ url, excerpt, meta }: PagefindResultData): SearchHit {
  return {
    url,
    totalIssue: Number(meta.totalIssue),
    issue: Number(meta.issue),
    date: meta.date ?? '',
    districts: (meta.districts ?? '').split('、').filter((district) => district !== ''),
    section: meta.section === undefined || meta.section === '' ? null : meta.section,
    title: meta.title ?? '',
    excerpt,
  };
}
