/**
 * One shard of the search index (src/integrations/pagefind-shard.ts), with
 * Pagefind's real indexer: written into the cache once, left there while
 * its records are unchanged, and written anew when they change.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildShard } from '../../src/integrations/pagefind-shard.ts';
import { FACETS_FILE, pageArticles, type ShardFacets } from '../../src/lib/search/facets.ts';
import { CHUNK_STARTS_FILE, HEAVY_WORDS_FILE } from '../../src/lib/search/shards.ts';
import { indexRecord } from '../../src/integrations/pagefind-shard.ts';
import { issueRecord, searchRecords } from '../../src/lib/site/search-records.ts';
import { corpusIssues, pagefindWord } from './support.ts';

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
    // What the search page loads, and nothing else: Pagefind's script, entry, search code and metadata, the chunks and fragments, and the shard's own lists.
    const outside = Object.keys(written).filter((file) => !/^(index|fragment)\//.test(file));
    expect(outside.map((file) => file.replace(/^pagefind\.und_\w+\.pf_meta$/, 'pagefind.und_….pf_meta')).sort()).toEqual(
      ['chunk-starts.json', 'facets.json', 'heavy-words.json', 'pagefind-entry.json', 'pagefind.js', 'pagefind.und_….pf_meta', 'wasm.unknown.pagefind'].sort(),
    );

    const second = await buildShard({ issues, cachePath });
    expect(second).toEqual({ ...first, indexed: false });
    expect(tree(path.join(cachePath, first.digest))).toEqual(written);
    expect(readdirSync(cachePath).sort()).toEqual([first.digest, `${first.digest}.sums`]);
  }, 60_000);

  it('should index again, under the same digest, when a file of the cached shard was deleted or cut short', async () => {
    const first = await buildShard({ issues, cachePath });
    const folder = path.join(cachePath, first.digest);
    const written = tree(folder);
    const fragment = path.join(folder, 'fragment', readdirSync(path.join(folder, 'fragment'))[0]!);
    writeFileSync(fragment, readFileSync(fragment).subarray(0, 10));
    expect(await buildShard({ issues, cachePath })).toEqual({ ...first, indexed: true });
    expect(tree(folder)).toEqual(written);
    rmSync(path.join(folder, FACETS_FILE));
    expect(await buildShard({ issues, cachePath })).toEqual({ ...first, indexed: true });
    expect(tree(folder)).toEqual(written);
  }, 60_000);

  it('should index again, under another digest, when a record changes', async () => {
    const [oldest, ...rest] = issues;
    const edited = { ...oldest!, editor: '另一位编辑' };
    const unchanged = await buildShard({ issues, cachePath });
    const changed = await buildShard({ issues: [edited, ...rest], cachePath });
    expect(changed.indexed).toBe(true);
    expect(changed.digest).not.toBe(unchanged.digest);
    expect(readdirSync(cachePath).filter((name) => !name.endsWith('.sums')).sort()).toEqual([unchanged.digest, changed.digest].sort());
  }, 60_000);

  it('should list each issue’s articles beside the shard, their layout and filter values, in the order its records were added, and give Pagefind no filter', async () => {
    const { digest } = await buildShard({ issues, cachePath });
    const folder = path.join(cachePath, digest);
    const facets = JSON.parse(readFileSync(path.join(folder, FACETS_FILE), 'utf8')) as ShardFacets;
    const articles = pageArticles(facets);
    expect(articles.map((page) => page.map(({ layout }) => layout))).toEqual(issues.map((issue) => indexRecord(issueRecord(issue)).layout));
    const filters = articles.flat().map((article) => article.filters);
    expect(filters).toEqual(issues.flatMap(searchRecords).map((record) => record.filters));
    // Read off content/: 2171's report from (海淀区文明办), then 2177's three items from 东城区, 房山区 and 昌平区, all under 【文明创建】 in 2021.
    expect(filters.filter((page) => page.区 !== undefined)).toEqual(
      ['海淀区', '东城区', '房山区', '昌平区'].map((district) => ({ 区: [district], 栏目: ['文明创建'], 年份: ['2021'] })),
    );
    expect(readdirSync(folder)).not.toContain('filter');
  }, 60_000);

  it('should list the first word of every index chunk beside the shard, in the index order', async () => {
    // Small chunks, so the corpus fills many (the build sets this variable the same way, for its own size).
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = '300';
    const { digest } = await buildShard({ issues, cachePath });
    const folder = path.join(cachePath, digest);
    const starts = JSON.parse(readFileSync(path.join(folder, CHUNK_STARTS_FILE), 'utf8')) as string[];
    // One word per chunk file, in Pagefind's (byte) order, the way its search looks a word up.
    expect(starts.length).toBeGreaterThan(10);
    expect(starts.length).toBe(readdirSync(path.join(folder, 'index')).length);
    const bytes = starts.map((start) => Buffer.from(start));
    for (let index = 1; index < bytes.length; index += 1) expect(Buffer.compare(bytes[index - 1]!, bytes[index]!)).toBe(-1);
  }, 60_000);

  it('should list beside the shard the words a term is asked by with at least a chunk’s worth of positions, which make their chunks heavy', async () => {
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = '12';
    const { digest } = await buildShard({ issues, cachePath });
    const heavy = JSON.parse(readFileSync(path.join(cachePath, digest, HEAVY_WORDS_FILE), 'utf8')) as string[];
    // How often each word of two or more characters stands in the shard's records, as Pagefind indexes it; a run's end is asked for by no term.
    const counts = new Map<string, number>();
    for (const issue of issues) {
      for (const token of indexRecord(issueRecord(issue)).record.content.split(' ')) {
        const word = pagefindWord(token);
        if (Array.from(word).length >= 2 && !word.includes('\u2403')) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
    expect(heavy).toEqual([...counts].filter(([, count]) => count >= 12).map(([word]) => word).sort());
    // Read off the corpus: each of its 4 issues names its publisher (首都精神文明办) and 各区文明办 among the recipients.
    expect(heavy).toContain('文明办');
    // 文明 is split: the index holds it only with the character after it.
    expect(heavy).not.toContain('文明');
  }, 60_000);
});
