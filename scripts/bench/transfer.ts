/**
 * What a reader's browser downloads, measured in Chromium against a built
 * site served on 127.0.0.1 (tests/browser/support/server.ts, which does not
 * compress). Each response counts as a static host would send it: gzip
 * (zlib level 6, what most hosts and CDNs use) for JS, CSS, HTML, JSON, SVG
 * and XML; raw for everything else, since Pagefind's .pf_* files and its
 * WebAssembly are already compressed. Headers are not counted.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { FACETS_FILE } from '../../src/lib/search/facets.ts';

const COMPRESSED_BY_HOST = /javascript|ecmascript|css|html|json|svg|xml/i;

export interface Fetched {
  url: string;
  contentType: string;
  resourceType: string;
  rawBytes: number;
  /** What goes over the wire from a host that gzips text. */
  transferBytes: number;
}

export async function transferOf(response: Response): Promise<Fetched> {
  const contentType = response.headers()['content-type'] ?? '';
  let body: Buffer;
  try {
    body = await response.body();
  } catch {
    body = Buffer.alloc(0); // a redirect has no body
  }
  return {
    url: response.url(),
    contentType,
    resourceType: response.request().resourceType(),
    rawBytes: body.length,
    transferBytes: COMPRESSED_BY_HOST.test(contentType) ? gzipSync(body, { level: 6 }).length : body.length,
  };
}

/** Records every response of a page from `start()` until `collect()`. */
function recorder(page: Page) {
  let pending: Array<Promise<Fetched>> = [];
  page.on('response', (response) => pending.push(transferOf(response)));
  return {
    start() {
      pending = [];
    },
    async collect(): Promise<Fetched[]> {
      const taken = pending;
      pending = [];
      return Promise.all(taken);
    },
  };
}

export const FETCH_KINDS = ['script', 'wasm', 'meta', 'filters', 'index', 'fragments', 'other'] as const;
export type FetchKind = (typeof FETCH_KINDS)[number];

/** What a search file is for, from its name: Pagefind's script, its WebAssembly, the metadata (with the list of shards), the filter values (the shards' facets, or Pagefind's filter chunks), word index chunks, one fragment per result. */
export function kindOf(url: string): FetchKind {
  const path = new URL(url).pathname;
  if (/\.m?js$/.test(path)) return 'script';
  if (/wasm/.test(path)) return 'wasm';
  if (/pagefind-entry\.json$|\.pf_meta$/.test(path)) return 'meta';
  if (/\.pf_filter$/.test(path) || path.endsWith(`/${FACETS_FILE}`)) return 'filters';
  if (/\.pf_index$/.test(path)) return 'index';
  if (/\.pf_fragment$/.test(path)) return 'fragments';
  return 'other';
}

export interface QueryCost {
  query: string;
  /**
   * Transfer size (see above) of everything the search fetched for it, from
   * the Enter key to the results shown; for a first query, also the search
   * files the page loaded as it opened (Pagefind's script, WebAssembly and
   * metadata, the shards' facets), which it fetches only to search.
   */
  bytes: number;
  /** The same, by what Pagefind fetched (see kindOf). */
  byKind: Partial<Record<FetchKind, number>>;
  requests: number;
  /** Results the page listed (it may list the first page of them only). */
  results: number;
  /** Results the page says it found (找到N篇), when it says. */
  found: number | undefined;
  /** From the Enter key pressed (its keydown's timestamp) to the frame after the results list was filled (the page's own clock), the page having loaded. */
  seconds: number;
  /** Where that time went (see SearchTimeline). */
  timeline: SearchTimeline;
}

/**
 * A search's milestones in milliseconds after Enter, from the page's
 * resource timings: when the last index chunk it fetched had arrived, when
 * it asked for the first fragment and when the last had arrived (undefined
 * where it fetched none), and when the list was shown.
 */
export interface SearchTimeline {
  indexIn: number | undefined;
  fragmentsAsked: number | undefined;
  fragmentsIn: number | undefined;
  shown: number;
}

declare global {
  interface Window {
    benchTiming?: { enter: number; shown: number };
  }
}

