/**
 * Behaviour: a researcher traces a regulation through the archive (issue 22).
 * /documents/, linked from every page's footer, lists 《北京市文明行为促进条例》;
 * its page lists exactly the articles whose text names it (read from the
 * archive's files, not the pages), newest first, and links to a search for
 * its title that finds them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, formatViolations, launchBrowser, openPage } from './support/browser.ts';
import { archiveFiles, fixtureSite, shownResultUrls, trueArticles, waitForSearchOutcome } from './support/fixture-site.ts';

const site = fixtureSite();
const TITLE = '北京市文明行为促进条例';
const citing = archiveFiles(site)
  .flatMap(({ issue }) => trueArticles(issue))
  .filter((article) => article.articleText.includes(`《${TITLE}》`));

describe('the documents the briefings cite', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it(`《${TITLE}》 lists the articles citing it, newest first, and searches for its title`, async () => {
    const { page, errors, close } = await openPage(browser, `${site.url}/`);
    try {
      // Given the documents page, from the footer
      await page.locator('footer').getByRole('link', { name: '简报引用的文件' }).click();
      await page.waitForURL(`${site.url}/documents/`);
      expect(formatViolations(await checkAccessibility(page))).toBe('');
      // When the reader opens the regulation's page
      await page.getByRole('link', { name: `《${TITLE}》` }).click();
      await page.waitForURL(`${site.url}/documents/${encodeURIComponent(TITLE)}/`);
      // Then it lists exactly the articles that name it, newest first
      const listed = await page.locator('.article-list__title').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      const newestFirst = [...citing].sort((a, b) => (a.issue.date === b.issue.date ? b.totalIssue - a.totalIssue : a.issue.date < b.issue.date ? 1 : -1));
      expect(citing.length).toBeGreaterThanOrEqual(2);
      expect(listed).toEqual(newestFirst.map((article) => article.url));
      expect(formatViolations(await checkAccessibility(page))).toBe('');
      // And its search link finds every one of them
      await page.getByRole('link', { name: `全文搜索“${TITLE}”` }).click();
      await waitForSearchOutcome(page);
      expect(await shownResultUrls(page)).toEqual(expect.arrayContaining(citing.map((article) => article.url)));
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
