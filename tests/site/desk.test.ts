import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/lib/desk/check.ts';
import { numberingIndex, numberingIndexSchema, publishedEntries } from '../../src/lib/desk/numbering.ts';
import { corpusIssues } from './support.ts';

const ROOT = path.join(import.meta.dirname, '../..');
const corpusBytes = (total: number) => new Uint8Array(readFileSync(path.join(ROOT, 'content', `${total}.txt`)));
const published = publishedEntries(numberingIndex(corpusIssues().map((issue) => ({ file: `${issue.totalIssue}.txt`, issue }))));

describe('numbering index', () => {
  it('should list 总期号, 期号 and date by 总期号, naming a file only when it is not {总期号}.txt', () => {
    const index = numberingIndex([
      { file: '2021/第12期.txt', issue: { totalIssue: 2178, issue: 12, date: '2021-03-08' } },
      { file: '2177.txt', issue: { totalIssue: 2177, issue: 11, date: '2021-02-25' } },
    ]);
    expect(index).toEqual([
      [2177, 11, '2021-02-25'],
      [2178, 12, '2021-03-08', '2021/第12期.txt'],
    ]);
    expect(publishedEntries(numberingIndexSchema.parse(JSON.parse(JSON.stringify(index))))).toEqual([
      { file: '2177.txt', issue: { totalIssue: 2177, issue: 11, date: '2021-02-25' }, places: {} },
      { file: '2021/第12期.txt', issue: { totalIssue: 2178, issue: 12, date: '2021-03-08' }, places: {} },
    ]);
  });

  it('should stay about 100 KB at 5,000 issues', () => {
    const issues = Array.from({ length: 5000 }, (_, index) => ({
      file: `${1000 + index}.txt`,
      issue: { totalIssue: 1000 + index, issue: (index % 50) + 1, date: `${1920 + Math.floor(index / 50)}-12-31` },
    }));
    const bytes = JSON.stringify(numberingIndex(issues)).length;
    expect(bytes).toBeGreaterThan(90_000);
    expect(bytes).toBeLessThan(120_000);
  });

  it('should refuse an index that is not rows of numbers and real dates', () => {
    expect(numberingIndexSchema.safeParse([[2178, 12, '2021-02-30']]).success).toBe(false);
    expect(numberingIndexSchema.safeParse([{ totalIssue: 2178 }]).success).toBe(false);
  });
});

describe('checking a draft against the published archive', () => {
  it('should pass a published issue opened under its own file name, with briefing check’s summary', () => {
    const result = checkDraft(corpusBytes(2177), '2177.txt', published);
    expect(result.problems).toEqual([]);
    expect(result.summary).toBe('总第2177期（第11期） 2021年2月25日 · 栏目：文明创建 · 文章 3 篇 · 区：东城区、房山区、昌平区');
  });

  it('should report a 总期号 already published under another file, naming that file', () => {
    const result = checkDraft(corpusBytes(2177), '本周.txt', published);
    expect(result.problems.map(String)).toEqual([
      '本周.txt:7:1: 总期号 (totalIssue): 总第2177期 is also in 2177.txt (expected one file per 总期号, found “2 files”)',
    ]);
    expect(result.summary).toBeUndefined();
    expect(result.issue?.totalIssue).toBe(2177);
  });

  it('should report a 期号 out of step with its year and a date before an earlier 总期号', () => {
    const text = readFileSync(path.join(ROOT, 'content', '2178.txt'), 'utf8')
      .replace('总第 2178 期', '总第 2180 期')
      .replace('2021 年 3 月 8 日', '2021 年 1 月 8 日');
    const result = checkDraft(new TextEncoder().encode(text), '2180.txt', published);
    expect(result.problems.map((problem) => `${problem.line}:${problem.column} ${problem.field}`)).toEqual(['5:1 期号 (issue)', '11:1 日期 (date)']);
  });
});

describe('README', () => {
  it('should start its 编辑指南 with the desk, and the command line second', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const guide = readme.slice(readme.indexOf('## 编辑指南'));
    const [first, second] = [...guide.matchAll(/^### (.+)$/gm)].map((match) => match[1]);
    expect([first, second]).toEqual(['用编辑台（不需要安装任何东西）', '用命令行']);
    expect(guide.indexOf('/desk/')).toBeLessThan(guide.indexOf('npm run check'));
  });
});
