/**
 * Writes each issue's raw text and JSON (`/issues/2178.txt`, `.json`,
 * site.md §1), its original when the archive keeps one (`/issues/2178.pdf`,
 * byte for byte, src/lib/site/originals.ts) and its citation files (BibTeX and RIS of the issue and of
 * each article, src/lib/site/citation/files.ts) during `astro build`.
 *
 * Why not Astro routes: Astro spends about 1.1 ms on every route it renders,
 * whatever the route returns, and these are several files per issue with
 * nothing to render: at 5,000 issues, 12 s of the build's CPU, written here
 * in about 1 s. `astro dev` still serves them from the routes in
 * src/pages/issues/, which list their paths only there, and which share
 * this file's serialisation (src/lib/site/responses.ts).
 *
 * The files are the archive folder's as the build read it when it started
 * (the search index's integration starts that read, ./archive.ts, and a file
 * changed since is read again), checked against dist/archive.json, the
 * archive the pages were made from, so that the raw text never disagrees
 * with its page: the build fails if they differ.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { citationFiles } from '../lib/site/citation/files.ts';
import { findOriginal } from '../lib/site/originals.ts';
import { jsonText } from '../lib/site/responses.ts';
import { mapLimited } from '../lib/pool.ts';
import { inBuiltSite, routes } from '../lib/site/urls.ts';
import { readBuiltArchive, readContentArchive, sameArchive } from './archive.ts';

export default function issueFilesIntegration(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'briefing-issue-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site === undefined) throw new Error('The citation files need the site’s address: set `site` in astro.config.mjs (BRIEFING_SITE).');
        site = new URL(config.site);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const built = await readBuiltArchive(dir);
        const files = await readContentArchive();
        if (files === undefined || !sameArchive(files.map((file) => file.issue), built)) {
          throw new Error('A file of the archive changed while the site was built, so its raw text and its page would differ: build again.');
        }
        await mapLimited(files, async ({ bytes, issue }) => {
          const text = inBuiltSite(dir, routes.issueText(issue.totalIssue));
          await mkdir(new URL('.', text), { recursive: true });
          await writeFile(text, bytes);
          await writeFile(inBuiltSite(dir, routes.issueJson(issue.totalIssue)), jsonText(issue));
          const original = findOriginal(issue.totalIssue);
          if (original !== undefined) await copyFile(original.path, inBuiltSite(dir, routes.issueOriginal(issue.totalIssue, original.kind)));
          await mkdir(inBuiltSite(dir, routes.issue(issue.totalIssue)), { recursive: true });
          for (const file of citationFiles(issue, site!)) await writeFile(inBuiltSite(dir, file.path), file.text);
        });
        logger.info(`wrote the raw text, JSON and citation files of ${files.length} issue${files.length === 1 ? '' : 's'}`);
      },
    },
  };
}
