/**
 * Given an issue imported from a PDF (global-setup.ts runs `briefing import`
 * on one, and its original lies beside the text), its page links 原件（PDF）,
 * and the link serves the very bytes of the PDF the office had; an issue
 * without an original has no such link.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser.ts';
import { fixtureSite } from './support/fixture-site.ts';

const site = fixtureSite();

describe('an issue imported from a PDF links its original', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('should link 原件（PDF） on the issue page, and the link should serve the same bytes', async () => {
    const { totalIssue, source } = site.importedOriginal;
    const { page, context } = await openPage(browser, `${site.url}/issues/${totalIssue}/`);
    try {
      const link = page.getByRole('link', { name: '原件（PDF）' });
      await expect(link.count()).resolves.toBe(1);
      const href = await link.getAttribute('href');
      expect(await link.getAttribute('type')).toBe('application/pdf');
      const response = await page.request.get(new URL(href!, page.url()).href);
      expect(response.status()).toBe(200);
      expect(Buffer.from(await response.body()).equals(readFileSync(source))).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('should show no 原件 link for an issue the archive keeps no original of', async () => {
    const other = site.corpusFiles.map((file) => Number(file.match(/(\d+)\.txt$/)![1])).find((number) => number !== site.importedOriginal.totalIssue)!;
    const { page, context } = await openPage(browser, `${site.url}/issues/${other}/`);
    try {
      await expect(page.getByRole('link', { name: /^原件/ }).count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
  });
});
