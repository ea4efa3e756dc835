/**
 * Behaviour: on a generated archive of 300 issues, every query of the
 * benchmark's list (districts and short forms, topics, regulation titles,
 * people, numbers and dates, 1- and 2-character fragments, several terms,
 * absent terms) finds exactly the articles whose text holds it, through the
 * search page's own code path (`window.briefingSearch`), and an absent term
 * finds nothing and says so.
 *
 * Given a synthetic archive (src/lib/synthetic, seed 1) built into its own
 * folder, its search index in three shards, when each query is searched,
 * then its results equal the truth:
 * the articles whose search text (the records the index is made from)
 * contains every term of the query after normalisation.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArchive, readArchive, SEED } from '../../scripts/bench/archive.ts';
import { BENCH_QUERIES } from '../../scripts/bench/queries.ts';
import { truthOf, type Document } from '../../scripts/bench/quality.ts';
import { termWords } from '../../src/lib/search/bigrams.ts';
import { coverOf } from '../../src/lib/search/cover.ts';
import type { ShardsManifest } from '../../src/lib/search/shards.ts';
import { routes } from '../../src/lib/site/urls.ts';
import { searchRecords } from '../../src/lib/site/search-records.ts';
import { writeArchive } from '../../src/lib/synthetic/index.ts';
import { launchBrowser, openPage, REPO_ROOT } from './support/browser.ts';
import { briefingSearch, shownResultUrls, waitForSearchApi, waitForSearchOutcome } from './support/fixture-site.ts';
import { startStaticServer } from './support/server.ts';

const ISSUES = 300;
/** Shards of 100 issues, so that the search page merges three of them as it would at archive scale. */
const ISSUES_PER_SHARD = 100;
/**
 * Index chunks of 1,000 word positions (a fifth of the site's), so that
 * these small shards have heavy words, as a full archive's have, and the
 * words starting with 文明 fill several chunks, all of which a term ending
 * with it must load.
 */
const CHUNK_SIZE = 1000;

function buildSite(archive: string, outDir: string, cacheDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['tests/browser/support/build-site.ts', outDir, cacheDir], {
      cwd: REPO_ROOT,
      env: { ...process.env, BRIEFING_CONTENT: archive, BRIEFING_ISSUES_PER_SHARD: String(ISSUES_PER_SHARD), PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(CHUNK_SIZE) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`the generated archive did not build:\n${errors}`))));
  });
}

