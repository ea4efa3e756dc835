/** A district's or section's Atom feed (src/lib/site/feed.ts): its newest articles, at most 50, each linking to its anchor. */
import { describe, expect, it } from 'vitest';
import { articlesOf, byDistrict } from '../../src/lib/site/archive.ts';
import { articleFeed } from '../../src/lib/site/feed.ts';
import { article, corpusIssues, issue } from './support.ts';

describe('a list’s feed', () => {
  it('should hold the district’s items, newest first, each with its issue, date and section in the summary', () => {
    const fangshan = byDistrict(corpusIssues()).find((group) => group.district === '房山区')!;
    const xml = articleFeed({ title: '房山区', page: '/districts/房山区/', self: '/districts/房山区/feed.xml', articles: fangshan.items }, 'https://example.org');
    // 2177.txt's second item is 房山区's only one in the corpus.
    expect([...xml.matchAll(/<id>(.*?)<\/id>/g)].map((match) => match[1])).toEqual(['https://example.org/districts/%E6%88%BF%E5%B1%B1%E5%8C%BA/', 'https://example.org/issues/2177/#a2']);
    expect(xml).toContain('<summary>第11期（总第2177期） 2021年2月25日 【文明创建】 房山区</summary>');
    expect(xml).toContain('<title>房山区 · 首都精神文明建设情况简报</title>');
  });

  it('should keep the newest 50 articles of a longer list', () => {
    const issues = Array.from({ length: 60 }, (_, index) =>
      issue({ totalIssue: index + 1, date: `2021-${String(Math.floor(index / 28) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`, sections: [{ name: null, articles: [article()] }] }),
    );
    const refs = issues.reverse().flatMap(articlesOf);
    const xml = articleFeed({ title: 'x', page: '/x/', self: '/x/feed.xml', articles: refs }, 'https://example.org');
    const entries = [...xml.matchAll(/<entry>[\s\S]*?<id>https:\/\/example\.org\/issues\/(\d+)\/#a1<\/id>/g)].map((match) => Number(match[1]));
    expect(entries).toEqual(Array.from({ length: 50 }, (_, index) => 60 - index));
  });
});
