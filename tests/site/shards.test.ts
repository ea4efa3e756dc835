import { describe, expect, it } from 'vitest';
import { ISSUES_PER_SHARD, planShards, shardPath } from '../../src/lib/search/shards.ts';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('planShards', () => {
  it('should keep a small archive in one shard', () => {
    expect(planShards(numbers(4))).toEqual([[1, 2, 3, 4]]);
    expect(planShards(numbers(ISSUES_PER_SHARD))).toHaveLength(1);
  });

  it('should cut a larger archive into shards of consecutive issues, newest first', () => {
    const shards = planShards(numbers(10), 4);
    expect(shards).toEqual([
      [7, 8, 9, 10],
      [4, 5, 6],
      [1, 2, 3],
    ]);
  });

  it('should make shards that differ in size by one at most and hold every issue once', () => {
    for (const count of [1, 2, 1250, 1251, 2500, 5000, 5001, 20_000]) {
      const shards = planShards(numbers(count));
      const sizes = shards.map((shard) => shard.length);
      expect(Math.max(...sizes) - Math.min(...sizes), String(count)).toBeLessThanOrEqual(1);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(ISSUES_PER_SHARD);
      expect(shards.reverse().flat()).toEqual(numbers(count));
    }
  });

  it('should place shards under /pagefind/', () => {
    expect(shardPath(0)).toBe('/pagefind/0/');
    expect(shardPath(3)).toBe('/pagefind/3/');
  });
});
