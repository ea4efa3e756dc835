/**
 * Behaviour: a reader follows a district or a section, and adds the
 * archive's search to the browser (issue 22). Each district and section page
 * announces its Atom feed; the feed parses as Atom and lists that district's
 * (or section's) items only, every one of them, as the archive's files hold
 * them (support/fixture-site.ts, never the pages). Every page announces
 * /opensearch.xml, whose template, filled in, is a search that finds.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser.ts';
import { archiveFiles, fixtureSite, shownResultUrls, trueArticles, waitForSearchOutcome } from './support/fixture-site.ts';

const site = fixtureSite();
const articles = archiveFiles(site).flatMap(({ issue }) => trueArticles(issue));

interface ParsedFeed {
  namespace: string | null;
  error: boolean;
  self: string | null;
  entries: Array<{ id: string; link: string; title: string; updated: string }>;
}

/** Fetch and parse a feed in the page, with the browser's own XML parser. */
function readFeed(page: Page, href: string): Promise<ParsedFeed> {
  return page.evaluate(async (url) => {
    const response = await fetch(url);
    const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
    const atom = 'http://www.w3.org/2005/Atom';
    const child = (parent: Element, name: string) => parent.getElementsByTagNameNS(atom, name)[0];
    return {
      namespace: xml.documentElement.namespaceURI,
      error: xml.getElementsByTagName('parsererror').length > 0,
      self: xml.documentElement.querySelector(':scope > link[rel="self"]')?.getAttribute('href') ?? null,
      entries: [...xml.getElementsByTagNameNS(atom, 'entry')].map((entry) => ({
        id: child(entry, 'id')?.textContent ?? '',
        link: child(entry, 'link')?.getAttribute('href') ?? '',
        title: child(entry, 'title')?.textContent ?? '',
        updated: child(entry, 'updated')?.textContent ?? '',
      })),
    };
  }, href);
}

describe('following a district, a section, or the search', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const cases = [
    { name: '房山区', path: `/districts/${encodeURIComponent('房山区')}/`, holds: (article: (typeof articles)[number]) => article.article.districts.includes('房山区') },
    { name: '【文明创建】', path: `/sections/${encodeURIComponent('文明创建')}/`, holds: (article: (typeof articles)[number]) => article.section === '文明创建' },
  ];

  for (const { name, path, holds } of cases) {
    it(`${name}’s page announces its Atom feed, which lists its items only, newest first`, async () => {
      // Given the list page
      const { page, errors, close } = await openPage(browser, `${site.url}${path}`);
      try {
        // It announces its feed
        const href = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').last().getAttribute('href');
        expect(href).toBe(`${path}feed.xml`);
        expect(await page.locator(`main a[href="${href}"]`).count()).toBe(1);
        // The feed is Atom, about itself
        const feed = await readFeed(page, href!);
        expect(feed.error).toBe(false);
        expect(feed.namespace).toBe('http://www.w3.org/2005/Atom');
        expect(feed.self).toBe(`https://example.org${href}`);
        // And its entries are exactly the district's (section's) items in the archive's files
        const truth = articles.filter(holds);
        expect(truth.length).toBeGreaterThan(0);
        expect(feed.entries.map((entry) => entry.link).sort()).toEqual(truth.map((article) => `https://example.org${article.url}`).sort());
        expect(feed.entries.map((entry) => entry.id)).toEqual(feed.entries.map((entry) => entry.link));
        const dates = feed.entries.map((entry) => entry.updated);
        expect(dates).toEqual([...dates].sort().reverse());
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it('every page announces /opensearch.xml, and its template searches the archive', async () => {
    const { page, errors, close } = await openPage(browser, `${site.url}/years/`);
    try {
      // Given the OpenSearch description a page announces
      const link = page.locator('head link[rel="search"]');
      expect(await link.getAttribute('type')).toBe('application/opensearchdescription+xml');
      const description = await page.evaluate(async (href) => {
        const xml = new DOMParser().parseFromString(await (await fetch(href)).text(), 'application/xml');
        const url = xml.getElementsByTagNameNS('http://a9.com/-/spec/opensearch/1.1/', 'Url')[0]!;
        return { root: xml.documentElement.localName, type: url.getAttribute('type'), template: url.getAttribute('template')! };
      }, (await link.getAttribute('href'))!);
      expect(description.root).toBe('OpenSearchDescription');
      expect(description.type).toBe('text/html');
      // When a browser fills in its template with 回天 (on this test server, not the production origin)
      const filled = description.template.replace('{searchTerms}', encodeURIComponent('回天'));
      expect(filled).toBe(`https://example.org/search/?q=${encodeURIComponent('回天')}`);
      await page.goto(`${site.url}${new URL(filled).pathname}${new URL(filled).search}`);
      // Then the search page searches it and finds the 昌平 item that holds it
      await waitForSearchOutcome(page);
      const truth = articles.filter((article) => article.articleText.includes('回天')).map((article) => article.url);
      expect(truth.length).toBeGreaterThan(0);
      expect((await shownResultUrls(page)).sort()).toEqual(truth.sort());
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
