/**
 * Behaviour: searching finds exactly the articles containing the text
 * (site.md §2). The truth of a query is computed from the parsed files of
 * the fixture archive: the articles whose kicker, title, subtitle, lead,
 * blocks or source — or whose issue's header and footer — contain it. Search
 * runs through `window.briefingSearch` on /search/, the page's own code path.
 *
 * Recall (every true article is found) and precision (nothing else is found)
 * are separate tests, so a failure says which one broke.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.ts';
import { archiveFiles, articlesContaining, briefingSearch, fixtureSite, trueArticles, waitForSearchApi, type Hit } from './support/fixture-site.ts';

const site = fixtureSite();
const archive = archiveFiles(site);
const articles = archive.flatMap(({ issue }) => trueArticles(issue));

const QUERIES = ['垃圾分类', '回天', '台账', '文明行为促进条例', '海淀', '梅雪峰'] as const;

describe('searching finds exactly the articles containing the text', () => {
  let browser: Browser;
  let opened: OpenedPage;
  let page: Page;
  const hits = new Map<string, Hit[]>();

  beforeAll(async () => {
    browser = await launchBrowser();
    // Given the search page of the fixture site
    opened = await openPage(browser, `${site.url}/search/`);
    page = opened.page;
    await waitForSearchApi(page);
    // When each query is searched as the page searches it
    for (const query of QUERIES) hits.set(query, await briefingSearch(page, query));
  });

  afterAll(async () => {
    await opened?.close();
    await browser?.close();
  });

  it('articles are anchored a1, a2, … in document order on every issue page (the URLs the truth uses)', async () => {
    const issuePage = await opened.context.newPage();
    try {
      for (const { issue } of archive) {
        await issuePage.goto(`${site.url}/issues/${issue.totalIssue}/`);
        const anchors = await issuePage.locator('main article[id^="a"]').evaluateAll((nodes) => nodes.map((node) => node.id));
        const refs = trueArticles(issue);
        expect(anchors, `总第${issue.totalIssue}期`).toEqual(refs.map((ref) => ref.anchor));
        for (const ref of refs) {
          const label = ref.article.title ?? ref.article.lead ?? ref.article.blocks[0]!.text;
          expect((await issuePage.locator(`#${ref.anchor}`).innerText()).replace(/\s+/g, '')).toContain(label.replace(/\s+/g, ''));
        }
      }
    } finally {
      await issuePage.close();
    }
  });

  for (const query of QUERIES) {
    const truth = articlesContaining(articles, query);

    describe(`“${query}”`, () => {
      it(`finds every article that contains it (recall: ${truth.length} articles)`, () => {
        expect(truth.length, 'the query must be in the archive').toBeGreaterThan(0);
        const found = new Set(hits.get(query)!.map((hit) => hit.url));
        const missed = truth.filter((url) => !found.has(url));
        expect(missed, `missed by “${query}”`).toEqual([]);
      });

      it('finds nothing that does not contain it (precision)', () => {
        const truthSet = new Set(truth);
        const extra = hits.get(query)!.map((hit) => hit.url).filter((url) => !truthSet.has(url));
        expect(extra, `found by “${query}” without containing it`).toEqual([]);
      });

      it('gives each article once, with its issue, date, districts and section, linking to an anchor that holds the text', async () => {
        const found = hits.get(query)!;
        expect(new Set(found.map((hit) => hit.url)).size).toBe(found.length);
        for (const hit of found) {
          const ref = articles.find((candidate) => candidate.url === hit.url);
          expect(ref, `${hit.url} is an article of the archive`).toBeDefined();
          expect(hit.url).toMatch(/^\/issues\/\d+\/#a\d+$/);
          expect(hit.totalIssue).toBe(ref!.totalIssue);
          expect(hit.issue).toBe(ref!.issue.issue);
          expect(hit.date).toBe(ref!.issue.date);
          expect(hit.districts).toEqual(ref!.article.districts);
          expect(hit.section).toBe(ref!.section);
          expect(hit.title).toBe(ref!.article.title ?? ref!.article.lead);
        }
        // Then each URL opens the issue at an anchor that exists; when the query is in the article itself, that element shows it
        const check = await opened.context.newPage();
        try {
          for (const hit of found) {
            const ref = articles.find((candidate) => candidate.url === hit.url)!;
            const target = new URL(hit.url, site.url);
            if (check.url().split('#')[0] !== target.href.split('#')[0]) await check.goto(target.href);
            const anchored = check.locator(target.hash);
            expect(await anchored.count(), hit.url).toBe(1);
            if (ref.articleText.includes(query)) {
              expect((await anchored.innerText()).replace(/\s+/g, ''), hit.url).toContain(query);
            }
          }
        } finally {
          await check.close();
        }
      });
    });
  }

  it('“梅雪峰” (责编, printed only in the 版记) finds every issue of the archive', () => {
    expect(articles.some((ref) => ref.articleText.includes('梅雪峰'))).toBe(false);
    const issues = new Set(hits.get('梅雪峰')!.map((hit) => hit.totalIssue));
    expect([...issues].sort()).toEqual(archive.map(({ issue }) => issue.totalIssue).sort());
  });

  it('loads the index as the search page opens, in the page (no web worker), and not on pages that only link to search', async () => {
    // Everything a page has fetched from the search index since it began loading.
    const fetched = (page: Page) =>
      page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.startsWith('/pagefind/')));
    const home = await openPage(browser, `${site.url}/`);
    try {
      await home.page.waitForLoadState('networkidle');
      expect(await home.page.locator('input[name="q"]').count()).toBe(1);
      expect(await fetched(home.page)).toEqual([]);
    } finally {
      await home.close();
    }
    const fresh = await openPage(browser, `${site.url}/search/`);
    try {
      await fresh.page.waitForLoadState('networkidle');
      const files = await fetched(fresh.page);
      // The search code without a stemmer (the index is in no language: src/lib/search/bigrams.ts).
      for (const file of ['/pagefind/shards.json', '/pagefind/0/pagefind.js', '/pagefind/0/wasm.unknown.pagefind', '/pagefind/0/facets.json']) expect(files).toContain(file);
      expect(files.some((file) => file.endsWith('.pf_meta'))).toBe(true);
      expect(files.some((file) => file.includes('worker'))).toBe(false);
      expect(await fresh.page.locator('#search-results > li').count()).toBe(0);
    } finally {
      await fresh.close();
    }
  });

  it('says search is unavailable when the index is missing, and does not ask for it at every key', async () => {
    const missing = await openPage(browser, 'about:blank');
    try {
      const asked: string[] = [];
      await missing.page.route('**/pagefind/**', (route) => {
        asked.push(new URL(route.request().url()).pathname);
        return route.fulfill({ status: 404, body: 'Not Found' });
      });
      await missing.page.goto(`${site.url}/search/`, { waitUntil: 'networkidle' });
      await missing.page.locator('#search-query').pressSequentially('垃圾分类', { delay: 20 });
      await missing.page.locator('#search-query').press('Enter');
      await expect.poll(() => missing.page.locator('#search-status').textContent()).toBe('搜索索引尚未生成：请先运行 npm run build，再用 npm start 打开网站。');
      // As the page opens, at the first key, and on Enter: not at each of the four keys.
      expect(asked).toEqual(['/pagefind/shards.json', '/pagefind/shards.json', '/pagefind/shards.json']);
    } finally {
      await missing.close();
    }
  });

  it('raised no console errors', () => {
    expect(opened.errors).toEqual([]);
  });
});
