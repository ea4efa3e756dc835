/**
 * Behaviour: the archive published as we recommend, behind Debian's nginx
 * with the repository's configuration (deploy/nginx.conf), works at the
 * root and under a sub-path (`BRIEFING_BASE=/jianbao/`): a reader moves
 * from the home page to an issue, a year, a district and a section and
 * back; searches with a filter and reloads the shared URL; gets the raw
 * text byte for byte and the JSON; finds the feed and the sitemap under the
 * base; gets the 404 page with status 404; is sent every text file
 * compressed; and the browser reports no violation of the
 * Content-Security-Policy on any page, search and the editor's desk
 * (with a PDF read there) included.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urlsUnder } from '../../src/lib/site/urls.ts';
import { fixturesOf } from '../../scripts/import-fixtures/index.ts';
import { launchBrowser } from './support/browser.ts';
import { deskState, dropFile } from './support/desk.ts';
import { fixtureSite, parseFile, shownResultUrls, waitForSearchOutcome } from './support/fixture-site.ts';

const site = fixtureSite();
const ISSUE_FILE = site.corpusFiles.find((file) => file.endsWith('2178.txt'))!;
const SITE_ORIGIN = 'https://example.org';

/** A page opened in a fresh context that records every CSP violation the browser reports and every response's encoding. */
interface Visit {
  page: Page;
  context: BrowserContext;
  violations: string[];
  /** `content-encoding` (or `none`) of each response of HTML, JS, CSS or JSON, by URL. */
  encodings: Map<string, string>;
  errors: string[];
}

async function visit(browser: Browser, url: string): Promise<Visit> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
  // Reported by the page's own event, gathered by a script the browser runs before the page's (not subject to its CSP).
  await context.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = found;
    document.addEventListener('securitypolicyviolation', (event) => found.push(`${event.effectiveDirective}: ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`));
  });
  const page = await context.newPage();
  const violations: string[] = [];
  const errors: string[] = [];
  const encodings = new Map<string, string>();
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
    else if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', async (response) => {
    const type = (await response.headerValue('content-type')) ?? '';
    if (/html|javascript|css|json/.test(type) && response.status() === 200) encodings.set(response.url(), (await response.headerValue('content-encoding')) ?? 'none');
  });
  await page.goto(url);
  return { page, context, violations, encodings, errors };
}

/** Violations seen by the page's event so far, and by the console; none are expected. */
async function violationsOf(visited: Visit): Promise<string[]> {
  const fromPage = await visited.page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []).catch(() => []);
  return [...visited.violations, ...fromPage];
}

