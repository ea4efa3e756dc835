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
import { INDEX_LANGUAGE, isIndexedTerm, matchedInHeading, phraseOf, recordText, runsOf, singleCharacter, termWords, type TermWord } from '../lib/search/bigrams.ts';
import { coverToAsk, shortest, startsOf } from '../lib/search/cover.ts';
import { FACETS_FILE, pageFilters, type FilterValues, type ShardFacets } from '../lib/search/facets.ts';
import { positionsIn } from '../lib/search/results.ts';
import { CHUNK_STARTS_FILE, SHARDS_MANIFEST, type ShardsManifest } from '../lib/search/shards.ts';
import { isoDate } from '../lib/site/dates.ts';
import { excerptAround, type ExcerptPart } from '../lib/site/excerpt.ts';
import { FILTERS, type FilterName } from '../lib/site/search-fields.ts';

export type SearchFilters = FilterValues;

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
  /** For each filter, how many hits each of its values would give, with the other filters as chosen. */
  counts: Partial<Record<FilterName, Record<string, number>>>;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The record's whole indexed text. */
  content: string;
  meta: Record<string, string | undefined>;
}

interface PagefindResult {
  id: string;
  /** Word positions where it matched. */
  words: number[];
  data(): Promise<PagefindResultData>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  preload(term: string): Promise<void>;
  search(query: string | null): Promise<{ results: PagefindResult[] } | null>;
}

interface Index {
  module: Pagefind;
  /** Base path of each shard, newest first (src/lib/search/shards.ts). */
  paths: string[];
  /** Words with an index chunk's worth of positions (src/lib/search/cover.ts). */
  heavyWords: Set<string>;
}

/**
 * `load`, run on the first call for each key and its answer kept for the
 * next ones; a failure is forgotten, so a later call tries again (no index
 * yet, a network error). The index is loaded once and never changes under
 * the page, so neither does anything read or searched from it.
 */
function keptPerKey<A extends unknown[], T>(keyOf: (...args: A) => string, load: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  const kept = new Map<string, Promise<T>>();
  return (...args) => {
    const key = keyOf(...args);
    let loaded = kept.get(key);
    if (loaded === undefined) {
      loaded = load(...args);
      kept.set(key, loaded);
      loaded.catch(() => kept.delete(key));
    }
    return loaded;
  };
}

/** `load`, run once (see keptPerKey). */
function keptOnceLoaded<A extends unknown[], T>(load: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  return keptPerKey(() => '', load);
}

/** Pagefind, with every shard of the index merged into the first. */
const loadPagefind = keptOnceLoaded(async (): Promise<Index> => {
  const manifest = (await (await fetch(SHARDS_MANIFEST)).json()) as ShardsManifest;
  const [first, ...others] = manifest.shards;
  const url = `${first}pagefind.js`;
  const module = (await import(/* @vite-ignore */ url)) as Pagefind;
  // Pagefind searches in a web worker by default: its script is one more
  // download (12.4 KB gzipped) before a first search, and every call and
  // every result crosses to it and back. Our searches take milliseconds in
  // the page (BENCHMARKS.md), so the page keeps them.
  await module.options({ noWorker: true });
  // Pagefind picks its index and its query segmentation by <html lang>, and
  // would cut a query into Chinese words for `zh-CN`. The index is written
  // in no language (character pairs, src/lib/search/bigrams.ts), so Pagefind
  // must read the page as that while it starts; it reads the attribute at
  // once, and the page gets its own language back straight after.
  const html = document.documentElement;
  const language = html.getAttribute('lang');
  html.setAttribute('lang', INDEX_LANGUAGE);
  const started = module.init();
  if (language === null) html.removeAttribute('lang');
  else html.setAttribute('lang', language);
  await started;
  await Promise.all(others.map((path) => module.mergeIndex(path, { language: INDEX_LANGUAGE })));
  return { module, paths: manifest.shards, heavyWords: new Set(manifest.heavyWords) };
});

/**
 * Starts loading the index and the shards' facets before the first search
 * (the search page calls it as it opens), so that a reader's first search
 * waits only for its own part of the index. A load that fails is retried
 * by the search.
 */
export function prepareSearch(): void {
  loadPagefind()
    .then(everyPage)
    .catch(() => undefined);
}

