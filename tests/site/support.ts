/** The four corpus issues, parsed, small issues made to order for the site's tests, a build as integrations see it, and a text and a token as Pagefind is given and indexes them. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { vi } from 'vitest';
import { parseBriefing, type Article, type Issue } from '../../src/lib/briefing/index.ts';
import { INDEX_CHARACTERS, indexedWords } from '../../src/lib/search/bigrams.ts';

const CONTENT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content');

/** A text as the index holds it: its words, as Pagefind is given them. */
export function indexedText(text: string, split?: ReadonlySet<string>): string {
  return indexedWords(text, split).words.join(' ');
}

/** A token as Pagefind indexes it: its letters, digits and `includeCharacters`, lower-cased ('' for a token it does not index). */
export function pagefindWord(token: string): string {
  return Array.from(token)
    .filter((char) => /[\p{L}\p{N}]/u.test(char) || INDEX_CHARACTERS.includes(char))
    .join('')
    .toLowerCase();
}

export function corpusIssues(): Issue[] {
  return readdirSync(CONTENT)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const { issue, problems } = parseBriefing(readFileSync(path.join(CONTENT, name)), `content/${name}`);
      if (issue === undefined) throw new Error(problems.join('\n'));
      return issue;
    });
}

export function corpusIssue(totalIssue: number): Issue {
  const issue = corpusIssues().find((candidate) => candidate.totalIssue === totalIssue);
  if (issue === undefined) throw new Error(`no corpus issue ${totalIssue}`);
  return issue;
}

export function article(fields: Partial<Article> = {}): Article {
  return {
    kicker: null,
    title: null,
    subtitle: null,
    lead: null,
    blocks: [{ type: 'paragraph', text: '正文。' }],
    source: null,
    districts: [],
    ...fields,
  };
}

/** An issue with the given numbers, date and sections; everything else empty. */
export function issue(fields: Partial<Issue> & Pick<Issue, 'totalIssue'>): Issue {
  return {
    id: String(fields.totalIssue),
    publication: '首都精神文明建设情况简报',
    issue: 1,
    publisher: '首都精神文明办',
    date: '2021-01-01',
    sections: [{ name: null, articles: [article()] }],
    editor: null,
    reviewer: null,
    contact: { phone: null, fax: null, email: null },
    distribution: { report: [], send: [], distribute: [] },
    unplaced: [],
    tags: [],
    note: null,
    pdf: null,
    ...fields,
  };
}

type Hook = (options: unknown) => Promise<void> | void;

/**
 * One `astro build` as an integration sees it: its hooks called in Astro's
 * order, with the pages (dist/archive.json) made from `pagesArchive`, and a
 * logger whose calls the test can read.
 */
export async function buildWithHooks(integration: AstroIntegration, dist: string, pagesArchive: readonly Issue[], cacheDir: string) {
  const hooks = integration.hooks as Record<string, Hook>;
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() };
  mkdirSync(dist, { recursive: true });
  await hooks['astro:config:setup']?.({ command: 'build' });
  await hooks['astro:config:done']?.({ config: { cacheDir: pathToFileURL(cacheDir + '/'), site: 'https://example.org' } });
  writeFileSync(path.join(dist, 'archive.json'), JSON.stringify(pagesArchive));
  await hooks['astro:build:done']!({ dir: pathToFileURL(dist + '/'), logger });
  return logger;
}