for (const published of inject('published')) {
  const { origin, base } = published;
  const urls = urlsUnder(base);
  const at = (path: string) => `${origin}${path}`;

  describe(`the archive published at ${base} behind nginx`, () => {
    let browser: Browser;

    beforeAll(async () => {
      browser = await launchBrowser();
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('takes a reader from the home page to an issue, a year, a district and a section page and back, every page whole, compressed and within the policy', async () => {
      // Given the home page
      const visited = await visit(browser, at(urls.home));
      try {
        const { page } = visited;
        for (const target of [urls.issue(2178), urls.year('2021'), urls.district('房山区'), urls.section('文明创建')]) {
          // When the reader follows the link to it
          const link = page.locator(`main a[href="${target}"]`).first();
          expect(await link.count(), target).toBe(1);
          await Promise.all([page.waitForURL(at(target)), link.click()]);
          // Then its page is shown, and going back returns to the home page
          await expect.poll(() => page.locator('h1').count(), { timeout: 5000 }).toBeGreaterThan(0);
          expect(await page.title(), target).not.toContain('404');
          await page.goBack();
          expect(page.url()).toBe(at(urls.home));
        }
        // And every page, script and style was sent compressed, and nothing broke the policy
        expect([...visited.encodings.values()].length).toBeGreaterThan(0);
        expect([...visited.encodings].filter(([, encoding]) => !['gzip', 'br'].includes(encoding))).toEqual([]);
        expect(await violationsOf(visited)).toEqual([]);
        expect(visited.errors).toEqual([]);
      } finally {
        await visited.context.close();
      }
    });

    it('searches with a filter, puts the search in a URL that reloads it, and links each result to its article under the base', async () => {
      // Given the search page
      const visited = await visit(browser, at(urls.search));
      let shared = '';
      let results: string[] = [];
      try {
        const { page } = visited;
        // When the reader searches 文明城区 and ticks 房山区
        await page.locator('#search-query').fill('文明城区');
        await page.locator('#search-query').press('Enter');
        const before = await waitForSearchOutcome(page);
        await page.locator('#search-form input[type="checkbox"][name="区"][value="房山区"]').check();
        await page.waitForFunction((previous) => (document.querySelector('#search-status')?.textContent ?? '') !== previous, before);
        await waitForSearchOutcome(page);
        results = await shownResultUrls(page);
        shared = page.url();
        // Then there are results, each an article of an issue page under the base
        expect(results.length).toBeGreaterThan(0);
        for (const result of results) expect(result).toMatch(new RegExp(`^${base}issues/\\d+/#a\\d+$`));
        expect(new URL(shared).pathname).toBe(urls.search);
        expect(new URL(shared).searchParams.getAll('区')).toEqual(['房山区']);
        // And the search index, all of it fetched under the base, broke no rule of the policy
        const fetched = [...visited.encodings.keys()].filter((url) => url.includes('/pagefind/'));
        expect(fetched.length).toBeGreaterThan(0);
        for (const url of fetched) expect(new URL(url).pathname.startsWith(`${base}pagefind/`), url).toBe(true);
        expect([...visited.encodings].filter(([, encoding]) => !['gzip', 'br'].includes(encoding))).toEqual([]);
        expect(await violationsOf(visited)).toEqual([]);
        expect(visited.errors).toEqual([]);
      } finally {
        await visited.context.close();
      }

      // When the shared URL is opened afresh
      const again = await visit(browser, shared);
      try {
        await waitForSearchOutcome(again.page);
        // Then it shows the same results, and a result's link opens its issue page
        expect(await shownResultUrls(again.page)).toEqual(results);
        await Promise.all([again.page.waitForURL(at(results[0]!)), again.page.locator('#search-results li a').first().click()]);
        expect(await again.page.locator(`[id="${results[0]!.split('#')[1]}"]`).count()).toBe(1);
        expect(await violationsOf(again)).toEqual([]);
        expect(again.errors).toEqual([]);
      } finally {
        await again.context.close();
      }
    });

    it('shows every other kind of page (lists, data, documents, the editor’s desk, 404) with no CSP violation and nothing broken', async () => {
      for (const path of [urls.years, urls.districts, urls.sections, urls.data, urls.documents, urls.desk, `${base}no-such-page/`]) {
        const visited = await visit(browser, at(path));
        try {
          // Then the page is there, its scripts and styles ran, and nothing broke the policy
          await visited.page.waitForLoadState('networkidle');
          expect(await visited.page.locator('h1').count(), path).toBeGreaterThan(0);
          expect(await violationsOf(visited), path).toEqual([]);
          expect(visited.errors.filter((error) => !/404/.test(error)), path).toEqual([]);
        } finally {
          await visited.context.close();
        }
      }
    });

    it('serves the editor’s desk under the base and within the policy: a text file and a PDF are checked there', async () => {
      const visited = await visit(browser, at(urls.desk));
      try {
        const { page } = visited;
        await page.waitForSelector('#desk[data-ready="true"]');
        expect(await page.locator('#desk-status').getAttribute('class')).not.toContain('desk-status--error');
        const text = await dropFile(page, '2177-copy.txt', readFileSync(site.corpusFiles.find((file) => file.endsWith('2177.txt'))!));
        // Checked against the numbering index fetched under the base: a second file of 总第2177期
        expect(text.problems.map((problem) => problem.message)).toEqual([expect.stringContaining('总第2177期 is also in 2177.txt')]);
        const [pdf] = await fixturesOf([parseFile(ISSUE_FILE).issue], 'pdf-lib-unembedded');
        const imports = Number((await page.locator('#desk').getAttribute('data-imports')) ?? '0');
        await page.locator('#desk-file').setInputFiles({ name: '2178.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf!) });
        await page.waitForFunction((count) => Number(document.getElementById('desk')!.dataset.imports ?? '0') > count, imports, { timeout: 60_000 });
        const imported = await deskState(page);
        expect(await page.locator('#desk-status').textContent()).toBe('已从 2178.pdf 中取出文本。');
        expect(imported.problems).toEqual([]);
        expect(imported.summary).toMatch(/^总第2178期/);
        expect(await violationsOf(visited)).toEqual([]);
        expect(visited.errors).toEqual([]);
      } finally {
        await visited.context.close();
      }
    }, 120_000);

    it('sends the raw text byte for byte and the JSON as the parser reads the file', async () => {
      const raw = await fetch(at(urls.issueText(2178)));
      expect(raw.status).toBe(200);
      expect(Buffer.from(await raw.arrayBuffer()).equals(readFileSync(ISSUE_FILE))).toBe(true);
      const json = await fetch(at(urls.issueJson(2178)));
      expect(json.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await json.json()).toEqual(JSON.parse(JSON.stringify(parseFile(ISSUE_FILE).issue)));
    });

    it('links the feed and the sitemap to pages under the base, every one of which nginx serves', async () => {
      const feed = await (await fetch(at(urls.feed))).text();
      const sitemapIndex = await (await fetch(at(urls.sitemap))).text();
      const sitemaps = [...sitemapIndex.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
      expect(sitemaps.length).toBeGreaterThan(0);
      const pages = [...[...feed.matchAll(/<link[^>]* href="([^"]+)"/g)].map((match) => match[1]!)];
      for (const sitemap of sitemaps) {
        expect(sitemap.startsWith(`${SITE_ORIGIN}${base}`), sitemap).toBe(true);
        const xml = await (await fetch(at(new URL(sitemap).pathname))).text();
        pages.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!));
      }
      expect(pages).toContain(`${SITE_ORIGIN}${urls.issue(2178)}`);
      // The editors' desk is noindex, so no sitemap lists it
      expect(pages).not.toContain(`${SITE_ORIGIN}${urls.desk}`);
      for (const page of new Set(pages)) {
        expect(page.startsWith(`${SITE_ORIGIN}${base}`), page).toBe(true);
        expect((await fetch(at(new URL(page).pathname), { method: 'HEAD' })).status, page).toBe(200);
      }
    });

    it('answers an unknown path with the site’s 404 page and status 404, and a folder without its slash with a redirect to it', async () => {
      const missing = await fetch(at(`${base}no-such-page/`));
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain(`href="${urls.home}"`);
      const redirect = await fetch(at(urls.issue(2178).replace(/\/$/, '')), { redirect: 'manual' });
      expect(redirect.status).toBe(301);
      expect(redirect.headers.get('location')).toBe(urls.issue(2178));
    });

    it('sends the gzip or brotli copy the build wrote, and the security and cache headers', async () => {
      const page = at(urls.issue(2178));
      for (const encoding of ['gzip', 'br']) {
        const response = await fetch(page, { headers: { 'accept-encoding': encoding } });
        expect(response.headers.get('content-encoding'), encoding).toBe(encoding);
      }
      const response = await fetch(page);
      const policy = response.headers.get('content-security-policy') ?? '';
      for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "script-src 'self' 'wasm-unsafe-eval'"]) expect(policy).toContain(directive);
      expect(policy).not.toContain('unsafe-inline');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('cache-control')).toBe('public, max-age=300');
      const stylesheet = /href="([^"]+\.css)"/.exec(await response.text())![1]!;
      expect(stylesheet.startsWith(`${base}_astro/`)).toBe(true);
      expect((await fetch(at(stylesheet))).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    });
  });
}
