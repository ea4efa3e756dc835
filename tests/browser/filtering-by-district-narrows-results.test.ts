/**
 * Behaviour: filtering by district narrows the results, and the search lives
 * in the URL (site.md §2): `/search/?q=文明城区&区=房山区` is a link that
 * reloads the same search.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser.ts';
import {
  archiveFiles,
  articlesContaining,
  briefingSearch,
  fixtureSite,
  shownResultUrls,
  trueArticles,
  waitForSearchApi,
  waitForSearchOutcome,
} from './support/fixture-site.ts';

const site = fixtureSite();
const articles = archiveFiles(site).flatMap(({ issue }) => trueArticles(issue));

const QUERY = '文明城区';
const DISTRICT = '房山区';
const sharedUrl = `${site.url}/search/?${new URLSearchParams([
  ['q', QUERY],
  ['区', DISTRICT],
]).toString()}`;

/** Wait for the page to show the outcome of a NEW search (its status differs from `before`). */
async function waitForNewOutcome(page: Page, before: string): Promise<string> {
  await page.waitForFunction((previous) => {
    const text = document.querySelector('#search-status')?.textContent ?? '';
    const busy = document.querySelector('#search-results')?.hasAttribute('aria-busy') ?? true;
    return !busy && text !== previous && /找到|没有/.test(text);
  }, before);
  return waitForSearchOutcome(page);
}