/**
 * Starts loading the index chunks of a query while it is being typed, so
 * that the search on Enter finds most of them in: each word of a term
 * costs a chunk from every shard, and fetching them is most of a first
 * search's wait (BENCHMARKS.md). Only words that a longer query starting
 * with this one asks for too, if its term is a phrase: the pairs of the
 * terms typed so far (`wordsOfTerm`). Left out are a term of one character (a prefix
 * search, whose chunks are all the words starting with it), a split pair
 * that ends a term (its word depends on the character typed next) and the
 * heavy words, which a longer term's cover may go round
 * (src/lib/search/cover.ts). A term that is found by a cover already has
 * its words searched, as the finished term's cover will mostly hold them
 * (`pagesOfWord` keeps them). What the finished query does not ask for
 * costs its chunks and nothing else.
 */
export function preloadWhileTyping(query: string): void {
  const terms = queryTerms(query);
  if (terms.length === 0 || !preloading) return;
  loadPagefind()
    .then((index) =>
      Promise.all(
        terms.map((term) => {
          const words = wordsOfTerm(term);
          // Each word of a cover is a search of its own, whatever the rest of the term, and is kept: it is done now.
          const cover = coverToAsk(words, index.heavyWords);
          if (cover !== undefined) return Promise.all(cover.filter(({ prefix }) => !prefix).map((word) => pagesOfWord(index, word)));
          return Promise.all(words.filter(({ word, prefix }) => !prefix && !index.heavyWords.has(word.toLowerCase())).map(({ word }) => index.module.preload(word)));
        }),
      ),
    )
    .catch(() => (preloading = false));
}

/**
 * Whether typing still loads the index: not once it has failed (no index
 * built yet, as under `astro dev`, or a network error), so that keys do not
 * ask again and again; the search on Enter still tries, and says so.
 */
let preloading = true;

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
  if (terms.length === 0) return pagefindPage(index, (await everyPage(index)).found, terms, chosen, sort, Infinity);

  // Filters are applied here, to the exact matches, so that each filter's counts can leave out its own choice.
  const candidates = await withFilters(index, await candidatesFor(index, terms));
  const checked = (await Promise.all(candidates.map(async (match) => ({ ...match, data: await match.result.data() }))))
    .map((match) => ({ ...match, text: recordText(match.data.content) }))
    .filter(({ text }) => containsEvery(text, terms));
  const kept = checked.filter((match) => passes(match.filters, chosen));
  const hits = (sort === 'date' ? newestFirst(kept) : kept).map((match) => toHit(match.data, match.filters, excerptAround(match.text, terms)));
  return { hits: sort === 'date' ? hits : titlesFirst(hits, terms), counts: await countsOf(index, checked, chosen) };
}

/**
 * The articles that may hold every term: each term found on its own
 * (`findTerm`), and only the articles all of them hold.
 */
async function candidatesFor(index: Index, terms: readonly string[]): Promise<Found[]> {
  let candidates: Found[] | undefined;
  for (const term of terms) {
    const found = await findTerm(index, term);
    const also = new Set(found.map((page) => page.position));
    candidates = candidates === undefined ? found : candidates.filter((page) => also.has(page.position));
    if (candidates.length === 0) break;
  }
  return candidates ?? [];
}

/** A page of the index where a term was found: Pagefind's result (for its data), where the page stands in the index, and the word positions where the term starts. */
interface Found {
  result: PagefindResult;
  position: number;
  words: readonly number[];
}

/**
 * Where a term is: for a term of two or more characters, its exact phrase
 * (src/lib/search/bigrams.ts), or some of its words at their distances
 * (src/lib/search/cover.ts), to go round a word with an index chunk's
 * worth of positions or to end with a split pair; for one character, a
 * prefix search. A term with marks the index leaves out is found by its
 * longest run of indexed characters, a superset.
 */
const findTerm = keptPerKey(
  (_index: Index, term: string) => term,
  async (index: Index, term: string): Promise<Found[]> => {
    const cover = coverToAsk(wordsOfTerm(term), index.heavyWords);
    if (cover !== undefined) return foundByCover(index, cover);
    return located(index, (await index.module.search(await pagefindQuery(index, term)))?.results ?? []);
  },
);

