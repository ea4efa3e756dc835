import { describe, expect, it } from 'vitest';
import { ISSUES_PER_SHARD, planShards, shardPath } from '../../src/lib/search/shards.ts';

const issues = (...totals: number[]) => totals.map((totalIssue) => ({ totalIssue }));
const totals = (shards: Array<Array<{ totalIssue: number }>>) => shards.map((shard) => shard.map((issue) => issue.totalIssue));

describe('planShards', () => {
  it('should split an archive within one range into its newer and older halves, so that two indexers share it', () => {
    expect(totals(planShards(issues(2169, 2171, 2177, 2178)))).toEqual([[2178, 2177], [2171, 2169]]);
    expect(totals(planShards(issues(1, 2, 3), 4))).toEqual([[3, 2], [1]]);
  });

  it('should leave the older half as it was when an issue is added to an even count, so only the newer is indexed again', () => {
    expect(totals(planShards(issues(1, 2, 3, 4)))).toEqual([[4, 3], [2, 1]]);
    expect(totals(planShards(issues(1, 2, 3, 4, 5)))).toEqual([[5, 4, 3], [2, 1]]);
    expect(totals(planShards(issues(1, 2, 3, 4, 5, 6)))).toEqual([[6, 5, 4], [3, 2, 1]]);
  });

  it('should keep an archive of one issue in one shard', () => {
    expect(totals(planShards(issues(2178)))).toEqual([[2178]]);
  });

  it('should not split a range once the archive spans two', () => {
    expect(totals(planShards(issues(1, 2, 3, 4, 5), 4))).toEqual([[5], [4, 3, 2, 1]]);
  });

  it('should make an empty archive one empty shard, so there is still an index to search', () => {
    expect(planShards([])).toEqual([[]]);
  });

  it('should group issues by ranges of 总期号, newest range first and newest issue first within', () => {
    expect(totals(planShards(issues(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 4))).toEqual([[10, 9], [8, 7, 6, 5], [4, 3, 2, 1]]);
    expect(totals(planShards(issues(ISSUES_PER_SHARD, ISSUES_PER_SHARD + 1)))).toEqual([[ISSUES_PER_SHARD + 1], [ISSUES_PER_SHARD]]);
  });

  it('should change only the newest shard when an issue is added', () => {
    const before = planShards(issues(...Array.from({ length: 5000 }, (_, index) => index + 1)));
    const after = planShards(issues(...Array.from({ length: 5001 }, (_, index) => index + 1)));
    expect(after).toHaveLength(5);
    expect(after.slice(1)).toEqual(before);
    expect(totals(after)[0]).toEqual([5001]);
  });

  it('should hold every issue once, newest first, whatever order it was given in', () => {
    const shuffled = issues(7, 3, 12, 1, 9, 4, 2);
    expect(totals(planShards(shuffled, 5)).flat()).toEqual([12, 9, 7, 4, 3, 2, 1]);
  });

  it('should place shards under /pagefind/', () => {
    expect(shardPath(0)).toBe('/pagefind/0/');
    expect(shardPath(3)).toBe('/pagefind/3/');
  });
});
