/**
 * The search index's integration (src/integrations/pagefind.ts), its hooks
 * called as `astro build` calls them, on the corpus in content/: the index
 * started once the configuration is known is used when the pages were made from the same
 * archive, and made again from dist/archive.json when they were not.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Issue } from '../../src/lib/briefing/index.ts';
import pagefindIntegration, { chunkPositionsFor, indexArchive } from '../../src/integrations/pagefind.ts';
import { buildWithHooks, corpusIssues } from './support.ts';

const work = mkdtempSync(path.join(tmpdir(), 'briefing-integration-'));

type Hook = (options: unknown) => Promise<void> | void;

/** One `astro build` as the integration sees it, with the pages made from `pagesArchive`. */
async function build(name: string, pagesArchive: readonly Issue[]) {
  const dist = path.join(work, name);
  const logger = await buildWithHooks(pagefindIntegration(), dist, pagesArchive, path.join(work, 'cache'));
  return { dist, logger };
}

describe('the search index integration', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('should index nothing for commands other than a build', async () => {
    const cache = path.join(work, 'not-built');
    for (const command of ['dev', 'sync', 'preview']) {
      const hooks = pagefindIntegration().hooks as Record<string, Hook>;
      await hooks['astro:config:setup']!({ command });
      await hooks['astro:config:done']!({ config: { cacheDir: pathToFileURL(cache + '/') } });
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(existsSync(cache)).toBe(false);
  });

  it('should use the index it started with when the pages were made from the same archive', async () => {
    const { dist, logger } = await build('same', corpusIssues());
    expect(logger.warn).not.toHaveBeenCalled();
    expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/^indexed 6 articles of 4 issues in \d+\.\d s: 2 shards, 2 written, 0 unchanged$/));
    expect(JSON.parse(readFileSync(path.join(dist, 'pagefind/shards.json'), 'utf8'))).toEqual({ shards: ['/pagefind/0/', '/pagefind/1/'], heavyWords: [] });
    for (const shard of [0, 1]) expect(existsSync(path.join(dist, `pagefind/${shard}/pagefind-entry.json`))).toBe(true);
  }, 60_000);

  it('should index the archive of the pages again when it is not the one read at the start', async () => {
    const fewer = corpusIssues().filter((issue) => issue.totalIssue !== 2177);
    const { dist, logger } = await build('changed', fewer);
    expect(logger.warn).toHaveBeenCalledWith('the archive changed while the site was built; indexing it again');
    expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/^indexed 3 articles of 3 issues in \d+\.\d s: 2 shards, 2 written, 0 unchanged$/));
    expect(existsSync(path.join(dist, 'pagefind/0/pagefind-entry.json'))).toBe(true);
  }, 60_000);

  it('should fail, not wait for ever, when the Pagefind process ends without answering', async () => {
    // Pagefind's Node API starts the program this variable names; this one reads nothing, answers nothing and exits.
    const silent = path.join(work, 'silent-pagefind');
    writeFileSync(silent, '#!/bin/sh\nsleep 0.2\n');
    chmodSync(silent, 0o755);
    process.env.PAGEFIND_EXTENDED_BINARY_PATH = silent;
    try {
      await expect(indexArchive(corpusIssues(), path.join(work, 'silent-cache'))).rejects.toThrow(/^Pagefind stopped before a shard of 2 issues was written/);
    } finally {
      delete process.env.PAGEFIND_EXTENDED_BINARY_PATH;
    }
  }, 30_000);
});

describe('the index chunk size of a range', () => {
  it('should shrink with the square root of the range, to the hundred, from 5,000 positions for ranges of 1,250', () => {
    const set = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    try {
      expect([125, 250, 625, 1250].map(chunkPositionsFor)).toEqual(['1600', '2200', '3500', '5000']);
      process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = '700';
      expect(chunkPositionsFor(1250)).toBe('700');
    } finally {
      if (set === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
      else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = set;
    }
  });
});
