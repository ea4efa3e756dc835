import { describe, expect, it } from 'vitest';
import { DISTRICTS } from '../../src/lib/briefing/index.ts';
import { absoluteUrl, articleAnchor, normaliseBase, pathSegment, routes, urls, urlsUnder } from '../../src/lib/site/urls.ts';

describe('urls', () => {
  it('should give an issue its folder, raw text and JSON by 总期号', () => {
    expect(urls.issue(2178)).toBe('/issues/2178/');
    expect(urls.issueText(2178)).toBe('/issues/2178.txt');
    expect(urls.issueJson(2178)).toBe('/issues/2178.json');
  });

  it('should anchor articles a1, a2, … by position', () => {
    expect(articleAnchor(1)).toBe('a1');
    expect(urls.article(2177, 3)).toBe('/issues/2177/#a3');
  });

  it('should refuse a 总期号 that is not a positive whole number', () => {
    expect(() => urls.issue(0)).toThrow(RangeError);
    expect(() => urls.issue(1.5)).toThrow(RangeError);
    expect(() => urls.issueText(Number.NaN)).toThrow(RangeError);
  });

  it('should refuse a year that is not four digits', () => {
    expect(urls.year('2021')).toBe('/years/2021/');
    expect(() => urls.year('../2021')).toThrow(RangeError);
  });

  it('should percent-encode district and section folders', () => {
    expect(urls.district('东城区')).toBe(`/districts/${encodeURIComponent('东城区')}/`);
    expect(decodeURIComponent(urls.section('文明创建'))).toBe('/sections/文明创建/');
  });

  it('should put the query and repeated filters in a search link', () => {
    expect(decodeURIComponent(urls.searchFor({ q: '垃圾分类', 区: ['房山区', '昌平区'] }))).toBe('/search/?q=垃圾分类&区=房山区&区=昌平区');
    expect(urls.searchFor({})).toBe('/search/');
  });

  it('should make absolute URLs on the configured site', () => {
    expect(absoluteUrl('https://example.org', urls.issue(2178))).toBe('https://example.org/issues/2178/');
  });

  it('should place the search index’s shards under /pagefind/', () => {
    expect(urls.searchManifest).toBe('/pagefind/shards.json');
    expect(urls.searchShard(0)).toBe('/pagefind/0/');
    expect(urls.searchShard(3)).toBe('/pagefind/3/');
    expect(() => urls.searchShard(-1)).toThrow(RangeError);
  });
});

describe('urls under a base path', () => {
  const jianbao = urlsUnder('/jianbao/');

  it('should put every URL of the site under the base, and nothing else in front of it', () => {
    const samples = [
      jianbao.home, jianbao.years, jianbao.districts, jianbao.sections, jianbao.search, jianbao.feed, jianbao.sitemap, jianbao.archiveJson,
      jianbao.favicon, jianbao.searchManifest, jianbao.searchShard(1), jianbao.issue(2178), jianbao.issueText(2178), jianbao.issueJson(2178),
      jianbao.article(2178, 2), jianbao.year('2021'), jianbao.district('东城区'), jianbao.section('文明创建'), jianbao.searchFor({ q: '文明' }),
    ];
    const plain = [
      routes.home, routes.years, routes.districts, routes.sections, routes.search, routes.feed, routes.sitemap, routes.archiveJson,
      routes.favicon, routes.searchManifest, routes.searchShard(1), routes.issue(2178), routes.issueText(2178), routes.issueJson(2178),
      routes.article(2178, 2), routes.year('2021'), routes.district('东城区'), routes.section('文明创建'), routes.searchFor({ q: '文明' }),
    ];
    expect(samples.map((url, index) => url === `/jianbao${plain[index]}`)).toEqual(plain.map(() => true));
    expect(jianbao.home).toBe('/jianbao/');
    expect(jianbao.issueText(2178)).toBe('/jianbao/issues/2178.txt');
  });

  it('should make absolute URLs under the base on the configured site', () => {
    expect(absoluteUrl('https://www.example.gov.cn', jianbao.issue(2178))).toBe('https://www.example.gov.cn/jianbao/issues/2178/');
  });

  it('should read BRIEFING_BASE with or without its slashes, and refuse what is not a plain path', () => {
    for (const value of ['jianbao', '/jianbao', '/jianbao/', 'jianbao/']) expect(normaliseBase(value)).toBe('/jianbao/');
    expect(normaliseBase('/a/b')).toBe('/a/b/');
    for (const value of [undefined, '', '/']) expect(normaliseBase(value)).toBe('/');
    for (const value of ['/../etc/', '/a b/', '/a?b/', 'https://x/', '/./']) expect(() => normaliseBase(value), value).toThrow(RangeError);
  });
});

describe('pathSegment', () => {
  it('should keep every official district name as it is', () => {
    for (const district of DISTRICTS) expect(pathSegment(district)).toBe(district);
  });

  it('should keep a plain 栏目 name as it is', () => {
    expect(pathSegment('文明创建')).toBe('文明创建');
  });

  it('should never give a segment that leaves its folder', () => {
    for (const name of ['../../etc/passwd', '..', '.', '/', 'a/b', 'a\\b', '%2e%2e', ' ', '', '-', '?#', '\u0000']) {
      const segment = pathSegment(name);
      expect(segment).toMatch(/^[\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_-]*$/u);
      expect(segment).not.toContain('..');
    }
  });

  it('should keep names apart that differ only in dropped characters', () => {
    expect(pathSegment('文明“创建”')).not.toBe(pathSegment('文明创建'));
    expect(pathSegment('a/b')).not.toBe(pathSegment('a.b'));
  });

  it('should give the same segment for the same name every time', () => {
    expect(pathSegment('文明 创建')).toBe(pathSegment('文明 创建'));
  });
});