describe(`search on a generated archive of ${ISSUES} issues`, () => {
  const work = mkdtempSync(path.join(tmpdir(), 'briefing-scale-search-'));
  const documents: Document[] = [];
  /** Each article's issue date and 总期号, and its heading (title, or lead), by URL. */
  const published = new Map<string, { date: string; totalIssue: number; heading: string }>();
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startStaticServer>>;

  beforeAll(async () => {
    const archive = path.join(work, 'archive');
    writeArchive({ count: ISSUES, seed: SEED, out: archive });
    for (const issue of parseArchive(readArchive(archive))) {
      for (const record of searchRecords(issue)) {
        documents.push({ url: record.url, text: record.content });
        published.set(record.url, { date: issue.date, totalIssue: issue.totalIssue, heading: record.meta.title });
      }
    }
    await buildSite(archive, path.join(work, 'dist'), path.join(work, 'cache'));
    server = await startStaticServer(path.join(work, 'dist'));
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('has at least 40 queries of every kind, and absent terms the archive really lacks (given)', () => {
    expect(BENCH_QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(BENCH_QUERIES.map((entry) => entry.kind)).size).toBe(8);
    for (const { query } of BENCH_QUERIES.filter((entry) => entry.kind === 'absent')) expect(truthOf(documents, query).size, query).toBe(0);
  });

  it('finds exactly the articles holding each query: recall and precision 1', async () => {
    const { page, errors, close } = await openPage(browser, `${server.url}/search/`);
    try {
      await waitForSearchApi(page);
      const wrong: string[] = [];
      for (const { query } of BENCH_QUERIES) {
        const truth = [...truthOf(documents, query)].sort();
        const found = (await briefingSearch(page, query)).map((hit) => hit.url).sort();
        if (JSON.stringify(found) !== JSON.stringify(truth)) {
          const missed = truth.filter((url) => !found.includes(url));
          const extra = found.filter((url) => !truth.includes(url));
          wrong.push(`${query}: ${truth.length} true, missed ${missed.length} (${missed.slice(0, 3).join(' ')}), extra ${extra.length} (${extra.slice(0, 3).join(' ')})`);
        }
      }
      expect(wrong).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 300_000);

  /**
   * Terms of the archive that a cover finds to go round a heavy word of this
   * index (which words are heavy depends on the archive): regulation titles,
   * and each heavy word with a letter either side as the text holds it.
   */
  function goingRoundHeavyWords(heavy: ReadonlySet<string>): string[] {
    const around = [...heavy].flatMap((word) => {
      const pattern = new RegExp(`\\p{L}${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\p{L}`, 'u');
      const found = documents.map(({ text }) => pattern.exec(text)?.[0]).find((term) => term !== undefined);
      return found === undefined ? [] : [found];
    });
    return ['《北京市文明行为促进条例》', '志愿服务促进条例', '精神文明建设', '新时代文明实践', '全国文明城区', '各区文明办', ...around].filter((query) => {
      const words = termWords(query);
      const isHeavy = ({ word }: { word: string }) => heavy.has(word.toLowerCase());
      return !words.at(-1)!.prefix && words.some(isHeavy) && !coverOf(words, heavy)!.some(isHeavy);
    });
  }

  it('finds terms exactly by words at their distances: round a heavy word (one of an index chunk’s worth of positions), and to end with a split pair (文明)', async () => {
    const { heavyWords } = JSON.parse(readFileSync(path.join(work, 'dist', routes.searchManifest), 'utf8')) as ShardsManifest;
    const heavy = new Set(heavyWords);
    const roundHeavy = goingRoundHeavyWords(heavy);
    expect(roundHeavy.length, [...heavy].join(' ')).toBeGreaterThan(0);
    const endingSplit = ['精神文明', '首都精神文明', '文明'];
    for (const query of endingSplit) expect(termWords(query).at(-1)!.prefix, query).toBe(true);
    const queries = [...roundHeavy, ...endingSplit];
    const { page, errors, close } = await openPage(browser, `${server.url}/search/`);
    try {
      await waitForSearchApi(page);
      for (const query of queries) {
        const truth = [...truthOf(documents, query)].sort();
        expect(truth.length, query).toBeGreaterThan(0);
        expect((await briefingSearch(page, query)).map((hit) => hit.url).sort(), query).toEqual(truth);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 300_000);

  it('keeps a word of a cover apart from the same letters asked as a prefix (…文明…, after …文明)', async () => {
    const { heavyWords } = JSON.parse(readFileSync(path.join(work, 'dist', routes.searchManifest), 'utf8')) as ShardsManifest;
    const heavy = new Set(heavyWords);
    // Given: a term of the archive ending with 文明 whose cover goes round a heavy word, so it asks for every word starting with 文明;
    // the same term with … after it asks for the word 文明… itself, in its own cover.
    const endsWithSplit = (term: string) => coverOf(termWords(term), heavy)?.some(({ word, prefix }) => word === '文明' && prefix) ?? false;
    const holdsWord = (term: string) => coverOf(termWords(term), heavy)?.some(({ word, prefix }) => word === '文明…' && !prefix) ?? false;
    const candidates = new Set(documents.flatMap(({ text }) => Array.from(text.matchAll(/[\p{L}\p{N}]{3}文明/gu), (match) => match[0])));
    const term = [...candidates].sort().find((candidate) => endsWithSplit(candidate) && holdsWord(`${candidate}…`));
    expect(term, [...heavy].join(' ')).toBeDefined();
    // One after the other on one search page, which trusts the index's count for a term of indexed characters.
    const { page, errors, close } = await openPage(browser, `${server.url}/search/`);
    try {
      await waitForSearchApi(page);
      for (const query of [term!, `${term!}…`]) {
        await page.locator('#search-query').fill(query);
        await page.locator('#search-query').press('Enter');
        await page.waitForFunction((query) => new URLSearchParams(location.search).get('q') === query, query);
        const status = await waitForSearchOutcome(page);
        expect(Number(/找到(\d+)篇/.exec(status)?.[1] ?? 0), `${query}: ${status}`).toBe(truthOf(documents, query).size);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  // The page itself fetches only the results it shows and, for one term of
  // indexed characters (letters, digits, the common punctuation), trusts
  // Pagefind's own count; so that count must be exact too. `03` and `08` are
  // traps: they are in no article's text, but they are parts of ISO dates,
  // which an index of result metadata would hold. The punctuated terms must
  // match their marks exactly, and `、` is a one-character prefix search of a mark.
  const PAGE_QUERIES = [...BENCH_QUERIES.map((entry) => entry.query).filter((query) => !/\s/u.test(query)), '03', '08', '01', '条例》', '“四全”', '，深化', '。2020', '、'];

  it('shows the same count on the search page as the truth, and only true articles, for one-term queries', async () => {
    const wrong: string[] = [];
    for (const query of PAGE_QUERIES) {
      const truth = truthOf(documents, query);
      const { page, close } = await openPage(browser, `${server.url}/search/?q=${encodeURIComponent(query)}`);
      try {
        const status = await waitForSearchOutcome(page);
        const count = Number(/找到(\d+)篇/.exec(status)?.[1] ?? 0);
        const shown = (await shownResultUrls(page)).map((url) => new URL(url, server.url).pathname + new URL(url, server.url).hash);
        const extra = shown.filter((url) => !truth.has(url));
        if (count !== truth.size || extra.length > 0) wrong.push(`${query}: page says ${count}, truth ${truth.size}; shown but not true: ${extra.slice(0, 3).join(' ')}`);
      } finally {
        await close();
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);

  /** Articles newest first; those of one issue in print order. */
  const newestFirst = (urls: Iterable<string>) =>
    [...urls]
      .map((url) => ({ url, ...published.get(url)!, position: Number(url.split('#a')[1]) }))
      .sort((a, b) => b.date.localeCompare(a.date) || b.totalIssue - a.totalIssue || a.position - b.position)
      .map((article) => article.url);

  /** The first page of results the search page shows, as /issues/N/#aK. */
  async function firstPageOf(query: string, sort: 'relevance' | 'date'): Promise<string[]> {
    const { page, close } = await openPage(browser, `${server.url}/search/?q=${encodeURIComponent(query)}${sort === 'date' ? '&sort=date' : ''}`);
    try {
      await waitForSearchOutcome(page);
      return (await shownResultUrls(page)).map((url) => new URL(url, server.url)).map((url) => url.pathname + url.hash);
    } finally {
      await close();
    }
  }

  it('lists results newest first across the shards when sorted by date', async () => {
    const shown = await firstPageOf('文明', 'date');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(newestFirst(truthOf(documents, '文明')).slice(0, shown.length));
  });

  it('lists the articles whose title or lead holds the query first, then the others, each newest first', async () => {
    // 学雷锋 and 新时代文明实践 head two articles each, so their first page holds both groups; 台账 heads more than ten.
    for (const query of ['学雷锋', '新时代文明实践', '台账']) {
      const truth = [...truthOf(documents, query)];
      const inHeading = truth.filter((url) => published.get(url)!.heading.includes(query));
      expect(inHeading.length, query).toBeGreaterThan(0);
      expect(truth.length - inHeading.length, query).toBeGreaterThan(10);
      const expected = [...newestFirst(inHeading), ...newestFirst(truth.filter((url) => !inHeading.includes(url)))];
      expect(await firstPageOf(query, 'relevance'), query).toEqual(expected.slice(0, 10));
    }
  });

  it('shows ten results at a time, and ten more, in order, at each 显示更多', async () => {
    const { page, errors, close } = await openPage(browser, `${server.url}/search/?q=${encodeURIComponent('文明')}&sort=date`);
    try {
      const status = await waitForSearchOutcome(page);
      const total = truthOf(documents, '文明').size;
      expect(status).toBe(`找到${total}篇稿件，显示前10篇。`);
      const firstPage = await shownResultUrls(page);
      expect(firstPage).toHaveLength(10);
      await page.locator('.search-more').click();
      await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length === 20);
      const twoPages = await shownResultUrls(page);
      expect(twoPages.slice(0, 10)).toEqual(firstPage);
      expect(new Set(twoPages).size).toBe(20);
      expect(await page.locator('#search-status').textContent()).toBe(`找到${total}篇稿件，显示前20篇。`);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  /**
   * The index chunks a page asks for, and a wait until it has asked for
   * nothing for half a second (the page asks for a typed query's chunks
   * once the index has told it which).
   */
  function watchIndexChunks(page: Page): { chunks: string[]; settled(): Promise<void> } {
    const chunks: string[] = [];
    const pending = new Set<Request>();
    let lastActivity = Date.now();
    page.on('request', (request) => {
      pending.add(request);
      lastActivity = Date.now();
      if (request.url().endsWith('.pf_index')) chunks.push(request.url());
    });
    const done = (request: Request) => {
      pending.delete(request);
      lastActivity = Date.now();
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    const quiet = () => pending.size === 0 && Date.now() - lastActivity > 500;
    return { chunks, settled: () => expect.poll(quiet, { timeout: 20_000 }).toBe(true) };
  }

  it('loads the index chunks of a query as it is typed, so that Enter waits for none of a plain term’s, and finds exactly the same articles', async () => {
    const { heavyWords } = JSON.parse(readFileSync(path.join(work, 'dist', routes.searchManifest), 'utf8')) as ShardsManifest;
    const phrase = '垃圾分类';
    // Given: a term none of whose words is heavy, and terms whose covers go round a heavy word and end with a split pair.
    expect(termWords(phrase).filter(({ word }) => heavyWords.includes(word))).toEqual([]);
    const roundHeavy = goingRoundHeavyWords(new Set(heavyWords));
    expect(roundHeavy.length).toBeGreaterThan(0);
    expect(termWords('首都精神文明').at(-1)!.prefix).toBe(true);
    for (const query of [phrase, roundHeavy[0]!, '首都精神文明']) {
      const { page, errors, close } = await openPage(browser, `${server.url}/search/`, { waitUntil: 'networkidle' });
      try {
        await waitForSearchApi(page);
        const watched = watchIndexChunks(page);
        await page.locator('#search-query').pressSequentially(query, { delay: 20 });
        await watched.settled();
        const typed = watched.chunks.length;
        expect(typed, query).toBeGreaterThan(0);
        await page.locator('#search-query').press('Enter');
        const status = await waitForSearchOutcome(page);
        if (query === phrase) expect(watched.chunks.slice(typed), query).toEqual([]);
        expect(status, query).toMatch(new RegExp(`^找到${truthOf(documents, query).size}篇`));
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }
  });

  it('loads nothing for the letters of an input method before it commits the characters', async () => {
    const { page, errors, close } = await openPage(browser, `${server.url}/search/`, { waitUntil: 'networkidle' });
    try {
      await waitForSearchApi(page);
      const watched = watchIndexChunks(page);
      await page.locator('#search-query').focus();
      const session = await page.context().newCDPSession(page);
      await session.send('Input.imeSetComposition', { text: 'laji', selectionStart: 4, selectionEnd: 4 });
      expect(await page.locator('#search-query').inputValue()).toBe('laji');
      await watched.settled();
      expect(watched.chunks).toEqual([]);
      await session.send('Input.insertText', { text: '垃圾' });
      expect(await page.locator('#search-query').inputValue()).toBe('垃圾');
      await expect.poll(() => watched.chunks.length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('says it found nothing for an absent term, rather than listing everything', async () => {
    const { page, close } = await openPage(browser, `${server.url}/search/?q=${encodeURIComponent('量子计算')}`);
    try {
      expect(await waitForSearchOutcome(page)).toBe('没有找到与“量子计算”相关的稿件。');
      expect(await page.locator('#search-results > li').count()).toBe(0);
    } finally {
      await close();
    }
  });
});
