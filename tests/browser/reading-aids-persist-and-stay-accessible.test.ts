/**
 * Behaviour: an older reader sets 字号 and 高对比度 once (issue 22, 适老化).
 * The controls are labelled buttons that say whether they are on and work
 * from the keyboard; the choice is kept across pages (localStorage) and is
 * on <html> before the page's own scripts run; every theme passes axe (no
 * serious or critical violation) on the pages a reader visits; without
 * JavaScript the controls are hidden and the page keeps its default size.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, formatViolations, launchBrowser, openPage } from './support/browser.ts';
import { fixtureSite } from './support/fixture-site.ts';

const site = fixtureSite();
const PAGES = ['/', '/issues/2177/', `/districts/${encodeURIComponent('房山区')}/`, '/data/', '/documents/'];

const rootFontSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('reading aids', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('字号 大 and 高对比度, chosen from the keyboard, hold on every later page, and every theme passes axe', async () => {
    const { page, context, errors, close } = await openPage(browser, `${site.url}/`);
    try {
      // Given the default theme: medium size, light page, no control pressed but 中
      const aids = page.getByRole('group', { name: '阅读辅助' });
      const large = aids.getByRole('button', { name: /^字号\s*大$/ });
      const contrast = aids.getByRole('button', { name: '高对比度' });
      expect(await rootFontSize(page)).toBe(16);
      expect(await aids.getByRole('button', { name: /^字号\s*中$/ }).getAttribute('aria-pressed')).toBe('true');
      expect(await large.getAttribute('aria-pressed')).toBe('false');
      const lightBackground = await background(page);
      for (const path of PAGES) {
        await page.goto(`${site.url}${path}`);
        expect(formatViolations(await checkAccessibility(page)), `default ${path}`).toBe('');
      }

      // When the reader picks 大 and 高对比度 with the keyboard
      await page.goto(`${site.url}/`);
      await large.focus();
      await page.keyboard.press('Enter');
      await contrast.focus();
      await page.keyboard.press('Space');
      expect(await large.getAttribute('aria-pressed')).toBe('true');
      expect(await contrast.getAttribute('aria-pressed')).toBe('true');
      expect(await rootFontSize(page)).toBe(20);
      expect(await background(page)).not.toBe(lightBackground);

      // Then every page opens with them, set before the page's own scripts run, and passes axe
      for (const path of PAGES) {
        const opened = await context.newPage();
        const early = opened.waitForEvent('domcontentloaded').then(() => opened.evaluate(() => [document.documentElement.dataset.fontSize, document.documentElement.dataset.contrast]));
        await opened.goto(`${site.url}${path}`);
        expect(await early, path).toEqual(['large', 'high']);
        expect(await rootFontSize(opened), path).toBe(20);
        expect(await opened.getByRole('button', { name: '高对比度' }).getAttribute('aria-pressed')).toBe('true');
        expect(formatViolations(await checkAccessibility(opened)), `large, high contrast ${path}`).toBe('');
        await opened.close();
      }

      // And 小 with contrast off is kept too, and passes axe
      await page.goto(`${site.url}/issues/2178/`);
      await aids.getByRole('button', { name: /^字号\s*小$/ }).click();
      await contrast.click();
      await page.goto(`${site.url}/issues/2177/`);
      expect(await rootFontSize(page)).toBe(14);
      expect(await background(page)).toBe(lightBackground);
      expect(formatViolations(await checkAccessibility(page))).toBe('');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('without JavaScript the controls are hidden and the page keeps its readable default', async () => {
    const { page, close } = await openPage(browser, `${site.url}/issues/2177/`, { javaScriptEnabled: false });
    try {
      expect(await page.locator('.reading-aids').isVisible()).toBe(false);
      expect(await rootFontSize(page)).toBe(16);
    } finally {
      await close();
    }
  });
});