/** The index's words of a term: those of its longest run of indexed characters, which is what the index is asked (`findTerm`). */
function wordsOfTerm(term: string): TermWord[] {
  return termWords(runsOf(term)[0] ?? '');
}

/**
 * The pages holding every word of the cover at its distance. Each word is
 * asked without quotes, for Pagefind reports every position of a word then
 * (of a quoted one, only its first), and every word that starts with it
 * (a split pair at the end of a term stands for all of them); no other word
 * the index holds starts with a pair or a split pair with its character
 * after, but the metadata's, which match no position.
 */
async function foundByCover(index: Index, cover: readonly TermWord[]): Promise<Found[]> {
  const perWord = await Promise.all(cover.map((word) => pagesOfWord(index, word)));
  const found: Found[] = [];
  for (const page of perWord[shortest(perWord.map((pages) => pages.size))]!.values()) {
    const pages = perWord.map((pages) => pages.get(page.position));
    if (pages.some((other) => other === undefined)) continue;
    const starts = startsOf(cover, pages.map((other) => other!.words));
    if (starts.length > 0) found.push({ result: page.result, position: page.position, words: starts });
  }
  // As Pagefind lists a phrase's results (all of equal score).
  return newestFirst(found);
}

/** Every page and position of one word of a cover, and of every word that starts with it, by where the page stands in the index. */
const pagesOfWord = keptPerKey(
  // Both parts: a word may end with any indexed mark (文明… is a word), so no mark could tell a prefix apart.
  (_index: Index, { word, prefix }: TermWord) => JSON.stringify([word, prefix]),
  async (index: Index, { word, prefix }: TermWord): Promise<ReadonlyMap<number, Found>> => {
    if (prefix) await preloadWordsStarting(index, word);
    const found = await located(index, (await index.module.search(word))?.results ?? []);
    return new Map(found.map((page) => [page.position, page]));
  },
);

/** Pagefind's results, each with where it stands in the index and where it matched. */
async function located(index: Index, results: readonly PagefindResult[]): Promise<Found[]> {
  const positions = await (await everyPage(index)).positionsOf(results);
  return results.map((result, at) => ({ result, position: positions[at]!, words: result.words }));
}

/**
 * What Pagefind is asked for one term. A term of two or more characters is
 * the exact phrase of its words. A single character is a prefix search
 * (every occurrence starts a word).
 */
async function pagefindQuery(index: Index, term: string): Promise<string> {
  const phrase = phraseOf(term);
  if (phrase !== undefined) return phrase;
  const char = singleCharacter(term) ?? term;
  await preloadWordsStarting(index, char);
  return char;
}

/**
 * Loads every index chunk that holds words starting with `start`, for a
 * search of all of them: Pagefind loads only the chunk where `start` itself
 * would sort, so every chunk whose first word starts with it is loaded
 * first (each shard lists its chunks' first words beside it).
 */
async function preloadWordsStarting(index: Index, start: string): Promise<void> {
  const starts = (await chunkStarts(index)).filter((word) => word.startsWith(start.toLowerCase()));
  await Promise.all([start, ...new Set(starts)].map((word) => index.module.preload(word)));
}

/** A file the build writes beside each shard's Pagefind files, from every shard, in their order. */
function fromEveryShard<T>({ paths }: Index, file: string): Promise<T[]> {
  return Promise.all(paths.map(async (path) => (await (await fetch(`${path}${file}`)).json()) as T));
}

/** The first word of every index chunk of every shard (src/integrations/pagefind-meta.ts). */
const chunkStarts = keptOnceLoaded(async (index: Index) => (await fromEveryShard<string[]>(index, CHUNK_STARTS_FILE)).flat());

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
 * fetched. Other queries (several terms, a mark the index leaves out) go
 * through `searchWithCounts`, which checks every candidate's text.
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
  const found = terms.length === 0 ? (await everyPage(index)).found : await findTerm(index, terms[0]!);
  return pagefindPage(index, found, terms, chosen, sort, limit);
}

/**
 * The index's own answer, where it is exact: one term of indexed
 * characters (src/lib/search/bigrams.ts), or no query at all (filters
 * only), filtered and counted with the shards' facets. Only the first
 * `limit` results' data is fetched.
 */
