/**
 * The integration that writes each issue's raw text, JSON and citation files
 * (src/integrations/issue-files.ts), its hooks called as `astro build`
 * calls them, on the corpus in content/.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Issue } from '../../src/lib/briefing/index.ts';
import issueFilesIntegration from '../../src/integrations/issue-files.ts';
import { buildWithHooks, corpusIssues } from './support.ts';

const work = mkdtempSync(path.join(tmpdir(), 'briefing-issue-files-'));

/** One `astro build` as the integration sees it, with the pages made from `pagesArchive`. */
async function build(name: string, pagesArchive: readonly Issue[]) {
  const dist = path.join(work, name);
  const logger = await buildWithHooks(issueFilesIntegration(), dist, pagesArchive, path.join(work, 'cache'));
  return { dist, logger };
}

describe('the integration writing each issue’s raw text and JSON', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('should write every file of the archive byte for byte, and the parser’s JSON of it, named by 总期号', async () => {
    const { dist, logger } = await build('same', corpusIssues());
    const written = readdirSync(path.join(dist, 'issues')).sort();
    // Each issue's raw text, JSON and citation files, and a folder for its articles' citation files.
    expect(written).toEqual(['2169', '2171', '2177', '2178'].flatMap((number) => [number, `${number}.bib`, `${number}.json`, `${number}.ris`, `${number}.txt`]));
    // 2177 holds three district items (2177.txt), each with its BibTeX and RIS.
    expect(readdirSync(path.join(dist, 'issues', '2177')).sort()).toEqual(['a1.bib', 'a1.ris', 'a2.bib', 'a2.ris', 'a3.bib', 'a3.ris']);
    for (const issue of corpusIssues()) {
      // The corpus files are named by 总期号; the integration names its copies from the parsed number.
      expect(readFileSync(path.join(dist, 'issues', `${issue.totalIssue}.txt`))).toEqual(readFileSync(path.join('content', `${issue.totalIssue}.txt`)));
      const json = readFileSync(path.join(dist, 'issues', `${issue.totalIssue}.json`), 'utf8');
      expect(json.endsWith('}\n')).toBe(true);
      expect(JSON.parse(json)).toEqual(issue);
    }
    expect(logger.info).toHaveBeenCalledWith('wrote the raw text, JSON and citation files of 4 issues');
  });

  it('should fail the build when the pages were made from another archive than the folder holds', async () => {
    const fewer = corpusIssues().filter((issue) => issue.totalIssue !== 2177);
    await expect(build('changed', fewer)).rejects.toThrow('A file of the archive changed while the site was built, so its raw text and its page would differ: build again.');
  });
});
