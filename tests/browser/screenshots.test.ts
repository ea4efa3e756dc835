/**
 * Screenshots for people to look at (test-results/screenshots/): an issue
 * page and search results, on a desktop (whole page) and on a phone (first
 * screen); the editor's desk with a problem marked and with a preview. The assertions only
 * make sure each shot shows what it is meant to show.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, launchBrowser, openPage, screenshot } from './support/browser.ts';
import { dropFile, openDesk } from './support/desk.ts';
import { fixtureSite, shownResultUrls, waitForSearchOutcome } from './support/fixture-site.ts';

const site = fixtureSite();
const PHONE = { width: 390, height: 844 };

describe('screenshots', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('of an issue page (总第2177期, three district items), desktop and phone', async () => {
    for (const [name, viewport] of [
      ['issue-2177', undefined],
      ['issue-2177-phone', PHONE],
    ] as const) {
      const { page, errors, close } = await openPage(browser, `${site.url}/issues/2177/`, viewport ? { viewport } : {});
      try {
        await page.evaluate(async () => {
          await document.fonts.ready;
        });
        expect(await page.locator('#a3').isVisible()).toBe(true);
        // A phone shot is the first screen (a full page would be too tall to look at); the desktop shot is the whole page.
        const file = await screenshot(page, name, { fullPage: viewport === undefined });
        expect(file).toMatch(/\.png$/);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }
  });

  it('of search results (垃圾分类), desktop and phone', async () => {
    for (const [name, viewport] of [
      ['search-垃圾分类', undefined],
      ['search-垃圾分类-phone', PHONE],
    ] as const) {
      const { page, errors, close } = await openPage(browser, `${site.url}/search/?q=${encodeURIComponent('垃圾分类')}`, viewport ? { viewport } : {});
      try {
        await waitForSearchOutcome(page);
        expect((await shownResultUrls(page)).length).toBeGreaterThan(0);
        await page.evaluate(async () => {
          await document.fonts.ready;
        });
        await screenshot(page, name, { fullPage: viewport === undefined });
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }
  });

  it('of the editor’s desk, with a problem marked and with a preview', async () => {
    const desk = await openDesk(browser, site);
    try {
      const broken = await dropFile(desk.page, '2178.txt', readFileSync(path.join(REPO_ROOT, 'tests', 'broken', 'impossible-date.txt')));
      expect(broken.marked).toEqual([broken.problems[0]!.line]);
      await desk.page.evaluate(async () => {
        await document.fonts.ready;
      });
      await screenshot(desk.page, 'desk-problem');
      const good = await dropFile(desk.page, '2177.txt', readFileSync(site.corpusFiles.find((file) => file.endsWith('2177.txt'))!));
      expect(good.problems).toEqual([]);
      expect(await desk.page.locator('#desk-preview article.issue').count()).toBe(1);
      await screenshot(desk.page, 'desk-preview');
      expect(desk.errors).toEqual([]);
    } finally {
      await desk.close();
    }
  });
});
