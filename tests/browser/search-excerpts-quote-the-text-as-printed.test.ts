/**
 * Behaviour: a search result's excerpt quotes the article as printed (site.md
 * §2, §5: results show the text literally), with its spaces and the case of
 * its letters: `<img src=x onerror=…>` stays `<img src=x onerror=…>`, and
 * 2177's “手机 APP 平台” stays “APP”.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser.ts';
import { archiveFiles, fixtureSite, trueArticles, waitForSearchOutcome } from './support/fixture-site.ts';

const site = fixtureSite();
const articles = archiveFiles(site).flatMap(({ issue }) => trueArticles(issue));

/** A query, the article it must find, and the printed text its excerpt must quote exactly. */
const CASES = [
  { query: 'onerror', quote: '<img src=x onerror="window.__pwned=2">' },
  { query: 'APP', quote: 'APP' },
] as const;

describe('search excerpts quote the text as printed', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the quoted texts are in the archive as printed (given)', () => {
    for (const { query, quote } of CASES) {
      const holding = articles.filter((ref) => ref.articleText.includes(quote));
      expect(holding.length, quote).toBe(1);
      expect(holding[0]!.articleText).toContain(query);
    }
  });

  /** The excerpt shown for each case, read by the test below and quoted by the ones after it. */
  const excerpts = new Map<string, string>();

  it('each query finds its article, shown with an excerpt', async () => {
    for (const { query, quote } of CASES) {
      const article = articles.find((ref) => ref.articleText.includes(quote))!;
      // When a reader searches the query
      const { page, errors, close } = await openPage(browser, `${site.url}/search/?q=${encodeURIComponent(query)}`);
      try {
        await waitForSearchOutcome(page);
        // Then the article is among the results, with a non-empty excerpt holding the query (case aside)
        const item = page.locator('#search-results > li', { has: page.locator(`a[href="${article.url}"]`) });
        expect(await item.count(), `${query} finds ${article.url}`).toBe(1);
        const excerpt = (await item.locator('.excerpt').textContent()) ?? '';
        expect(excerpt.toLowerCase()).toContain(query.toLowerCase());
        excerpts.set(query, excerpt);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }
  });

  for (const { query, quote } of CASES) {
    it(`searching “${query}” shows an excerpt quoting “${quote}” exactly`, () => {
      const excerpt = excerpts.get(query);
      expect(excerpt, 'the test above read the excerpt').toBeDefined();
      expect(excerpt).toContain(quote);
    });

    it(`searching “${query}” quotes one paragraph: no paragraph break shown as a space`, () => {
      const article = articles.find((ref) => ref.articleText.includes(quote))!;
      const quoted = excerpts.get(query)!.replace(/^…|…$/g, '');
      expect(article.articleText.split('\n').some((paragraph) => paragraph.includes(quoted)), quoted).toBe(true);
    });
  }
});
