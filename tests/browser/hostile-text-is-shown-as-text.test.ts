/**
 * Behaviour: text is always rendered as text (site.md §5). The hostile
 * briefing (fixtures/hostile/2179.txt, a valid issue) holds `<script>`,
 * `<img onerror=…>`, `javascript:` URLs and HTML entities in its paragraphs;
 * the issue page, the search results and the editor's desk (its editor,
 * problem list and preview) must show them literally, create no element
 * from them, and run none of them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, type OpenedPage } from './support/browser.ts';
import { dropFile } from './support/desk.ts';
import { fixtureSite, parseFile, shownResultUrls, trueArticles, waitForSearchOutcome } from './support/fixture-site.ts';

const site = fixtureSite();
const hostileFile = site.hostileFiles[0]!;
const hostile = parseFile(hostileFile).issue;
const hostileArticle = trueArticles(hostile)[0]!;

/** What the file holds, and the page must show exactly so. */
const LITERALS = {
  script: '<script>window.__pwned=1</script>',
  img: '<img src=x onerror="window.__pwned=2">',
  url: 'javascript:window.__pwned=3',
  link: '<a href="javascript:window.__pwned=3">点击这里</a>',
  entities: 'x&lt;b&gt;bold&lt;/b&gt;x',
} as const;

/** A query that hits the hostile article, and the literal its excerpt must show. */
const SEARCHES: Array<{ query: string; literal: string }> = [
  { query: 'window', literal: LITERALS.script },
  { query: 'onerror', literal: LITERALS.img },
  { query: 'javascript', literal: LITERALS.url },
];

interface Watched extends OpenedPage {
  dialogs: string[];
  requests: string[];
}

/** Open `url`, recording every dialog (dismissed) and every request. */
async function openWatched(browser: Browser, url: string): Promise<Watched> {
  const opened = await openPage(browser, 'about:blank');
  const dialogs: string[] = [];
  const requests: string[] = [];
  opened.page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  opened.page.on('request', (request) => requests.push(request.url()));
  opened.response = await opened.page.goto(url);
  return { ...opened, dialogs, requests };
}

/** Nothing in the page was made from the hostile text, and none of it ran. */
async function expectNothingRan(watched: Watched): Promise<void> {
  const { page } = watched;
  // Give an onerror handler or a deferred script every chance to run.
  await page.waitForTimeout(300);
  expect(await page.locator('img[src="x"], img[onerror], [onerror]').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
  expect(await page.evaluate(() => [...document.links].filter((link) => link.protocol === 'javascript:').length)).toBe(0);
  const scripts = await page.locator('script').evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
  expect(scripts.filter((text) => text.includes('__pwned'))).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(watched.dialogs).toEqual([]);
  expect(watched.requests.filter((url) => /\/x$/.test(new URL(url).pathname))).toEqual([]);
  expect(watched.errors).toEqual([]);
}

describe('hostile text is shown as text', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the hostile briefing holds the markup as written (given)', () => {
    const raw = readFileSync(hostileFile, 'utf8');
    const body = hostileArticle.articleText;
    for (const literal of Object.values(LITERALS)) {
      expect(raw).toContain(literal);
      expect(body).toContain(literal);
    }
    expect(body).toContain('琥珀核验');
  });

  it(`on the issue page /issues/${hostile.totalIssue}/ the markup is text, no element is made from it and nothing runs`, async () => {
    // When a reader opens the hostile issue
    const watched = await openWatched(browser, `${site.url}/issues/${hostile.totalIssue}/`);
    try {
      expect(watched.response?.status()).toBe(200);
      // Then the article shows every piece of markup literally
      const text = (await watched.page.locator(`#${hostileArticle.anchor}`).textContent()) ?? '';
      for (const literal of Object.values(LITERALS)) expect(text).toContain(literal);
      // And nothing was made from it, nothing ran
      await expectNothingRan(watched);
      await screenshot(watched.page, `hostile-issue-${hostile.totalIssue}`);
    } finally {
      await watched.close();
    }
  });

  it('the search page finds the hostile article by its distinctive word, and its result is text', async () => {
    // When a reader searches for the distinctive word
    const watched = await openWatched(browser, `${site.url}/search/?q=${encodeURIComponent('琥珀核验')}`);
    try {
      await waitForSearchOutcome(watched.page);
      // Then the hostile article is the one result, and nothing from it runs
      expect(await shownResultUrls(watched.page)).toEqual([hostileArticle.url]);
      await expectNothingRan(watched);
    } finally {
      await watched.close();
    }
  });

  for (const { query, literal } of SEARCHES) {
    it(`searching “${query}” shows the excerpt with ${literal} as text, making and running nothing`, async () => {
      // When a reader searches a word inside the markup
      const watched = await openWatched(browser, `${site.url}/search/?q=${encodeURIComponent(query)}`);
      try {
        await waitForSearchOutcome(watched.page);
        // Then the hostile article is found
        const urls = await shownResultUrls(watched.page);
        expect(urls).toContain(hostileArticle.url);
        // And its result shows the markup as text, as printed
        const item = watched.page.locator('#search-results > li', { has: watched.page.locator(`a[href="${hostileArticle.url}"]`) });
        expect((await item.textContent()) ?? '').toContain(literal);
        // And nothing was made from it, nothing ran
        await expectNothingRan(watched);
        await screenshot(watched.page, `hostile-search-${query}`);
      } finally {
        await watched.close();
      }
    });
  }

  it('searching “bold” shows the entity text x&lt;b&gt;bold&lt;/b&gt;x as printed, not decoded to <b>', async () => {
    const watched = await openWatched(browser, `${site.url}/search/?q=bold`);
    try {
      await waitForSearchOutcome(watched.page);
      const item = watched.page.locator('#search-results > li', { has: watched.page.locator(`a[href="${hostileArticle.url}"]`) });
      expect(await item.count()).toBe(1);
      const text = (await item.textContent()) ?? '';
      expect(text).not.toContain('<b>bold</b>');
      expect(text).toContain(LITERALS.entities);
      expect(await item.locator('b').count()).toBe(0);
      await expectNothingRan(watched);
    } finally {
      await watched.close();
    }
  });
  it('on the editor’s desk the markup is text in the editor, the problem list and the preview, and nothing runs', async () => {
    // When an editor opens the hostile briefing on the desk
    const watched = await openWatched(browser, `${site.url}/desk/`);
    try {
      const { page } = watched;
      await page.waitForSelector('#desk[data-ready="true"]');
      const raw = readFileSync(hostileFile);
      const good = await dropFile(page, path.basename(hostileFile), raw);
      // Then the editor holds it as written, and the preview shows it as the issue page does
      expect(good.problems).toEqual([]);
      const preview = (await page.locator(`#desk-preview #${hostileArticle.anchor}`).textContent()) ?? '';
      for (const literal of Object.values(LITERALS)) {
        expect(good.text).toContain(literal);
        expect(preview).toContain(literal);
      }
      await expectNothingRan(watched);

      // When the markup stands where the 总期号 should be, so that a problem quotes it
      const broken = await dropFile(page, 'hostile-header.txt', Buffer.from(raw.toString('utf8').replace('(总第 2179 期)', LITERALS.img)));
      // Then the problem list quotes it as text
      const quoted = broken.problems.map((problem) => problem.message).join('\n');
      expect(quoted).toContain(`“${LITERALS.img}”`);
      expect(await page.locator('#desk-preview').textContent()).toBe('');
      await expectNothingRan(watched);
      await screenshot(page, 'hostile-desk');
    } finally {
      await watched.close();
    }
  });
});
