/**
 * The peer stack on the same archive: Hugo (Debian's) renders one page per
 * issue, then the Pagefind CLI indexes the rendered site with its defaults.
 * It is what a static archive with search costs without our article records,
 * a reference for our build time and memory (and a second opinion on search
 * quality at page level).
 *
 * Each page holds the issue's parsed text, the same strings our search
 * records hold (article texts, then the header and footer fields), as
 * Markdown paragraphs under its title; ASCII punctuation is backslash-escaped
 * so Markdown (and Hugo's shortcodes, typographer) change no character.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Issue } from '../../src/lib/briefing/index.ts';
import { articlesOf } from '../../src/lib/site/archive.ts';
import { articleText, issueFields } from '../../src/lib/site/search-records.ts';
import { t } from '../../src/lib/site/strings.ts';
import { ROOT } from './astro.ts';
import { runMeasured } from './process-tree.ts';
import type { Document } from './quality.ts';

export const HUGO = process.env.HUGO ?? '/usr/bin/hugo';

export function hugoInstalled(): boolean {
  return existsSync(HUGO);
}

const CONFIG = `baseURL = "http://127.0.0.1/"
languageCode = "zh-CN"
defaultContentLanguage = "zh"
hasCJKLanguage = true
title = "首都精神文明建设情况简报"
disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]

[markup.goldmark.extensions]
typographer = false
`;

const LAYOUT = `<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1>
{{ .Content }}
</main></body>
</html>
`;

const escapeMarkdown = (text: string) => text.replace(/[!-/:-@[-`{-~]/g, (character) => `\\${character}`);

/** Writes the Hugo site of these issues into `folder`; returns each page's URL and text (the truth of page-level search). */
export function writeHugoSite(folder: string, issues: readonly Issue[]): Document[] {
  mkdirSync(join(folder, 'content', 'issues'), { recursive: true });
  mkdirSync(join(folder, 'layouts', '_default'), { recursive: true });
  writeFileSync(join(folder, 'hugo.toml'), CONFIG);
  writeFileSync(join(folder, 'layouts', '_default', 'single.html'), LAYOUT);
  return issues.map((issue) => {
    const title = `${issue.publication} ${t('issue.numbers', { issue: issue.issue, total: issue.totalIssue })}`;
    const paragraphs = [...articlesOf(issue).flatMap((ref) => articleText(ref)), ...issueFields(issue)].flatMap((part) => part.split('\n'));
    const markdown = `${JSON.stringify({ title, date: issue.date })}\n\n${paragraphs.map((paragraph) => escapeMarkdown(paragraph.trim())).join('\n\n')}\n`;
    writeFileSync(join(folder, 'content', 'issues', `${issue.totalIssue}.md`), markdown);
    return { url: `/issues/${issue.totalIssue}/`, text: [title, ...paragraphs].join('\n') };
  });
}

export interface HugoBuild {
  hugoSeconds: number;
  pagefindSeconds: number;
  seconds: number;
  cpuSeconds: number;
  /** The larger of the two programs' process-tree peaks (they run one after the other). */
  peakBytes: number;
  peakByProgram: Record<string, number>;
  /** Pagefind's run alone (its launcher and indexer): what our indexing alone is compared with. */
  pagefindPeakBytes: number;
  pagefindCpuSeconds: number;
  pages: number;
}

const PAGEFIND_BIN = join(ROOT, 'node_modules', '.bin', 'pagefind');

/** `hugo`, then `pagefind --site public` with its defaults. */
export async function buildHugoSite(folder: string): Promise<HugoBuild> {
  const hugo = await runMeasured(HUGO, [], { cwd: folder, env: process.env });
  if (hugo.code !== 0) throw new Error(`hugo exited with ${hugo.code ?? hugo.signal}:\n${hugo.output.slice(-3000)}`);
  // node_modules/.bin/pagefind is Pagefind's Node launcher of its binary; it runs on the project's Node.
  const pagefind = await runMeasured(process.execPath, [PAGEFIND_BIN, '--site', 'public'], { cwd: folder, env: process.env });
  if (pagefind.code !== 0) throw new Error(`pagefind exited with ${pagefind.code ?? pagefind.signal}:\n${pagefind.output.slice(-3000)}`);
  const pages = Number(/Indexed (\d+) pages?/.exec(pagefind.output)?.[1] ?? Number.NaN);
  return {
    hugoSeconds: hugo.seconds,
    pagefindSeconds: pagefind.seconds,
    seconds: hugo.seconds + pagefind.seconds,
    cpuSeconds: hugo.cpuSeconds + pagefind.cpuSeconds,
    peakBytes: Math.max(hugo.peakBytes, pagefind.peakBytes),
    peakByProgram: hugo.peakBytes > pagefind.peakBytes ? hugo.peakByProgram : pagefind.peakByProgram,
    pagefindPeakBytes: pagefind.peakBytes,
    pagefindCpuSeconds: pagefind.cpuSeconds,
    pages,
  };
}
