import { describe, expect, it } from 'vitest';
import { issueFeed } from '../../src/lib/site/feed.ts';
import { atomFeed, escapeXml } from '../../src/lib/site/xml.ts';
import { corpusIssues } from './support.ts';

describe('xml', () => {
  it('should escape the five XML characters and drop characters XML forbids', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('should write an Atom feed with escaped entries, updated at the newest date', () => {
    const xml = atomFeed({
      title: '简报',
      home: 'https://example.org/',
      self: 'https://example.org/feed.xml',
      author: '首都精神文明办',
      entries: [
        { url: 'https://example.org/issues/1/', title: '<script>', date: '2021-01-18', summary: 'a & b' },
        { url: 'https://example.org/issues/2/', title: '二', date: '2021-03-08', summary: '' },
      ],
    });
    expect(xml).toContain('<title>&lt;script&gt;</title>');
    expect(xml).toContain('<summary>a &amp; b</summary>');
    expect(xml).toMatch(/<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"[^>]*>\s*<title>简报<\/title>/);
    expect(xml).toContain('<updated>2021-03-08T00:00:00+08:00</updated>\n  <author><name>首都精神文明办</name></author>');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
  });

  it('should list the newest issues in the feed, newest first', () => {
    const xml = issueFeed(corpusIssues(), 'https://example.org');
    const ids = [...xml.matchAll(/<id>([^<]+)<\/id>/g)].map((match) => match[1]);
    expect(ids).toEqual(['https://example.org/', ...[2178, 2177, 2171, 2169].map((n) => `https://example.org/issues/${n}/`)]);
  });
});
