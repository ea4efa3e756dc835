import { describe, expect, it } from 'vitest';
import { issuesPerShard, planShards } from '../../src/lib/search/shards.ts';

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
    expect(totals(planShards(issues(125, 126)))).toEqual([[126], [125]]);
  });

  it('should change only the newest shard when an issue is added', () => {
    const before = planShards(issues(...Array.from({ length: 5000 }, (_, index) => index + 1)));
    const after = planShards(issues(...Array.from({ length: 5001 }, (_, index) => index + 1)));
    expect(after).toHaveLength(5);
    expect(after.slice(1)).toEqual(before);
    expect(totals(after)[0]).toEqual([5001]);
  });

  it('should size the ranges to the archive: the smallest of 125, 250, 625 and 1,250 issues that makes at most five', () => {
    expect([1, 500, 625, 626, 1250, 1251, 2000, 3125, 3126, 5000, 20_000].map(issuesPerShard)).toEqual([125, 125, 125, 250, 250, 625, 625, 625, 1250, 1250, 1250]);
  });

  it('should give two indexers at once less than the whole of an archive of 2,000 issues', () => {
    const archive = issues(...Array.from({ length: 2000 }, (_, index) => index + 179));
    const sizes = planShards(archive).map((shard) => shard.length);
    expect(sizes).toEqual([303, 625, 625, 447]);
    expect(sizes.reduce((sum, size) => sum + size)).toBe(2000);
  });

  it('should change only the newest shard when an issue is added within a range size', () => {
    const range = (from: number, to: number) => issues(...Array.from({ length: to - from + 1 }, (_, index) => from + index));
    const before = planShards(range(179, 2178));
    const after = planShards(range(179, 2179));
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(totals(after)[0]).toEqual([2179, ...totals(before)[0]!]);
  });

  it('should hold every issue once, newest first, whatever order it was given in', () => {
    const shuffled = issues(7, 3, 12, 1, 9, 4, 2);
    expect(totals(planShards(shuffled, 5)).flat()).toEqual([12, 9, 7, 4, 3, 2, 1]);
  });
});
