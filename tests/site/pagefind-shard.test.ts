/**
 * One shard of the search index (src/integrations/pagefind-shard.ts), with
 * Pagefind's real indexer: written into the cache once, left there while
 * its records are unchanged, and written anew when they change.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildShard } from '../../src/integrations/pagefind-shard.ts';
import { corpusIssues } from './support.ts';

const work = mkdtempSync(path.join(tmpdir(), 'briefing-shard-'));
const cachePath = path.join(work, 'cache');

/** Every file under `folder`, with its bytes, by relative path. */
function tree(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(folder, relative))) {
      const entry = path.join(relative, name);
      if (statSync(path.join(folder, entry)).isDirectory()) walk(entry);
      else files[entry] = readFileSync(path.join(folder, entry)).toString('base64');
    }
  };
  walk('');
  return files;
}

describe('buildShard', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const issues = corpusIssues();

  it('should index the shard into the cache the first time, and leave it as it is the second', async () => {
    const first = await buildShard({ issues, cachePath });
    expect(first).toMatchObject({ articles: 6, indexed: true });
    const written = tree(path.join(cachePath, first.digest));
    expect(Object.keys(written)).toContain('pagefind-entry.json');

    const second = await buildShard({ issues, cachePath });
    expect(second).toEqual({ ...first, indexed: false });
    expect(tree(path.join(cachePath, first.digest))).toEqual(written);
    expect(readdirSync(cachePath)).toEqual([first.digest]);
  }, 60_000);

  it('should index again, under another digest, when a record changes', async () => {
    const [oldest, ...rest] = issues;
    const edited = { ...oldest!, editor: '另一位编辑' };
    const unchanged = await buildShard({ issues, cachePath });
    const changed = await buildShard({ issues: [edited, ...rest], cachePath });
    expect(changed.indexed).toBe(true);
    expect(changed.digest).not.toBe(unchanged.digest);
    expect(readdirSync(cachePath).sort()).toEqual([unchanged.digest, changed.digest].sort());
  }, 60_000);
});
