/**
 * The one search code path (site.md §2). `search()` resolves to EVERY
 * matching article; the search page exposes it as `window.briefingSearch`
 * for tests and benchmarks, and itself shows `searchPage()`, the same
 * matches a page at a time, so a reader fetches only the results shown.
 *
 * Pagefind's own script is loaded at run time from the first shard of the
 * index (src/lib/search/shards.ts), which the build writes after the site;
 * the URL is kept out of Vite's reach so it is not bundled.
 */
import type { SortOrder } from '../lib/site/search-params.ts';
import { normaliseLine } from '../lib/briefing/normalise.ts';
import { isIndexedTerm, matchedInHeading, phraseOf, recordText, singleCharacter } from '../lib/search/bigrams.ts';
import { alsoIn, inPageOrder } from '../lib/search/results.ts';
import { CHUNK_STARTS_FILE, SHARDS_MANIFEST, type ShardsManifest } from '../lib/search/shards.ts';
import { isoDate } from '../lib/site/dates.ts';
import { excerptAround, type ExcerptPart } from '../lib/site/excerpt.ts';
import { FILTERS, type FilterName } from '../lib/site/search-fields.ts';

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
  /** The title, or the lead of an untitled item; '' when there is neither. */
  title: string;
  /** The text around the first match, matches marked: plain text, to be set with textContent. */
  excerpt: ExcerptPart[];
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** For each filter, how many hits each value would give (Pagefind's counts). */
  counts: Partial<Record<FilterName, Record<string, number>>>;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The record's whole indexed text. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Partial<Record<string, string[]>>;
}

type Counts = Record<string, Record<string, number>>;

interface PagefindResult {
  id: string;
  /** Word positions where it matched. */
  words: number[];
  data(): Promise<PagefindResultData>;
}

interface Pagefind {
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  preload(term: string): Promise<void>;
  filters(): Promise<Counts>;
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: PagefindResult[]; filters: Counts } | null>;
}

interface Index {
  module: Pagefind;
  /** Base path of each shard, newest first (src/lib/search/shards.ts). */
  paths: string[];
}

/**
 * `load`, run on the first call and its answer kept for the next ones; a
 * failure is forgotten, so a later call tries again (no index yet, a
 * network error). The index is loaded once, so what is read from it is too.
 */
function keptOnceLoaded<A extends unknown[], T>(load: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  let loaded: Promise<T> | undefined;
  return (...args) => {
    loaded ??= load(...args);
    loaded.catch(() => (loaded = undefined));
    return loaded;
  };
}

/** Pagefind, with every shard of the index merged into the first. */
const loadPagefind = keptOnceLoaded(async (): Promise<Index> => {
  const manifest = (await (await fetch(SHARDS_MANIFEST)).json()) as ShardsManifest;
  const [first, ...others] = manifest.shards;
  const url = `${first}pagefind.js`;
  const module = (await import(/* @vite-ignore */ url)) as Pagefind;
  // Pagefind picks its index and its query segmentation by <html lang>. The
  // index is written as `en` (character bigrams, no word segmentation), so
  // Pagefind must read the page as `en` while it starts; it reads the
  // attribute at once, and the page gets its own language back straight after.
  const html = document.documentElement;
  const language = html.getAttribute('lang');
  html.setAttribute('lang', 'en');
  const started = module.init();
  if (language === null) html.removeAttribute('lang');
  else html.setAttribute('lang', language);
  await started;
  await Promise.all(others.map((path) => module.mergeIndex(path, { language: 'en' })));
  // Loads the filter index, so searches report counts per filter value.
  await module.filters();
  return { module, paths: manifest.shards };
});

/**
 * Starts loading the index before the first search (the search page calls
 * it when a reader starts typing), so that the search itself waits less.
 * A load that fails is retried by the search.
 */
export function prepareSearch(): void {
  loadPagefind().catch(() => undefined);
}

/**
 * Every article matching `query` and `filters`. A query's results are
 * exactly the articles whose text contains each of its space-separated terms
 * (after the same normalisation as a briefing's text): Pagefind proposes
 * candidates, and each is kept only if its indexed text really holds every
 * term, so a word Pagefind's segmentation split differently never brings in
 * an article without it. Values within one filter are alternatives
 * (区=东城区 or 区=房山区); different filters must all hold. An empty query
 * with filters lists everything the filters allow; an empty query without
 * filters finds nothing.
 */