/** Types `query` into the search page's own box, presses Enter and waits for the results list, timing it in the page. */
async function searchLikeAReader(page: Page, query: string): Promise<{ results: number; found: number | undefined; seconds: number; timeline: SearchTimeline }> {
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#search-query')!;
    const list = document.querySelector<HTMLElement>('#search-results')!;
    const timing = { enter: 0, shown: 0 };
    window.benchTiming = timing;
    // The page keeps 250 resource timings by default; a session fetches fewer, but not by much.
    performance.setResourceTimingBufferSize(10_000);
    input.addEventListener('keydown', (event) => {
      // When the key was pressed, not when the page got round to it: work the page does as the query is typed may hold it up.
      if (event.key === 'Enter' && timing.enter === 0) timing.enter = event.timeStamp;
    });
    // search-page.ts sets aria-busy on the list while it searches and removes it right after filling the list.
    let busy = false;
    const observer = new MutationObserver(() => {
      if (list.hasAttribute('aria-busy')) busy = true;
      else if (busy && timing.enter > 0) {
        observer.disconnect();
        requestAnimationFrame(() => (timing.shown = performance.now()));
      }
    });
    observer.observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
  });
  const box = page.locator('#search-query');
  await box.fill('');
  await box.pressSequentially(query, { delay: 20 });
  await box.press('Enter');
  await page.waitForFunction(() => (window.benchTiming?.shown ?? 0) > 0, undefined, { timeout: 300_000 });
  const { enter, shown } = (await page.evaluate(() => window.benchTiming))!;
  const timeline = await page.evaluate(
    ({ enter, shown }) => {
      const fetched = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.startTime >= enter && entry.startTime <= shown);
      const of = (suffix: string) => fetched.filter((entry) => new URL(entry.name).pathname.endsWith(suffix));
      const latest = (entries: PerformanceResourceTiming[]) => (entries.length === 0 ? undefined : Math.max(...entries.map((entry) => entry.responseEnd)) - enter);
      const fragments = of('.pf_fragment');
      return {
        indexIn: latest(of('.pf_index')),
        fragmentsAsked: fragments.length === 0 ? undefined : Math.min(...fragments.map((entry) => entry.startTime)) - enter,
        fragmentsIn: latest(fragments),
        shown: shown - enter,
      };
    },
    { enter, shown },
  );
  const status = (await page.locator('#search-status').textContent()) ?? '';
  if (!/找到|没有/.test(status)) throw new Error(`the search page did not show results for “${query}”: ${status}`);
  const found = /找到\s*(\d+)/.exec(status)?.[1];
  return { results: await page.locator('#search-results > li').count(), found: found === undefined ? undefined : Number(found), seconds: (shown - enter) / 1000, timeline };
}

export interface SearchSession {
  /** The search page itself (HTML, CSS, its script), without the search files it loads as it opens. */
  pageBytes: number;
  first: QueryCost;
  second: QueryCost;
}

/** A reader's first visit: open /search/, search for `first`, then for `second`. */
export async function searchSession(browser: Browser, origin: string, first: string, second: string): Promise<SearchSession> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const responses = recorder(page);
    responses.start();
    await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => typeof (window as { briefingSearch?: unknown }).briefingSearch === 'function');
    const opened = await responses.collect();
    const isSearchFile = (entry: Fetched) => new URL(entry.url).pathname.startsWith('/pagefind/');
    const pageBytes = sum(opened.filter((entry) => !isSearchFile(entry)));
    const measure = async (query: string, loadedBefore: readonly Fetched[]): Promise<QueryCost> => {
      responses.start();
      const shown = await searchLikeAReader(page, query);
      await page.waitForLoadState('networkidle');
      const fetched = [...loadedBefore, ...(await responses.collect())];
      const byKind: QueryCost['byKind'] = {};
      for (const entry of fetched) byKind[kindOf(entry.url)] = (byKind[kindOf(entry.url)] ?? 0) + entry.transferBytes;
      return { query, bytes: sum(fetched), byKind, requests: fetched.length, ...shown };
    };
    const firstCost = await measure(first, opened.filter(isSearchFile));
    const secondCost = await measure(second, []);
    return { pageBytes, first: firstCost, second: secondCost };
  } finally {
    await context.close();
  }
}

export interface PageWeight {
  path: string;
  /** HTML + CSS, as transferred. */
  htmlCssBytes: number;
  /** Every response of the page, as transferred. */
  totalBytes: number;
  /** Script responses plus <script> elements that are not data (JSON). */
  scripts: number;
}

/** An issue page as a reader receives it. */
export async function pageWeight(browser: Browser, origin: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    const responses = recorder(page);
    responses.start();
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    const fetched = await responses.collect();
    const inlineScripts = await page.evaluate(
      () => [...document.scripts].filter((script) => !/json/i.test(script.type)).length,
    );
    const scriptResponses = fetched.filter((entry) => entry.resourceType === 'script' || /javascript/.test(entry.contentType)).length;
    return {
      path,
      htmlCssBytes: sum(fetched.filter((entry) => /html|css/.test(entry.contentType))),
      totalBytes: sum(fetched),
      scripts: scriptResponses + inlineScripts,
    };
  } finally {
    await context.close();
  }
}

function sum(fetched: readonly Fetched[]): number {
  return fetched.reduce((total, entry) => total + entry.transferBytes, 0);
}
