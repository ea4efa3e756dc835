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
import { articleRecordText, articleSpans, INDEX_LANGUAGE, isIndexedTerm, readableText, runsOf, termWords, type ArticleSpan, type TermWord } from '../lib/search/bigrams.ts';
import { coverOf, shortest, startsOf } from '../lib/search/cover.ts';
import { FACETS_FILE, pageArticles, type FilterValues, type ShardFacets } from '../lib/search/facets.ts';
import { positionsIn } from '../lib/search/results.ts';
import { CHUNK_STARTS_FILE, type ShardsManifest } from '../lib/search/shards.ts';
import { isoDate } from '../lib/site/dates.ts';
import { excerptAround, type ExcerptPart } from '../lib/site/excerpt.ts';
import { FILTERS, type FilterName } from '../lib/site/search-fields.ts';
import { urls } from '../lib/site/urls.ts';

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
  /** The issue's whole indexed text. */
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
  const manifest = (await (await fetch(urls.searchManifest)).json()) as ShardsManifest;
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
 * Starts searching the words of a query while it is being typed, so that
 * the search on Enter finds most of them done: each word of a term costs a
 * chunk from every shard, and fetching them is most of a first search's
 * wait (BENCHMARKS.md). Only words that a longer query starting with this
 * one asks for too: those of each term's cover but a split pair that ends
 * the term (its word depends on the character typed next); not a term of
 * one character (a prefix search, whose chunks are all the words starting
 * with it). Each word's search is kept (`pagesOfWord`), and what the
 * finished query does not ask for costs its chunks and nothing else.
 */
export function preloadWhileTyping(query: string): void {
  const terms = queryTerms(query);
  if (terms.length === 0 || !preloading) return;
  loadPagefind()
    .then((index) => Promise.all(terms.flatMap((term) => (coverOf(wordsOfTerm(term), index.heavyWords) ?? []).filter(({ prefix }) => !prefix).map((word) => pagesOfWord(index, word)))))
    .catch(() => (preloading = false));
}

/**
 * Whether typing still loads the index: not once it has failed (no index
 * built yet, as under `astro dev`, or a network error), so that keys do not
 * ask again and again; the search on Enter still tries, and says so.
 */
let preloading = true;

/**
 * How many results the search page shows at first, and adds at each 显示更多.
 * Each shown result costs its issue's whole text (about 6 KB gzipped): ten,
 * as search engines show, and what the search budget counts.
 */
export const PAGE_SIZE = 10;

export interface SearchPage extends SearchOutcome {
  /** How many articles match in all; `hits` holds the first `limit` of them. */
  total: number;
}

/**
 * Every article matching `query` and `filters`, and the counts. A query's
 * results are exactly the articles whose text (or their issue's header and
 * footer) contains each of its space-separated terms, after the same
 * normalisation as a briefing's text. Values within one filter are
 * alternatives (区=东城区 or 区=房山区); different filters must all hold. An
 * empty query with filters lists everything the filters allow; an empty
 * query without filters finds nothing.
 */
export async function searchWithCounts(query: string, filters: SearchFilters = {}, sort: SortOrder = 'relevance'): Promise<SearchOutcome> {
  const { hits, counts } = await searchPage(query, filters, sort, Infinity);
  return { hits, counts };
}

export async function search(query: string, filters: SearchFilters = {}, sort: SortOrder = 'relevance'): Promise<SearchHit[]> {
  return (await searchWithCounts(query, filters, sort)).hits;
}

/**
 * The first `limit` matches (as `searchWithCounts` finds them) and the
 * counts, for the search page. A reader pays for the results shown, not for
 * all of them: a query of indexed characters only is answered by the index
 * alone, exactly (src/lib/search/bigrams.ts), so only the shown results'
 * issues are fetched. A term with a mark the index leaves out is found by a
 * superset, and every candidate's text is checked.
 *
 * Relevance: the articles whose heading (title, or the lead of an untitled
 * item) holds every term first, then the others; date: newest first. Both
 * keep the index's order within, which is newest first, articles of an
 * issue in print order (see everyPage).
 */
