/**
 * Behaviour: pages are accessible (site.md §1: WCAG 2.1 AA, landmarks,
 * headings, labelled controls). axe-core reports no serious or critical
 * violation on the home page, an issue page, a district page and the search
 * page showing results; every page is `<html lang="zh-CN">` with one h1, and
 * the search inputs have labels.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, formatViolations, launchBrowser, openPage } from './support/browser.ts';
import { fixtureSite, shownResultUrls, waitForSearchOutcome } from './support/fixture-site.ts';

const site = fixtureSite();

const PAGES: Array<{ name: string; path: string; ready?: (page: Page) => Promise<void> }> = [
  { name: 'the home page', path: '/' },
  { name: 'an issue page', path: '/issues/2177/' },
  { name: 'a district page', path: `/districts/${encodeURIComponent('房山区')}/` },
  {
    name: 'the search page with results',
    path: `/search/?q=${encodeURIComponent('垃圾分类')}`,
    ready: async (page) => {
      await waitForSearchOutcome(page);
      expect((await shownResultUrls(page)).length).toBeGreaterThan(0);
    },
  },
];

describe('pages are accessible', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const { name, path, ready } of PAGES) {
    it(`${name} (${decodeURIComponent(path)}) has no serious or critical axe violation, lang="zh-CN", one h1 and a main landmark`, async () => {
      // Given the page, loaded (and for search, showing its results)
      const { page, response, errors, close } = await openPage(browser, `${site.url}${path}`);
      try {
        expect(response?.status()).toBe(200);
        await ready?.(page);
        // Then it is in Chinese, with one h1 and a main landmark
        expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
        expect(await page.locator('h1').count()).toBe(1);
        expect(await page.getByRole('main').count()).toBe(1);
        // And axe finds nothing serious
        expect(formatViolations(await checkAccessibility(page))).toBe('');
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it('the search page labels its query box and every filter and the sort order', async () => {
    const { page, errors, close } = await openPage(browser, `${site.url}/search/`);
    try {
      // The query box is a search box named by its label
      const query = page.getByRole('searchbox', { name: '搜索简报' });
      expect(await query.count()).toBe(1);
      expect(await query.getAttribute('id')).toBe('search-query');
      expect(await page.getByLabel('搜索简报').getAttribute('id')).toBe('search-query');
      // Every checkbox and the sort select have an accessible name
      const unnamed = await page.locator('#search-form input, #search-form select').evaluateAll((controls) =>
        controls
          .filter((control) => (control as HTMLInputElement).type !== 'submit')
          .filter((control) => {
            const labels = (control as HTMLInputElement).labels;
            return (labels === null || labels.length === 0 || [...labels].every((label) => (label.textContent ?? '').trim() === '')) && !control.getAttribute('aria-label');
          })
          .map((control) => control.outerHTML),
      );
      expect(unnamed).toEqual([]);
      expect(await page.getByRole('checkbox', { name: /房山区/ }).count()).toBe(1);
      expect(await page.getByRole('combobox', { name: '排序' }).count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the home page labels its search box too', async () => {
    const { page, close } = await openPage(browser, `${site.url}/`);
    try {
      expect(await page.getByRole('searchbox', { name: '搜索简报' }).count()).toBe(1);
    } finally {
      await close();
    }
  });
});