async function pagefindPage(index: Index, found: readonly Found[], terms: readonly string[], chosen: Record<FilterName, string[]>, sort: SortOrder, limit: number): Promise<SearchPage> {
  const matches = await withFilters(index, found);
  const kept = matches.filter((match) => passes(match.filters, chosen));
  const shown = (sort === 'date' ? newestFirst(kept) : headingsFirst(kept)).slice(0, limit);
  const data = await Promise.all(shown.map((match) => match.result.data()));
  const hits = shown.map((match, position) => toHit(data[position]!, match.filters, excerptAround(recordText(data[position]!.content), terms)));
  return { hits, counts: await countsOf(index, matches, chosen), total: kept.length };
}

/**
 * Relevance, for Pagefind's own answer: the articles whose heading (title,
 * or the lead of an untitled item) holds the term first, told by where
 * Pagefind matched (src/lib/search/bigrams.ts), then the others. An exact
 * phrase gives every result the same score, and Pagefind lists those in the
 * order the pages were indexed, newest first (src/lib/search/shards.ts), so
 * each group is newest first.
 */
function headingsFirst<T extends Match>(matches: readonly T[]): T[] {
  const inHeading = (match: T) => matchedInHeading(match.words);
  return [...matches.filter(inHeading), ...matches.filter((match) => !inHeading(match))];
}

/**
 * Every page of the index, in its order, and each page's filter values.
 * Pagefind answers a search without a term with every page, in the order
 * they were indexed: shard after shard, newest first in each
 * (src/lib/search/shards.ts), which is the archive's date order, articles
 * of one issue in print order; each shard lists its pages' values in the
 * same order (src/lib/search/facets.ts).
 */
const everyPage = keptOnceLoaded(async (index: Index) => {
  const [response, facets] = await Promise.all([index.module.search(null), fromEveryShard<ShardFacets>(index, FACETS_FILE)]);
  const pages = response?.results ?? [];
  const filters = facets.flatMap(pageFilters);
  if (filters.length !== pages.length) throw new Error(`the index lists ${pages.length} pages and their facets ${filters.length}`);
  const values = Object.fromEntries(FILTERS.map((name) => [name, [...new Set(facets.flatMap((shard) => shard.values[name]))]])) as Record<FilterName, string[]>;
  const found: Found[] = pages.map((result, position) => ({ result, position, words: [] }));
  return { found, filters, values, positionsOf: positionsIn(pages, async (page) => (await page.data()).url) };
});

/** A page where the query was found, and its filter values. */
interface Match extends Found {
  filters: FilterValues;
}

async function withFilters(index: Index, found: readonly Found[]): Promise<Match[]> {
  const { filters } = await everyPage(index);
  return found.map((page) => ({ ...page, filters: filters[page.position]! }));
}

/** The matches in the index's order, which is newest first (see everyPage). */
function newestFirst<T extends Found>(matches: readonly T[]): T[] {
  return [...matches].sort((a, b) => a.position - b.position);
}

/**
 * For each filter, how many of `matches` each of its values would keep,
 * with the other filters as chosen (the values of one filter are
 * alternatives, so its own choice is left out); every value of the index is
 * counted, 0 included.
 */
async function countsOf(index: Index, matches: readonly Match[], chosen: Record<FilterName, string[]>): Promise<SearchOutcome['counts']> {
  const { values } = await everyPage(index);
  const counts: SearchOutcome['counts'] = {};
  for (const name of FILTERS) {
    const others = Object.fromEntries(Object.entries(chosen).filter(([other]) => other !== name));
    const tally: Record<string, number> = Object.fromEntries(values[name].map((value) => [value, 0]));
    for (const match of matches) if (passes(match.filters, others)) for (const value of match.filters[name] ?? []) tally[value] = (tally[value] ?? 0) + 1;
    counts[name] = tally;
  }
  return counts;
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

export async function search(query: string, filters: SearchFilters = {}, sort: SortOrder = 'relevance'): Promise<SearchHit[]> {
  return (await searchWithCounts(query, filters, sort)).hits;
}

function toHit({ url, meta }: PagefindResultData, filters: FilterValues, excerpt: ExcerptPart[]): SearchHit {
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
