/**
 * Behaviour: pages work without JavaScript, except search itself (site.md
 * §1). With JavaScript turned off, the home page, an issue page and the
 * year, district and section pages show their content, and the search page
 * shows its form and says why there are no results. What each page must list
 * comes from the archive's files.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type OpenedPage } from './support/browser.ts';
import { archiveFiles, fixtureSite, trueArticles } from './support/fixture-site.ts';

const site = fixtureSite();
const archive = archiveFiles(site).map(({ issue }) => issue);
const articles = archive.flatMap(trueArticles);
/** Newest first: by date, then by 总期号. */
const newestFirst = [...archive].sort((a, b) => (a.date === b.date ? b.totalIssue - a.totalIssue : a.date < b.date ? 1 : -1));
/** The official order (site.md §1). */
const OFFICIAL = ['东城区', '西城区', '朝阳区', '海淀区', '丰台区', '石景山区', '门头沟区', '房山区', '通州区', '顺义区', '昌平区', '大兴区', '怀柔区', '平谷区', '密云区', '延庆区', '北京经济技术开发区'];
const districts = [...new Set(articles.flatMap((ref) => ref.article.districts))].sort((a, b) => OFFICIAL.indexOf(a) - OFFICIAL.indexOf(b));
const sections = [...new Set(articles.map((ref) => ref.section).filter((name) => name !== null))];
const years = [...new Set(archive.map((issue) => issue.date.slice(0, 4)))];

const hrefs = (page: Page, selector = 'main a') => page.locator(selector).evaluateAll((links) => links.map((link) => decodeURI(link.getAttribute('href') ?? '')));
/** The hrefs of `wanted`, in the order the page lists them (each must be there). */
function inPageOrder(shown: string[], wanted: string[]): string[] {
  return wanted.filter((href) => shown.includes(href)).sort((a, b) => shown.indexOf(a) - shown.indexOf(b));
}

describe('pages work without JavaScript', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function openWithoutScripts(path: string): Promise<OpenedPage> {
    const opened = await openPage(browser, `${site.url}${path}`, { javaScriptEnabled: false });
    expect(opened.response?.status(), path).toBe(200);
    expect(await opened.page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await opened.page.locator('main h1').count(), `${path} has its heading`).toBe(1);
    return opened;
  }

  it('the home page lists the latest issues and the ways in by year, district and section', async () => {
    const { page, close } = await openWithoutScripts('/');
    try {
      const shown = await hrefs(page);
      const issueLinks = newestFirst.map((issue) => `/issues/${issue.totalIssue}/`);
      expect(inPageOrder(shown, issueLinks)).toEqual(issueLinks);
      for (const year of years) expect(shown).toContain(`/years/${year}/`);
      for (const district of districts) expect(shown).toContain(`/districts/${district}/`);
      for (const section of sections) expect(shown).toContain(`/sections/${section}/`);
      expect(await page.getByRole('searchbox').first().isVisible()).toBe(true);
    } finally {
      await close();
    }
  });

  it('an issue page shows its articles, 版记 and downloads', async () => {
    const issue = archive.find((candidate) => candidate.totalIssue === 2177)!;
    const { page, close } = await openWithoutScripts(`/issues/${issue.totalIssue}/`);
    try {
      for (const ref of trueArticles(issue)) {
        const article = page.locator(`#${ref.anchor}`);
        expect(await article.isVisible()).toBe(true);
        const text = (await article.innerText()).replace(/\s+/g, '');
        expect(text).toContain(ref.article.blocks.at(-1)!.text.replace(/\s+/g, ''));
      }
      expect(await page.locator('main').innerText()).toContain(`责编：${issue.editor}`);
      expect(await page.locator(`main a[href="/issues/${issue.totalIssue}.txt"]`).isVisible()).toBe(true);
    } finally {
      await close();
    }
  });

  it('the years page and a year page list the issues, newest first', async () => {
    const index = await openWithoutScripts('/years/');
    try {
      for (const year of years) expect(await hrefs(index.page)).toContain(`/years/${year}/`);
    } finally {
      await index.close();
    }
    const year = years[0]!;
    const { page, close } = await openWithoutScripts(`/years/${year}/`);
    try {
      const links = newestFirst.filter((issue) => issue.date.startsWith(year)).map((issue) => `/issues/${issue.totalIssue}/`);
      expect(inPageOrder(await hrefs(page), links)).toEqual(links);
    } finally {
      await close();
    }
  });

  it('the districts page lists the districts in the official order, and a district page its items, linking to their anchors', async () => {
    const index = await openWithoutScripts('/districts/');
    try {
      const links = districts.map((district) => `/districts/${district}/`);
      expect(inPageOrder(await hrefs(index.page), links)).toEqual(links);
    } finally {
      await index.close();
    }
    const district = '房山区';
    const { page, close } = await openWithoutScripts(`/districts/${encodeURIComponent(district)}/`);
    try {
      const items = articles.filter((ref) => ref.article.districts.includes(district)).map((ref) => ref.url);
      expect(items.length).toBeGreaterThan(0);
      expect(inPageOrder(await hrefs(page), items)).toEqual(items);
      // The chart of items per year is drawn at build time
      expect(await page.locator('main svg').count()).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });

  it('the sections page lists the 栏目, and a section page its articles, newest first', async () => {
    const index = await openWithoutScripts('/sections/');
    try {
      for (const section of sections) expect(await hrefs(index.page)).toContain(`/sections/${section}/`);
    } finally {
      await index.close();
    }
    const section = sections[0]!;
    const { page, close } = await openWithoutScripts(`/sections/${encodeURIComponent(section)}/`);
    try {
      const inSection = newestFirst.flatMap((issue) => trueArticles(issue).filter((ref) => ref.section === section).map((ref) => ref.url));
      expect(inSection.length).toBeGreaterThan(0);
      expect(inPageOrder(await hrefs(page), inSection)).toEqual(inSection);
    } finally {
      await close();
    }
  });

  it('the search page shows its form (query box, filters, sort, button) and says search needs JavaScript', async () => {
    const { page, close } = await openWithoutScripts('/search/');
    try {
      expect(await page.locator('#search-form').isVisible()).toBe(true);
      expect(await page.locator('#search-query').isVisible()).toBe(true);
      expect(await page.locator('#search-form button[type="submit"]').isVisible()).toBe(true);
      expect(await page.locator('#search-form input[type="checkbox"][name="区"]').count()).toBe(districts.length);
      expect(await page.locator('#search-form select[name="sort"]').isVisible()).toBe(true);
      // <noscript> content is rendered only when scripting is off: this also proves the page ran without JavaScript
      const noscript = page.locator('main noscript p');
      expect(await noscript.count()).toBe(1);
      expect(await noscript.isVisible()).toBe(true);
      expect(await noscript.innerText()).toContain('JavaScript');
      // The form is a plain GET form to /search/, so submitting it keeps the query in the URL
      expect(await page.locator('#search-form').getAttribute('method')).toBe('get');
      expect(await page.locator('#search-form').getAttribute('action')).toBe('/search/');
    } finally {
      await close();
    }
  });
});
