/**
 * Behaviour: the issue page shows the whole briefing (site.md §1).
 *
 * For each corpus issue, what the page must show is read off the raw file
 * itself (support/raw-issue.ts: 期号, 总期号, date, sources, 版记, 报/送/发),
 * never off the page; the downloads are checked against the file's bytes and
 * against `briefing parse`.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, launchBrowser, openPage, type OpenedPage } from './support/browser.ts';
import { archiveFiles, fixtureSite, parseFile, trueArticles } from './support/fixture-site.ts';
import { readRawIssue } from './support/raw-issue.ts';

const site = fixtureSite();
const totalsHeld = archiveFiles(site).map(({ issue }) => issue.totalIssue);

/** Text with every kind of white space removed (the page wraps and indents; the file does not). */
const squeeze = (text: string) => text.replace(/\s+/g, '');

async function labelledLists(page: Page): Promise<Record<string, string>> {
  return page.locator('main dl.distribution > div').evaluateAll((rows) =>
    Object.fromEntries(
      rows.map((row) => [
        (row.querySelector('dt')?.textContent ?? '').replace(/[:：\s]/g, ''),
        row.querySelector('dd')?.textContent ?? '',
      ]),
    ),
  );
}

describe('the issue page shows the whole briefing', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const file of site.corpusFiles) {
    const raw = readRawIssue(file);
    const pageUrl = `${site.url}/issues/${raw.totalIssue}/`;

    describe(`总第${raw.totalIssue}期 (${path.basename(file)})`, () => {
      // Given the issue's page, opened once for the three steps below (the last one leaves it)
      let opened: OpenedPage;

      beforeAll(async () => {
        opened = await openPage(browser, pageUrl);
      });

      afterAll(async () => {
        await opened?.close();
      });

      it('shows 第N期, 总第M期, the date, every article with its source, the 版记 and 报/送/发, without console errors', async () => {
        // Given the raw file of the issue, read without the parser
        const { issue } = parseFile(file);
        // When a reader opens its page
        const { page, response, errors } = opened;
        expect(response?.status()).toBe(200);

        // Then the head shows 期号, 总期号 and the date as printed in Chinese
        const header = page.locator('main .issue-header');
        const headerText = squeeze(await header.innerText());
        expect(headerText).toContain(`第${raw.issue}期`);
        expect(headerText).toContain(`总第${raw.totalIssue}期`);
        expect(await header.locator(`time[datetime="${raw.isoDate}"]`).innerText()).toBe(raw.date);
        expect(headerText).toContain(raw.date);
        expect(await page.title()).toContain(`总第${raw.totalIssue}期`);

        // And every article, anchored a1, a2, … in print order, ends with its source
        const anchors = await page.locator('main article[id^="a"]').evaluateAll((nodes) => nodes.map((node) => node.id));
        expect(anchors).toEqual(raw.sources.map((_, index) => `a${index + 1}`));
        for (const [index, source] of raw.sources.entries()) {
          const article = page.locator(`#a${index + 1}`);
          expect(squeeze(await article.innerText())).toContain(`（${source}）`);
        }

        // And every title, subtitle, kicker and paragraph of the parsed issue is on the page
        const main = squeeze(await page.locator('main').innerText());
        for (const ref of trueArticles(issue)) {
          const shown = squeeze(await page.locator(`#${ref.anchor}`).innerText());
          for (const part of [ref.article.kicker, ref.article.title, ref.article.subtitle, ref.article.lead, ...ref.article.blocks.map((block) => block.text)]) {
            if (part !== null) expect(shown, `${ref.url} shows “${part.slice(0, 30)}…”`).toContain(squeeze(part));
          }
        }

        // And the 版记: 责编, 核稿, telephone and e-mail
        const colophon = squeeze(await page.locator('main .colophon').innerText());
        expect(colophon).toMatch(new RegExp(`责编[:：]${raw.editor}`));
        expect(colophon).toMatch(new RegExp(`核稿[:：]${raw.reviewer}`));
        expect(colophon).toContain(raw.phone);
        expect(colophon).toContain(raw.email);
        expect(main).toContain(raw.email);

        // And 报 / 送 / 发 with every recipient, in the printed order
        const lists = await labelledLists(page);
        expect(Object.keys(lists)).toEqual(['报', '送', '发']);
        for (const [label, recipients] of [
          ['报', raw.report],
          ['送', raw.send],
          ['发', raw.distribute],
        ] as const) {
          const shown = squeeze(lists[label]!);
          let from = 0;
          for (const recipient of recipients) {
            const at = shown.indexOf(squeeze(recipient), from);
            expect(at, `${label}: “${recipient}” after position ${from} in “${shown}”`).toBeGreaterThanOrEqual(from);
            from = at + recipient.length;
          }
        }

        // And nothing went wrong in the browser
        expect(errors).toEqual([]);
      });

      it('links to /issues/N.txt (the file byte for byte) and /issues/N.json (what `briefing parse` prints)', async () => {
        // Given the file and what the parser's command prints for it
        const bytes = await readFile(file);
        const { stdout } = await promisify(execFile)(process.execPath, [path.join(REPO_ROOT, 'bin', 'briefing.js'), 'parse', file], {
          cwd: REPO_ROOT,
          maxBuffer: 16 * 1024 * 1024,
        });
        const printed: unknown = JSON.parse(stdout);
        // When a reader follows the page's download links
        const { page, errors } = opened;
        const txt = page.locator(`main a[href="/issues/${raw.totalIssue}.txt"]`);
        const json = page.locator(`main a[href="/issues/${raw.totalIssue}.json"]`);
        expect(await txt.count()).toBe(1);
        expect(await json.count()).toBe(1);
        expect(await txt.isVisible()).toBe(true);
        expect(await json.isVisible()).toBe(true);

        // Then the text is the file, byte for byte
        const textResponse = await fetch(new URL((await txt.getAttribute('href'))!, pageUrl));
        expect(textResponse.status).toBe(200);
        expect(textResponse.headers.get('content-type')).toMatch(/^text\/plain/);
        expect(Buffer.from(await textResponse.arrayBuffer()).equals(bytes)).toBe(true);

        // And the JSON is the structured issue, exactly as `briefing parse` prints it (and as parseBriefing returns it)
        const jsonResponse = await fetch(new URL((await json.getAttribute('href'))!, pageUrl));
        expect(jsonResponse.status).toBe(200);
        const served: unknown = await jsonResponse.json();
        expect(served).toEqual(printed);
        expect(served).toEqual(JSON.parse(JSON.stringify(parseFile(file).issue)));
        expect(errors).toEqual([]);
      });

      it('links to the previous and the next issue held in the archive', async () => {
        // Given the 总期号 the archive holds
        const previous = totalsHeld.filter((total) => total < raw.totalIssue).at(-1);
        const next = totalsHeld.find((total) => total > raw.totalIssue);
        // When a reader looks for the neighbours on the page
        const { page, errors } = opened;
        // Then 上一期 / 下一期 point at the neighbours by 总期号, and are missing at the ends
        const previousLink = page.locator('main a[rel="prev"]');
        const nextLink = page.locator('main a[rel="next"]');
        expect(await previousLink.count()).toBe(previous === undefined ? 0 : 1);
        expect(await nextLink.count()).toBe(next === undefined ? 0 : 1);
        if (previous !== undefined) {
          expect(await previousLink.getAttribute('href')).toBe(`/issues/${previous}/`);
          expect(await previousLink.innerText()).toContain(`总第${previous}期`);
        }
        if (next !== undefined) {
          expect(await nextLink.getAttribute('href')).toBe(`/issues/${next}/`);
          expect(await nextLink.innerText()).toContain(`总第${next}期`);
          // And following it leads to that issue's page
          await Promise.all([page.waitForURL(`${site.url}/issues/${next}/`), nextLink.click()]);
          expect(await page.locator('main .issue-header').innerText()).toContain(`总第${next}期`);
        }
        expect(errors).toEqual([]);
      });
    });
  }

  it('reads the same sources, 版记 and recipients off the raw files as the parser does (the expectations above are sound)', () => {
    for (const file of site.corpusFiles) {
      const raw = readRawIssue(file);
      const { issue } = parseFile(file);
      expect([raw.issue, raw.totalIssue, raw.isoDate]).toEqual([issue.issue, issue.totalIssue, issue.date]);
      expect(raw.sources).toEqual(trueArticles(issue).map((ref) => ref.article.source));
      expect([raw.editor, raw.reviewer, raw.phone, raw.email]).toEqual([issue.editor, issue.reviewer, issue.contact.phone, issue.contact.email]);
      expect([raw.report, raw.send, raw.distribute]).toEqual([issue.distribution.report, issue.distribution.send, issue.distribution.distribute]);
    }
  });
});
