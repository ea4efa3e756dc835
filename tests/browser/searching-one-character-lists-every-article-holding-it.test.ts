/**
 * Behaviour: a one-character query (a prefix search over the character
 * bigrams) lists every article holding the character, with the total, on
 * the search page that shows results a page at a time.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser.ts';
import { archiveFiles, fixtureSite, trueArticles, waitForSearchOutcome } from './support/fixture-site.ts';

const site = fixtureSite();
const articles = archiveFiles(site).flatMap(({ issue }) => trueArticles(issue));

describe('searching one character', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows every match of a word with the count, and the excerpt of each', async () => {
    // Given a word every article holds (区 is in every issue's 报/送/发 lists)
    const truth = articles.filter((ref) => ref.articleText.includes('区') || ref.issueText.includes('区'));
    expect(truth.length).toBe(articles.length);
    // When a reader searches it
    const { page, errors, close } = await openPage(browser, `${site.url}/search/?q=区`);
    try {
      await waitForSearchOutcome(page);
      // Then all of them are listed (fewer than one page), with the total, and no 显示更多
      const urls = await page.locator('#search-results > li a.article-list__title').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(new Set(urls)).toEqual(new Set(truth.map((ref) => ref.url)));
      expect(await page.locator('#search-status').textContent()).toBe(`找到${truth.length}篇稿件。`);
      expect(await page.locator('.search-more').isHidden()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
