/**
 * Behaviour: a researcher cites an issue (issue 22). Each article's
 * 引用本文 shows its GB/T 7714 reference with or without JavaScript; the
 * copy button puts exactly that text on the clipboard, with today's date as
 * the 引用日期; the BibTeX and RIS links answer with the files. The page
 * carries the 政务公开 metadata block and one set of citation meta tags,
 * all read against the raw file (support/raw-issue.ts), not the parser.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser.ts';
import { fixtureSite } from './support/fixture-site.ts';
import { readRawIssue } from './support/raw-issue.ts';

const site = fixtureSite();
const file2178 = site.corpusFiles.find((file) => file.endsWith('2178.txt'))!;
const raw = readRawIssue(file2178);

function localDay(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

describe('citing an article', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('引用本文 copies the article’s GB/T 7714 reference, dated today, and its BibTeX and RIS links answer', async () => {
    // Given 总第2178期's page, with the clipboard allowed
    const { page, context, errors, close } = await openPage(browser, `${site.url}/issues/${raw.totalIssue}/`);
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
      const citation = page.locator('#a1 .citation');
      // When the reader presses 复制引文 under the first article
      await citation.getByRole('button', { name: '复制引文' }).click();
      await expect.poll(() => citation.getByRole('status').textContent()).toBe('已复制');
      // Then the clipboard holds the reference (the article's source as author, its title, 年(期), today, its URL with anchor)
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(
        `${raw.sources[0]}. 《首都文明委重点工作项目台账》凝聚齐创共建工作力量[J/OL]. 首都精神文明建设情况简报, ${raw.isoDate.slice(0, 4)}(${raw.issue})[${localDay()}]. https://example.org/issues/${raw.totalIssue}/#a1.`,
      );
      expect(copied).toBe(await citation.locator('.citation__text').textContent());
      // And the citation files answer
      for (const [format, first] of [['bib', '@article{jianbao2178a1,'], ['ris', 'TY  - JOUR']] as const) {
        const href = await citation.getByRole('link', { name: format === 'bib' ? 'BibTeX' : 'RIS' }).getAttribute('href');
        expect(href).toBe(`/issues/${raw.totalIssue}/a1.${format}`);
        const response = await page.request.get(`${site.url}${href}`);
        expect(response.status()).toBe(200);
        expect((await response.text()).split('\n')[0]!.trim()).toBe(first);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('without JavaScript, the reference is there to select and the copy button is not shown', async () => {
    const { page, close } = await openPage(browser, `${site.url}/issues/${raw.totalIssue}/`, { javaScriptEnabled: false });
    try {
      const text = await page.locator('#a1 .citation__text').textContent();
      expect(text).toMatch(new RegExp(`^${raw.sources[0]}\\. .+\\[J/OL\\]\\. 首都精神文明建设情况简报, 2021\\(12\\)\\[\\d{4}-\\d{2}-\\d{2}\\]\\. https://example\\.org/issues/2178/#a1\\.$`, 'u'));
      expect(await page.locator('#a1 .citation button').isVisible()).toBe(false);
    } finally {
      await close();
    }
  });

  it('the issue page shows the metadata block and carries one set of citation meta tags', async () => {
    const { page, close } = await openPage(browser, `${site.url}/issues/${raw.totalIssue}/`);
    try {
      // The block, as the raw file prints each fact
      const rows = await page.locator('.issue-metadata dl > div').evaluateAll((divs) =>
        Object.fromEntries(divs.map((div) => [div.querySelector('dt')!.textContent, div.querySelector('dd')!.textContent!.trim()])),
      );
      expect(rows).toEqual({
        发布机构: '首都精神文明办',
        刊名: '首都精神文明建设情况简报',
        期号: `第${raw.issue}期（总第${raw.totalIssue}期）`,
        成文日期: raw.date,
        主题分类: '无',
        原文: '原始文本（TXT） 结构化数据（JSON）',
      });
      // The meta tags, one of each
      const meta = await page.locator('head meta[name^="citation_"], head meta[name^="DC."]').evaluateAll((tags) =>
        tags.map((tag) => [tag.getAttribute('name'), tag.getAttribute('content')] as const),
      );
      const names = meta.map(([name]) => name);
      expect(new Set(names).size).toBe(names.length);
      const byName = Object.fromEntries(meta);
      expect(byName).toMatchObject({
        citation_title: `首都精神文明建设情况简报 第${raw.issue}期（总第${raw.totalIssue}期）`,
        citation_publisher: '首都精神文明办',
        citation_publication_date: raw.isoDate.replaceAll('-', '/'),
        citation_issue: String(raw.issue),
        citation_public_url: `https://example.org/issues/${raw.totalIssue}/`,
        'DC.title': `首都精神文明建设情况简报 第${raw.issue}期（总第${raw.totalIssue}期）`,
        'DC.publisher': '首都精神文明办',
        'DC.date': raw.isoDate,
        'DC.identifier': `https://example.org/issues/${raw.totalIssue}/`,
      });
      // And the raw text and JSON as alternates
      const alternates = await page.locator('head link[rel="alternate"]').evaluateAll((links) => links.map((link) => `${link.getAttribute('type')} ${link.getAttribute('href')}`));
      expect(alternates).toEqual(expect.arrayContaining([`application/json /issues/${raw.totalIssue}.json`, `text/plain /issues/${raw.totalIssue}.txt`]));
    } finally {
      await close();
    }
  });
});
