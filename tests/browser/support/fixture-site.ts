/**
 * What the browser tests know about the fixture site built by
 * global-setup.ts, and the truth they check the site against, computed
 * from the archive's files (never from the pages).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { parseBriefing, type Article, type Issue } from '../../../src/lib/briefing/index.ts';
import type { SearchHit } from '../../../src/scripts/search.ts';

export interface FixtureSite {
  /** Origin of the static server, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** The temporary archive folder the site was built from. */
  archiveDir: string;
  /** The built site. */
  distDir: string;
  /** content/*.txt, absolute paths. */
  corpusFiles: string[];
  /** tests/browser/fixtures/hostile/*.txt, absolute paths. */
  hostileFiles: string[];
  /** A corpus issue's PDF that `briefing import` took in: its original is in the archive beside the text. */
  importedOriginal: { totalIssue: number; source: string };
}

/** The fixture archive behind nginx with the repository's configuration (deploy/nginx.conf, tests/browser/support/nginx.ts). */
export interface PublishedSite {
  /** nginx's origin, e.g. `http://127.0.0.1:41235`. */
  origin: string;
  /** Where the site is published: `/` or `/jianbao/` (the build's BRIEFING_BASE). */
  base: string;
  /** The built site nginx serves. */
  distDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    site: FixtureSite;
    published: PublishedSite[];
  }
}

export function fixtureSite(): FixtureSite {
  return inject('site');
}

export interface ParsedFile {
  file: string;
  bytes: Buffer;
  issue: Issue;
}

export function parseFile(file: string): ParsedFile {
  const bytes = readFileSync(file);
  const { issue, problems } = parseBriefing(bytes, path.basename(file));
  if (issue === undefined) throw new Error(`${file} does not parse:\n${problems.join('\n')}`);
  return { file, bytes, issue };
}

/** Every issue of the fixture archive (corpus and hostile), by 总期号. */
export function archiveFiles(site: FixtureSite): ParsedFile[] {
  return [...site.corpusFiles, ...site.hostileFiles].map(parseFile).sort((a, b) => a.issue.totalIssue - b.issue.totalIssue);
}

/** One article as search should see it. */
export interface TrueArticle {
  /** `/issues/2177/#a2`: position in document order, across sections, from 1. */
  url: string;
  totalIssue: number;
  anchor: string;
  issue: Issue;
  section: string | null;
  article: Article;
  /** kicker, title, subtitle, lead, blocks and source, one per line. */
  articleText: string;
  /** The issue's header and footer fields (and the 栏目), one per line. */
  issueText: string;
}

export function trueArticles(issue: Issue): TrueArticle[] {
  const issueText = [
    issue.publication,
    issue.publisher,
    issue.editor,
    issue.reviewer,
    issue.contact.phone,
    issue.contact.fax,
    issue.contact.email,
    ...issue.distribution.report,
    ...issue.distribution.send,
    ...issue.distribution.distribute,
  ]
    .filter((part) => part !== null)
    .join('\n');
  let position = 0;
  return issue.sections.flatMap((section) =>
    section.articles.map((article) => {
      position += 1;
      const articleText = [article.kicker, article.title, article.subtitle, article.lead, ...article.blocks.map((block) => block.text), article.source]
        .filter((part) => part !== null)
        .join('\n');
      return {
        url: `/issues/${issue.totalIssue}/#a${position}`,
        totalIssue: issue.totalIssue,
        anchor: `a${position}`,
        issue,
        section: section.name,
        article,
        articleText,
        issueText: section.name === null ? issueText : `${section.name}\n${issueText}`,
      };
    }),
  );
}

/** The truth for a query: URLs of the articles whose text (or whose issue's header/footer) contains it. */
export function articlesContaining(articles: readonly TrueArticle[], query: string): string[] {
  return articles
    .filter((candidate) => candidate.articleText.includes(query) || candidate.issueText.includes(query))
    .map((candidate) => candidate.url)
    .sort();
}

/** A hit of `window.briefingSearch`, as the page's own module types it. */
export type Hit = SearchHit;

/** Wait until the search page has installed `window.briefingSearch`. */
export async function waitForSearchApi(page: Page): Promise<void> {
  await page.waitForFunction(() => typeof (window as unknown as { briefingSearch?: unknown }).briefingSearch === 'function');
}

/** Search exactly as the search page does. */
export function briefingSearch(page: Page, query: string, filters: Record<string, string[]> = {}, sort?: 'relevance' | 'date'): Promise<Hit[]> {
  return page.evaluate(
    ([q, f, s]) =>
      (window as unknown as { briefingSearch(q: string, f: unknown, s?: string): Promise<Hit[]> }).briefingSearch(q, f, s),
    [query, filters, sort] as const,
  );
}

/** Wait until the search page shows the outcome of its search (not the prompt, not “searching…”). */
export async function waitForSearchOutcome(page: Page): Promise<string> {
  const status = page.locator('#search-status');
  await page.waitForFunction(() => {
    const text = document.querySelector('#search-status')?.textContent ?? '';
    const busy = document.querySelector('#search-results')?.hasAttribute('aria-busy') ?? true;
    return !busy && /找到|没有/.test(text);
  }, undefined, { timeout: 20_000 });
  return (await status.textContent()) ?? '';
}

/** The result links the search page shows, in order (paths with hash). */
export async function shownResultUrls(page: Page): Promise<string[]> {
  return page.locator('#search-results li a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}
