/**
 * Behaviour: printing an issue gives the paper briefing (site.md §1: a
 * print stylesheet that looks like the paper briefing; issue 22). Chromium
 * prints 总第2177期's page to PDF, and the PDF's text, read back with
 * pdfjs-dist (support/pdf-text.ts), holds the masthead, every article and
 * the 版记 — each read off the raw file (support/raw-issue.ts) — and none
 * of the screen's furniture: navigation, search box, reading aids,
 * metadata block, 引用本文.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser.ts';
import { fixtureSite, parseFile, trueArticles } from './support/fixture-site.ts';
import { pdfText } from './support/pdf-text.ts';
import { readRawIssue } from './support/raw-issue.ts';

const site = fixtureSite();
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('printing an issue', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const total of [2177, 2178]) {
    it(`总第${total}期 prints as the paper briefing: masthead, every article and the 版记, and nothing of the screen`, async () => {
      const file = site.corpusFiles.find((candidate) => candidate.endsWith(`${total}.txt`))!;
      const raw = readRawIssue(file);
      // Given the issue's page, printed by Chromium to an A4 PDF with the print stylesheet
      const { page, errors, close } = await openPage(browser, `${site.url}/issues/${total}/`);
      try {
        await page.emulateMedia({ media: 'print' });
        const { text } = await pdfText(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
        const printed = squeeze(text);
        // Then the masthead, 第N期 and 总第M期, the publisher and the date are there
        expect(printed).toContain('首都精神文明建设情况简报');
        expect(printed).toContain(`第${raw.issue}期`);
        expect(printed).toContain(`总第${raw.totalIssue}期`);
        expect(printed).toContain(raw.date);
        // Every article: its title (or lead), the start and end of its body, and its source as the file prints it
        for (const article of trueArticles(parseFile(file).issue)) {
          const blocks = article.article.blocks;
          expect(printed).toContain(squeeze(article.article.title ?? article.article.lead!));
          expect(printed).toContain(squeeze(blocks[0]!.text).slice(0, 30));
          expect(printed).toContain(squeeze(blocks.at(-1)!.text).slice(-30));
        }
        for (const source of raw.sources) expect(printed).toContain(`（${source}）`);
        // The 版记
        expect(printed).toContain(`责编：${raw.editor}`);
        expect(printed).toContain(`核稿：${raw.reviewer}`);
        expect(printed).toContain(raw.phone);
        // And nothing of the screen: navigation, the search box, the reading aids, the metadata block, 引用本文, the footer
        for (const absent of ['跳到正文', '主导航', '按年份', '按栏目', '搜索简报', '字号', '高对比度', '发布机构', '主题分类', '引用本文', '复制引文', 'BibTeX', '上一期', '下一期', '数据下载']) {
          expect(printed, absent).not.toContain(absent);
        }
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
