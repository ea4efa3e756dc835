import { describe, expect, it } from 'vitest';
import { checkArchive, parseBriefing, type ArchiveEntry } from '../../src/lib/briefing/index.ts';

const HEADER = (issue: number, total: number, date: string) =>
  `首都精神文明建设情况简报\n\n第 ${issue} 期\n\n(总第 ${total} 期)\n\n首都精神文明办\n\n${date}\n\n东城区坚持“四全”，深化全国文明城区创建工作。\n\n责编:梅雪峰\n`;

function entry(file: string, issue: number, total: number, date: string): ArchiveEntry {
  const result = parseBriefing(Buffer.from(HEADER(issue, total, date)), file);
  if (result.issue === undefined) throw new Error(result.problems.join('\n'));
  return { file, issue: result.issue, places: result.places };
}

const messages = (entries: ArchiveEntry[]) => checkArchive(entries).map(String);

describe('checks across the archive', () => {
  it('should accept issues whose 期号 and 总期号 advance together, with gaps', () => {
    expect(messages([entry('a.txt', 3, 2169, '2021 年 1 月 18 日'), entry('b.txt', 12, 2178, '2021 年 3 月 8 日')])).toEqual([]);
  });

  it('should accept 期号 starting again at 1 in a new year', () => {
    expect(messages([entry('a.txt', 50, 2165, '2020 年 12 月 28 日'), entry('b.txt', 1, 2167, '2021 年 1 月 4 日')])).toEqual([]);
  });

  it('should name both files that share a 总期号', () => {
    expect(messages([entry('a.txt', 12, 2178, '2021 年 3 月 8 日'), entry('b.txt', 12, 2178, '2021 年 3 月 8 日')])).toEqual([
      'a.txt:5:1: 总期号 (totalIssue): 总第2178期 is also in b.txt:5 (expected one file per 总期号, found “2 files”)',
      'b.txt:5:1: 总期号 (totalIssue): 总第2178期 is also in a.txt:5 (expected one file per 总期号, found “2 files”)',
    ]);
  });

  it('should report the 期号 that disagrees with most of its year', () => {
    const entries = [entry('a.txt', 3, 2169, '2021 年 1 月 18 日'), entry('b.txt', 11, 2177, '2021 年 2 月 25 日'), entry('c.txt', 13, 2178, '2021 年 3 月 8 日')];
    expect(messages(entries)).toEqual([
      'c.txt:3:1: 期号 (issue): clashes with its neighbours of 2021: 总第2169期 is 第3期 (a.txt) (expected 第12期 for 总第2178期, found “第13期”)',
    ]);
  });

  it('should report a date earlier than that of a lower 总期号', () => {
    expect(messages([entry('a.txt', 11, 2177, '2021 年 2 月 25 日'), entry('b.txt', 12, 2178, '2021 年 2 月 1 日')])).toEqual([
      'b.txt:9:1: 日期 (date): earlier than 总第2177期 (a.txt), though its 总期号 is higher (expected 2021-02-25 or later, found “2021-02-01”)',
    ]);
  });

  it('should accept two issues on the same date (2169 and 2171 are both 2021-01-18)', () => {
    expect(messages([entry('a.txt', 3, 2169, '2021 年 1 月 18 日'), entry('b.txt', 5, 2171, '2021 年 1 月 18 日')])).toEqual([]);
  });
});
