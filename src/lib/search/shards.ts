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
 * bounded however large the archive grows.
 */

/** Issues per shard, at most (tests set fewer with BRIEFING_ISSUES_PER_SHARD, to have several shards of a small archive). */
export const ISSUES_PER_SHARD = 1250;

/** Where the search page learns which shards there are (written after them). */
export const SHARDS_MANIFEST = '/pagefind/shards.json';

export interface ShardsManifest {
  /** Base path of each shard, newest issues first: `/pagefind/0/`. */
  shards: string[];
}

/** Base path of shard `index`. */
export function shardPath(index: number): string {
  return `/pagefind/${index}/`;
}

/**
 * A filter the search page gives every page of a shard (Pagefind's
 * `mergeFilter`), so a search can ask one shard at a time: Pagefind orders
 * merged results by score, and a date order is only kept within a shard.
 */
export const SHARD_FILTER = '分片';

/**
 * `items` (oldest first, as the archive lists issues) cut into shards of
 * consecutive items, newest shard first, of sizes differing by at most one.
 */
export function planShards<T>(items: readonly T[], perShard = ISSUES_PER_SHARD): T[][] {
  const count = Math.max(1, Math.ceil(items.length / perShard));
  const shards: T[][] = [];
  let end = items.length;
  for (let index = 0; index < count; index += 1) {
    const size = Math.ceil(end / (count - index));
    shards.push(items.slice(end - size, end));
    end -= size;
  }
  return shards;
}