describe('filtering by district narrows results', () => {
  let browser: Browser;
  // Given the truth: the articles containing the query, and those of them from 房山区
  const everywhere = articlesContaining(articles, QUERY);
  const inDistrict = everywhere.filter((url) => articles.find((ref) => ref.url === url)!.article.districts.includes(DISTRICT));
  let fromTheForm: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the query is a good witness: it is found in 房山区 and in other districts', () => {
    expect(inDistrict.length).toBeGreaterThan(0);
    expect(everywhere.length).toBeGreaterThan(inDistrict.length);
  });

  it('briefingSearch with 区=房山区 returns exactly the 房山区 articles containing the query', async () => {
    const { page, errors, close } = await openPage(browser, `${site.url}/search/`);
    try {
      await waitForSearchApi(page);
      // When searching with and without the filter
      const all = await briefingSearch(page, QUERY);
      const filtered = await briefingSearch(page, QUERY, { 区: [DISTRICT] });
      // Then every result is a 房山区 item, by its own fields and by the archive's
      for (const hit of filtered) {
        expect(hit.districts, hit.url).toContain(DISTRICT);
        expect(articles.find((ref) => ref.url === hit.url)?.article.districts, hit.url).toContain(DISTRICT);
      }
      // And they are exactly the 房山区 articles among the unfiltered results: fewer than before
      expect(filtered.map((hit) => hit.url).sort()).toEqual(all.filter((hit) => hit.districts.includes(DISTRICT)).map((hit) => hit.url).sort());
      expect(filtered.length).toBeLessThan(all.length);
      // And every 房山区 article containing the query is among them
      expect(inDistrict.filter((url) => !filtered.some((hit) => hit.url === url))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('choosing 房山区 in the form narrows the shown results and puts the search in the URL', async () => {
    // Given the search page
    const { page, errors, close } = await openPage(browser, `${site.url}/search/`);
    try {
      await waitForSearchApi(page);
      // When the reader types the query and presses Enter
      await page.locator('#search-query').fill(QUERY);
      await page.locator('#search-query').press('Enter');
      const unfilteredStatus = await waitForSearchOutcome(page);
      const unfiltered = await shownResultUrls(page);
      expect(unfiltered.length).toBeGreaterThan(0);
      expect(new URL(page.url()).searchParams.get('q')).toBe(QUERY);

      // And ticks 区 → 房山区
      const box = page.locator(`#search-form input[type="checkbox"][name="区"][value="${DISTRICT}"]`);
      expect(await box.count()).toBe(1);
      await box.check();
      await waitForNewOutcome(page, unfilteredStatus);

      // Then only 房山区 items are shown, each saying so, fewer than before
      fromTheForm = await shownResultUrls(page);
      expect(fromTheForm.length).toBeGreaterThan(0);
      expect(fromTheForm.length).toBeLessThan(unfiltered.length);
      for (const url of fromTheForm) expect(articles.find((ref) => ref.url === url)?.article.districts, url).toContain(DISTRICT);
      const metas = await page.locator('#search-results > li').evaluateAll((items) => items.map((item) => item.textContent ?? ''));
      for (const meta of metas) expect(meta).toContain(DISTRICT);
      expect([...fromTheForm].sort()).toEqual((await briefingSearch(page, QUERY, { 区: [DISTRICT] })).map((hit) => hit.url).sort());

      // And the URL now holds the query and the filter
      const params = new URL(page.url()).searchParams;
      expect(params.get('q')).toBe(QUERY);
      expect(params.getAll('区')).toEqual([DISTRICT]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it(`loading the shared URL /search/?q=${QUERY}&区=${DISTRICT} in a fresh page reproduces the same results, with the box filled and 房山区 ticked`, async () => {
    // Given a link someone shared
    // When it is opened in a fresh browser context
    const { page, errors, close } = await openPage(browser, sharedUrl);
    try {
      await waitForSearchOutcome(page);
      // Then the page shows the same results as the filtered search, in the same order
      const shown = await shownResultUrls(page);
      await waitForSearchApi(page);
      const expected = (await briefingSearch(page, QUERY, { 区: [DISTRICT] })).map((hit) => hit.url);
      expect(shown).toEqual(expected);
      expect(shown.length).toBeGreaterThan(0);
      if (fromTheForm.length > 0) expect([...shown].sort()).toEqual([...fromTheForm].sort());
      for (const url of shown) expect(articles.find((ref) => ref.url === url)?.article.districts, url).toContain(DISTRICT);

      // And the query box shows the query, 房山区 is ticked and no other district is
      expect(await page.locator('#search-query').inputValue()).toBe(QUERY);
      expect(await page.locator(`#search-form input[name="区"][value="${DISTRICT}"]`).isChecked()).toBe(true);
      const ticked = await page.locator('#search-form input[type="checkbox"]:checked').evaluateAll((boxes) => boxes.map((box) => `${(box as HTMLInputElement).name}=${(box as HTMLInputElement).value}`));
      expect(ticked).toEqual([`区=${DISTRICT}`]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows beside each filter value how many results it would give, the other filters as chosen', async () => {
    // Given the shared search, and the truth: the articles holding the query, by district, section and year
    const holding = articles.filter((ref) => everywhere.includes(ref.url));
    const valuesOf = (ref: (typeof articles)[number]): Record<string, string[]> => ({
      区: ref.article.districts,
      栏目: ref.section === null ? [] : [ref.section],
      年份: [ref.issue.date.slice(0, 4)],
    });
    const { page, errors, close } = await openPage(browser, sharedUrl);
    try {
      await waitForSearchOutcome(page);
      // When the reader reads the counts
      const shown = await page.locator('#search-form fieldset[data-filter] [data-count-for]').evaluateAll((spans) =>
        spans.map((span) => ({ name: span.closest('fieldset')!.dataset.filter!, value: (span as HTMLElement).dataset.countFor!, text: span.textContent ?? '' })),
      );
      expect(shown.length).toBeGreaterThan(0);
      // Then each is the number of articles holding the query with that value, in 房山区 unless it counts districts (values are alternatives)
      for (const { name, value, text } of shown) {
        const inArchive = articles.some((ref) => valuesOf(ref)[name]!.includes(value));
        const pool = name === '区' ? holding : holding.filter((ref) => ref.article.districts.includes(DISTRICT));
        const count = pool.filter((ref) => valuesOf(ref)[name]!.includes(value)).length;
        expect(text, `${name}=${value}`).toBe(inArchive ? `（${count}）` : '');
      }
      // And the witness is not trivial: several districts hold the query, and 房山区's count is the filtered results'
      expect(shown.filter(({ name, text }) => name === '区' && text !== '' && text !== '（0）').length).toBeGreaterThan(1);
      expect(shown.find(({ name, value }) => name === '区' && value === DISTRICT)?.text).toBe(`（${inDistrict.length}）`);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
