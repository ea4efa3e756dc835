/**
 * Behaviour: a data user finds every download on /data/, reached from every
 * page's footer, each with its size and SHA-256 stated, and the file served
 * has exactly that size and digest (issue 22).
 */
import { createHash } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, formatViolations, launchBrowser, openPage } from './support/browser.ts';
import { archiveFiles, fixtureSite } from './support/fixture-site.ts';

const site = fixtureSite();

describe('the /data/ page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is linked from the footer and lists every download with the size and SHA-256 of the file served', async () => {
    // Given the home page's footer link to the data page
    const { page, errors, close } = await openPage(browser, `${site.url}/`);
    try {
      await page.locator('footer').getByRole('link', { name: '数据下载' }).click();
      await page.waitForURL(`${site.url}/data/`);
      // Then it lists archive.json, articles.csv, the schema, and one zip per year the archive holds
      const rows = await page.locator('.downloads-table tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          href: tr.querySelector('a')!.getAttribute('href')!,
          bytes: Number(tr.querySelector('.number .muted')!.textContent!.replace(/[^\d]/g, '')),
          sha256: tr.querySelector('.digest')!.textContent!,
        })),
      );
      const years = [...new Set(archiveFiles(site).map(({ issue }) => issue.date.slice(0, 4)))].sort().reverse();
      expect(rows.map((row) => row.href)).toEqual(['/archive.json', '/data/articles.csv', '/data/issue.schema.json', ...years.map((year) => `/data/${year}.zip`)]);
      // And each file served is exactly as large as stated, with that digest
      for (const row of rows) {
        const response = await fetch(`${site.url}${row.href}`);
        expect(response.status, row.href).toBe(200);
        const body = Buffer.from(await response.arrayBuffer());
        expect(body.length, row.href).toBe(row.bytes);
        expect(createHash('sha256').update(body).digest('hex'), row.href).toBe(row.sha256);
      }
      expect(formatViolations(await checkAccessibility(page))).toBe('');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