export async function searchWithCounts(query: string, filters: SearchFilters = {}, sort: SortOrder = 'relevance'): Promise<SearchOutcome> {
  const terms = queryTerms(query);
  const chosen = chosenFilters(filters);
  if (terms.length === 0 && Object.keys(chosen).length === 0) return { hits: [], counts: {} };

  const index = await loadPagefind();
  if (terms.length === 0) return pagefindPage(index, null, terms, chosen, sort, Infinity);

  // Filters are applied here, to the exact matches, so that each filter's counts can leave out its own choice.
  const found = await candidatesFor(index, terms);
  const candidates = sort === 'date' ? await newestFirst(index, found) : found;
  const matches = (await Promise.all(candidates.map((result) => result.data())))
    .map((data) => ({ data, text: recordText(data.content) }))
    .filter(({ text }) => containsEvery(text, terms))
    .map(({ data, text }) => ({ hit: toHit(data, excerptAround(text, terms)), filters: data.filters }));
  const hits = matches.filter((match) => passes(match.filters, chosen)).map((match) => match.hit);
  const counts: SearchOutcome['counts'] = {};
  for (const name of FILTERS) {
    const others = Object.fromEntries(Object.entries(chosen).filter(([other]) => other !== name)) as Record<FilterName, string[]>;
    counts[name] = countValues(matches.filter((match) => passes(match.filters, others)).map((match) => match.filters[name] ?? []));
  }
  return { hits: sort === 'date' ? hits : titlesFirst(hits, terms), counts };
}

/**
 * The articles that may hold every term: one exact-phrase search per term
 * (its character bigrams, src/lib/search/bigrams.ts), and only the articles
 * all of them return.
 */
async function candidatesFor(index: Index, terms: readonly string[]): Promise<PagefindResult[]> {
  let candidates: PagefindResult[] | undefined;
  for (const term of terms) {
    const results = (await index.module.search(await pagefindQuery(index, term)))?.results ?? [];
    candidates = candidates === undefined ? results : alsoIn(candidates, results);
    if (candidates.length === 0) break;
  }
  return candidates ?? [];
}

/**
 * What Pagefind is asked for one term. A term of two or more characters is
 * the exact phrase of its pairs. A single character is a prefix search (every
 * occurrence starts a token); Pagefind loads only the index chunk where the
 * character itself would sort, so every chunk that starts with a word
 * beginning with it is loaded first (each shard lists its chunks' first
 * words beside it).
 */
async function pagefindQuery(index: Index, term: string): Promise<string> {
  const phrase = phraseOf(term);
  if (phrase !== undefined) return phrase;
  const char = singleCharacter(term) ?? term;
  const starts = (await chunkStarts(index)).filter((word) => word.startsWith(char));
  await Promise.all([char, ...new Set(starts)].map((word) => index.module.preload(word)));
  return char;
}

/** The first word of every index chunk of every shard (src/integrations/pagefind-chunks.ts). */
const chunkStarts = keptOnceLoaded(async ({ paths }: Index) => (await Promise.all(paths.map(async (path) => (await (await fetch(`${path}${CHUNK_STARTS_FILE}`)).json()) as string[]))).flat());

/** Relevance: articles whose title (or lead) holds the query come first, in Pagefind's order otherwise. */
function titlesFirst(hits: SearchHit[], terms: readonly string[]): SearchHit[] {
  const inTitle = (hit: SearchHit) => containsEvery(hit.title, terms);
  return [...hits.filter(inTitle), ...hits.filter((hit) => !inTitle(hit))];
}

/**
 * How many results the search page shows at first, and adds at each 显示更多.
 * Each shown result costs its whole text (about 4 KB gzipped): ten, as
 * search engines show, and what the search budget counts.
 */
export const PAGE_SIZE = 10;

export interface SearchPage extends SearchOutcome {
  /** How many articles match in all; `hits` holds the first `limit` of them. */
  total: number;
}

/**
 * The first `limit` matches and the counts, for the search page. A reader
 * pays for the results shown, not for all of them: for one term of indexed
 * characters Pagefind's own answer is already exact (the term's pairs in a
 * row, src/lib/search/bigrams.ts), so only the shown results' data is
 * fetched and Pagefind's counts are used. Other queries (several terms, a
 * mark the index leaves out) go through `searchWithCounts`, which checks every candidate's
 * text.
 */
export async function searchPage(query: string, filters: SearchFilters = {}, sort: SortOrder = 'relevance', limit = PAGE_SIZE): Promise<SearchPage> {
  const terms = queryTerms(query);
  if (terms.length > 1 || (terms.length === 1 && !isIndexedTerm(terms[0]!))) {
    const outcome = await searchWithCounts(query, filters, sort);
    return { ...outcome, total: outcome.hits.length, hits: outcome.hits.slice(0, limit) };
  }
  const chosen = chosenFilters(filters);
  if (terms.length === 0 && Object.keys(chosen).length === 0) return { hits: [], counts: {}, total: 0 };
  const index = await loadPagefind();
  const text = terms.length === 0 ? null : await pagefindQuery(index, terms[0]!);
  return pagefindPage(index, text, terms, chosen, sort, limit);
}

