/**
 * The search index is written as several Pagefind indexes ("shards") of
 * consecutive issues, which the search page merges into one (Pagefind's
 * `mergeIndex`). Kept free of imports, since the page's script bundles it.
 *
 * Why: Pagefind's indexer holds the whole index in memory and compresses
 * its files one after another, and both grow faster than the archive. On
 * these 2-core machines, 5,000 generated issues took one indexer 110 s and
 * 6.8 GB; four indexers of 1,250 issues each, two at a time, 67 s and 2.1 GB
 * each (BENCHMARKS.md). A shard of bounded size keeps the memory of a build
 * bounded however large the archive grows, and a new issue re-indexes one
 * shard, not the archive.
 */

/**
 * How many consecutive 总期号 a shard covers, by the size of the archive:
 * the smallest of these that makes it at most five ranges (a sixth where
 * its numbers straddle one more). Two indexers at once hold two ranges,
 * so their memory follows the archive rather than the largest range: two
 * fifths of it at the top of each size, and more below, up to all of it
 * just past a size, as two ranges of 1,250 could before (2,000 generated
 * issues indexed alone: 2.7–3.0 GB in ranges of 1,250, 1.7 GB in ranges
 * of 625). Fixed ranges keep a new issue to the newest shard; an archive
 * that grows past a size (625, 1,250, 3,125 issues) is indexed afresh
 * once, in the larger ranges. A search fetches a chunk of every shard, so
 * not smaller; from 3,126 issues on the ranges are 1,250, which bounds the
 * memory of any build.
 */
const RANGE_SIZES: readonly number[] = [125, 250, 625, 1250];

/** Issues per shard, at most, however large the archive. */
export const ISSUES_PER_SHARD = RANGE_SIZES.at(-1)!;

/** Issues per shard, at most, in an archive of `count` issues (`RANGE_SIZES`; tests set another with BRIEFING_ISSUES_PER_SHARD, to have several shards of a small archive). */
export function issuesPerShard(count: number): number {
  return RANGE_SIZES.find((size) => count <= 5 * size) ?? ISSUES_PER_SHARD;
}

export interface ShardsManifest {
  /** The URL of each shard's folder, under the site's base, newest issues first: `/pagefind/0/` (urls.searchShard). */
  shards: string[];
  /** Pairs with an index chunk's worth of positions in some shard (文明, 建设…), which a long query goes round where it can (src/lib/search/cover.ts). */
  heavyWords: string[];
}

/**
 * Beside each shard's Pagefind files: the first word of each of its index
 * chunks, a JSON array of strings (src/integrations/pagefind-meta.ts), so
 * a one-character search can load every chunk of words starting with it.
 */
export const CHUNK_STARTS_FILE = 'chunk-starts.json';

/**
 * Beside each shard's Pagefind files: the pairs with an index chunk's worth
 * of positions in it (src/integrations/pagefind-shard.ts), a JSON array of
 * strings, which the build gathers into the manifest's `heavyWords`.
 */
export const HEAVY_WORDS_FILE = 'heavy-words.json';

/**
 * Issues grouped into shards by ranges of 总期号 (`issuesPerShard`: 1–1250,
 * 1251–2500, … in a large archive), newest shard first and newest issue first within each: Pagefind numbers
 * the pages of a shard in the order they are added and lists results of
 * equal score (every exact-phrase result) in that order, so a search that
 * does not sort lists the newest matches first. Fixed ranges, not equal parts, so that a new issue
 * changes only the newest shard, and the build can keep every other shard
 * as it was (the integration caches them). Dates never run backwards
 * against 总期号 (the archive check), so the shards are in date order too.
 * An empty archive is one empty shard, so the search page still has an
 * index to ask, which finds nothing.
 *
 * An archive within one range (a small one, of up to 125 issues) is two
 * shards, its newer and older halves: a Pagefind indexer keeps about one core busy, and the
 * build waits for the index, so one shard left the machine's second core
 * to Astro alone (500 generated issues: indexing 11.7 s as one shard, 9.5 s
 * as two; the build 14.9 s against 12.2 s). Halves by count move as issues
 * are added (the newer half takes the odd one), so a new issue re-indexes
 * the newer half or both, side by side; past the first range every range
 * is a shard, and a new issue changes only the newest.
 */
export function planShards<T extends { totalIssue: number }>(issues: readonly T[], perShard = issuesPerShard(issues.length)): T[][] {
  const byRange = new Map<number, T[]>();
  for (const issue of issues) {
    const range = Math.floor((issue.totalIssue - 1) / perShard);
    const shard = byRange.get(range);
    if (shard === undefined) byRange.set(range, [issue]);
    else shard.push(issue);
  }
  if (byRange.size === 0) return [[]];
  const shards = [...byRange.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, shard]) => shard.sort((a, b) => b.totalIssue - a.totalIssue));
  if (shards.length > 1 || shards[0]!.length < 2) return shards;
  const [only] = shards as [T[]];
  const newer = Math.ceil(only.length / 2);
  return [only.slice(0, newer), only.slice(newer)];
}