export async function searchPage(query: string, filters: SearchFilters = {}, sort: SortOrder = 'relevance', limit = PAGE_SIZE): Promise<SearchPage> {
  const terms = queryTerms(query);
  const chosen = chosenFilters(filters);
  if (terms.length === 0 && Object.keys(chosen).length === 0) return { hits: [], counts: {}, total: 0 };
  const index = await loadPagefind();
  const { articles } = await everyPage(index);
  const matches =
    terms.length === 0 ? articles.map((article) => ({ article, inHeading: false })) : terms.every(isIndexedTerm) ? await exactMatches(index, terms) : await checkedMatches(index, terms);
  const kept = matches.filter((match) => passes(match.article.filters, chosen));
  const ordered = sort === 'date' ? kept : [...kept.filter((match) => match.inHeading), ...kept.filter((match) => !match.inHeading)];
  const hits = await Promise.all(ordered.slice(0, limit).map((match) => hitOf(index, match.article, terms)));
  return { hits, counts: await countsOf(index, matches, chosen), total: kept.length };
}

/** An article that holds the query, and whether its heading holds it. */
interface ArticleMatch {
  article: Article;
  inHeading: boolean;
}

/**
 * The articles holding every term, each term found in the index alone: in
 * the article's words, or in its issue's header and footer. The heading
 * holds the query when each term lies wholly inside it.
 */
async function exactMatches(index: Index, terms: readonly string[]): Promise<ArticleMatch[]> {
  const { articles } = await everyPage(index);
  let matches: Map<number, boolean> | undefined;
  for (const term of terms) {
    const holding = await articlesHolding(index, term);
    matches = matches === undefined ? holding : new Map([...matches].filter(([order]) => holding.has(order)).map(([order, inHeading]) => [order, inHeading && holding.get(order)!]));
    if (matches.size === 0) break;
  }
  return [...(matches ?? [])].sort(([a], [b]) => a - b).map(([order, inHeading]) => ({ article: articles[order]!, inHeading }));
}

/**
 * The articles holding a term with a mark the index leaves out: those
 * holding every term's longest run of indexed characters (a superset),
 * each kept only if its text really holds every term. Its heading is told
 * from its text too.
 */
async function checkedMatches(index: Index, terms: readonly string[]): Promise<ArticleMatch[]> {
  // A term without any indexed character has no run to find, and finds nothing.
  const candidates = await exactMatches(index, terms.map((term) => runsOf(term)[0] ?? ''));
  const checked = await Promise.all(
    candidates.map(async ({ article }) => {
      const text = await textOf(index, article);
      return { article, holds: containsEvery(text.text, terms), inHeading: containsEvery(text.heading, terms) };
    }),
  );
  return checked.filter(({ holds }) => holds).map(({ article, inHeading }) => ({ article, inHeading }));
}

/**
 * Each article that holds the term (of indexed characters only), by its
 * order in the index, and whether the term lies wholly in its heading. A
 * term found in an issue's header or footer is in every article of it.
 */
const articlesHolding = keptPerKey(
  (_index: Index, term: string) => term,
  async (index: Index, term: string): Promise<Map<number, boolean>> => {
    const { pages } = await everyPage(index);
    const length = Array.from(term).length;
    const holding = new Map<number, boolean>();
    for (const { position, words } of await findTerm(index, term)) {
      const { articles, fieldsStart } = pages[position]!;
      const inFields = words.some((word) => word >= fieldsStart);
      for (const article of articles) {
        const { start, end, headingStart, headingEnd } = article.span;
        const inArticle = words.filter((word) => word >= start && word < end);
        if (!inFields && inArticle.length === 0) continue;
        holding.set(article.order, inArticle.some((word) => word >= headingStart && word + length <= headingEnd));
      }
    }
    return holding;
  },
);

/**
 * The pages (issues) where a term of indexed characters starts, and at
 * which word positions: found by a cover of its words (src/lib/search/cover.ts),
 * or, for one character, by every word that starts with it.
 */
async function findTerm(index: Index, term: string): Promise<Found[]> {
  const cover = coverOf(wordsOfTerm(term), index.heavyWords);
  if (cover !== undefined) return foundByCover(index, cover);
  if (term === '') return [];
  await preloadWordsStarting(index, term);
  // A page found only by its metadata has no position: it does not hold the character.
  return (await located(index, (await index.module.search(term))?.results ?? [])).filter(({ words }) => words.length > 0);
}

/** A page of the index where a term was found: Pagefind's result (for its data), where the page stands in the index, and the word positions where the term starts. */
interface Found {
  result: PagefindResult;
  position: number;
  words: readonly number[];
}