/**
 * Pagefind's own answer, where it is exact: one term of indexed characters
 * (src/lib/search/bigrams.ts), or no query at all (filters only). Only the first `limit` results' data is
 * fetched; counts are Pagefind's, each filter's taken without its own choice
 * (its values are alternatives).
 */
async function pagefindPage(index: Index, text: string | null, terms: readonly string[], chosen: Record<FilterName, string[]>, sort: SortOrder, limit: number): Promise<SearchPage> {
  const { module } = index;
  const response = await module.search(text, { filters: any(chosen) });
  const results = sort === 'date' ? await newestFirst(index, response?.results ?? []) : headingsFirst(response?.results ?? []);
  const shown = await Promise.all(results.slice(0, limit).map((result) => result.data()));
  const counts: SearchOutcome['counts'] = {};
  for (const name of FILTERS) {
    const others = Object.fromEntries(Object.entries(chosen).filter(([other]) => other !== name));
    if (!(name in chosen)) counts[name] = response?.filters[name];
    else if (text === null && Object.keys(others).length === 0) counts[name] = (await module.filters())[name];
    else counts[name] = (await module.search(text, { filters: any(others) }))?.filters[name];
  }
  const hits = shown.map((data) => toHit(data, excerptAround(recordText(data.content), terms)));
  return { hits, counts, total: results.length };
}

/**
 * Relevance, for Pagefind's own answer: the articles whose heading (title,
 * or the lead of an untitled item) holds the term first, told by where
 * Pagefind matched (src/lib/search/bigrams.ts), then the others. An exact
 * phrase gives every result the same score, and Pagefind lists those in the
 * order the pages were indexed, newest first (src/lib/search/shards.ts), so
 * each group is newest first.
 */
function headingsFirst(results: PagefindResult[]): PagefindResult[] {
  const inHeading = (result: PagefindResult) => matchedInHeading(result.words);
  return [...results.filter(inHeading), ...results.filter((result) => !inHeading(result))];
}

/** Pagefind's filter argument: the values of each filter are alternatives. */
function any(selection: Partial<Record<string, string[]>>): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(selection).map(([name, values]) => [name, { any: values! }]));
}

/** Every page of the index, in its order: what a search without a term answers. */
const everyPage = keptOnceLoaded(async ({ module }: Index) => (await module.search(null))?.results ?? []);

/**
 * The results newest first. Pagefind answers a search without a term with
 * every page, in the order they were indexed: shard after shard, newest
 * first in each (src/lib/search/shards.ts); that order, asked once, is the
 * archive's date order, articles of one issue in print order.
 */
async function newestFirst(index: Index, results: readonly PagefindResult[]): Promise<PagefindResult[]> {
  return inPageOrder(await everyPage(index), results, async (page) => (await page.data()).url);
}

function chosenFilters(filters: SearchFilters): Record<FilterName, string[]> {
  return Object.fromEntries(FILTERS.filter((name) => (filters[name]?.length ?? 0) > 0).map((name) => [name, [...filters[name]!]])) as Record<FilterName, string[]>;
}

/** The terms of a query, normalised as a briefing line is (punctuation width, extraction spaces). */
export function queryTerms(query: string): string[] {
  return normaliseLine(query, 1)
    .text.split(' ')
    .filter((term) => term !== '');
}

function containsEvery(content: string, terms: readonly string[]): boolean {
  const text = content.toLowerCase();
  return terms.every((term) => text.includes(term.toLowerCase()));
}

function passes(values: Partial<Record<string, string[]>>, chosen: Partial<Record<FilterName, string[]>>): boolean {
  return Object.entries(chosen).every(([name, wanted]) => (values[name] ?? []).some((value) => wanted!.includes(value)));
}

function countValues(lists: ReadonlyArray<readonly string[]>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const values of lists) for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

export async function search(query: string, filters: SearchFilters = {}, sort: SortOrder = 'relevance'): Promise<SearchHit[]> {
  return (await searchWithCounts(query, filters, sort)).hits;
}

function toHit({ url, meta, filters }: PagefindResultData, excerpt: ExcerptPart[] = []): SearchHit {
  return {
    url,
    totalIssue: Number(meta.totalIssue),
    issue: Number(meta.issue),
    date: isoDate(meta.date ?? ''),
    districts: [...(filters['区'] ?? [])],
    section: filters['栏目']?.[0] ?? null,
    title: meta.title ?? '',
    excerpt,
  };
}
