/**
 * One shard of the search index (src/integrations/pagefind-shard.ts), with
 * Pagefind's real indexer: written once, then copied from the cache while
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

  it('should index the shard the first time, and copy the same files from the cache the second', async () => {
    const first = await buildShard({ issues, outputPath: path.join(work, 'first'), cachePath });
    expect(first).toMatchObject({ articles: 6, indexed: true });
    expect(Object.keys(tree(path.join(work, 'first')))).toContain('pagefind-entry.json');

    const second = await buildShard({ issues, outputPath: path.join(work, 'second'), cachePath });
    expect(second).toEqual({ ...first, indexed: false });
    expect(tree(path.join(work, 'second'))).toEqual(tree(path.join(work, 'first')));
    expect(readdirSync(cachePath)).toEqual([first.digest]);
  }, 60_000);

  it('should index again when a record changes', async () => {
    const [oldest, ...rest] = issues;
    const edited = { ...oldest!, editor: '另一位编辑' };
    const unchanged = await buildShard({ issues, outputPath: path.join(work, 'third'), cachePath });
    const changed = await buildShard({ issues: [edited, ...rest], outputPath: path.join(work, 'fourth'), cachePath });
    expect(changed.indexed).toBe(true);
    expect(changed.digest).not.toBe(unchanged.digest);
  }, 60_000);
});