/** The index's words of a term: those of its longest run of indexed characters. */
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
  return found;
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

/** An article of the index. */
interface Article {
  /** Where it stands among every article of the index, which is their date order (see everyPage). */
  order: number;
  /** Where its issue's page stands in the index. */
  page: number;
  /** 1-based, in its issue. */
  position: number;
  /** Its words in its issue's record. */
  span: ArticleSpan;
  filters: FilterValues;
}

/** A page of the index (an issue): its articles, and where its header and footer start among its words. */
interface Page {
  articles: Article[];
  fieldsStart: number;
}

/**
 * Every page of the index, in its order, and their articles with their
 * filter values. Pagefind answers a search without a term with every page,
 * in the order they were indexed: shard after shard, newest first in each
 * (src/lib/search/shards.ts), which is the archive's date order; each shard
 * lists its pages' articles in the same order, in print order
 * (src/lib/search/facets.ts).
 */
const everyPage = keptOnceLoaded(async (index: Index) => {
  const [response, facets] = await Promise.all([index.module.search(null), fromEveryShard<ShardFacets>(index, FACETS_FILE)]);
  const results = response?.results ?? [];
  const perPage = facets.flatMap(pageArticles);
  if (perPage.length !== results.length) throw new Error(`the index lists ${results.length} pages and their facets ${perPage.length}`);
  const articles: Article[] = [];
  const pages = perPage.map((page, position): Page => {
    const { spans, fieldsStart } = articleSpans(page.map(({ layout }) => layout));
    const ofPage = page.map(({ filters }, at) => ({ order: articles.length + at, page: position, position: at + 1, span: spans[at]!, filters }));
    articles.push(...ofPage);
    return { articles: ofPage, fieldsStart };
  });
  const values = Object.fromEntries(FILTERS.map((name) => [name, [...new Set(facets.flatMap((shard) => shard.values[name]))]])) as Record<FilterName, string[]>;
  return { results, pages, articles, values, positionsOf: positionsIn(results, async (page) => (await page.data()).url) };
});

/** An issue's data, fetched once, and its words. */
const pageData = keptPerKey(
  (_index: Index, page: number) => String(page),
  async (index: Index, page: number) => {
    const data = await (await everyPage(index)).results[page]!.data();
    return { data, words: data.content.split(' ') };
  },
);

/** The text an article is found in and quoted from (with its issue's header and footer), and its heading's (its first line: a title is a line of its own). */
async function textOf(index: Index, { page, span }: Article): Promise<{ text: string; heading: string; data: PagefindResultData }> {
  const { data, words } = await pageData(index, page);
  const { fieldsStart } = (await everyPage(index)).pages[page]!;
  return { text: articleRecordText(words, span, fieldsStart), heading: readableText(words, span.headingStart, span.headingEnd).split('\n')[0]!, data };
}

async function hitOf(index: Index, article: Article, terms: readonly string[]): Promise<SearchHit> {
  const { text, heading, data } = await textOf(index, article);
  const { meta } = data;
  const totalIssue = Number(meta.totalIssue);
  return {
    url: urls.article(totalIssue, article.position),
    totalIssue,
    issue: Number(meta.issue),
    date: isoDate(meta.date ?? ''),
    districts: [...(article.filters['区'] ?? [])],
    section: article.filters['栏目']?.[0] ?? null,
    title: heading,
    excerpt: excerptAround(text, terms),
  };
}

/**
 * For each filter, how many of `matches` each of its values would keep,
 * with the other filters as chosen (the values of one filter are
 * alternatives, so its own choice is left out); every value of the index is
 * counted, 0 included.
 */
async function countsOf(index: Index, matches: readonly ArticleMatch[], chosen: Record<FilterName, string[]>): Promise<SearchOutcome['counts']> {
  const { values } = await everyPage(index);
  const counts: SearchOutcome['counts'] = {};
  for (const name of FILTERS) {
    const others = Object.fromEntries(Object.entries(chosen).filter(([other]) => other !== name));
    const tally: Record<string, number> = Object.fromEntries(values[name].map((value) => [value, 0]));
    for (const { article } of matches) if (passes(article.filters, others)) for (const value of article.filters[name] ?? []) tally[value] = (tally[value] ?? 0) + 1;
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
