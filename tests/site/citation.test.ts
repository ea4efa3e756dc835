/**
 * Citations of corpus articles: the GB/T 7714-2015 reference written out by
 * hand from the standard's rules, and the BibTeX and RIS files read back by
 * Citation.js (the reader reference managers build on), field by field.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { articlesOf } from '../../src/lib/site/archive.ts';
import { articleBibtex, issueBibtex } from '../../src/lib/site/citation/bibtex.ts';
import { citationFiles } from '../../src/lib/site/citation/files.ts';
import { gbtReference } from '../../src/lib/site/citation/gbt7714.ts';
import { citationMetaTags } from '../../src/lib/site/citation/meta-tags.ts';
import { articleRis, issueRis } from '../../src/lib/site/citation/ris.ts';
import { citedArticle, citedIssue } from '../../src/lib/site/citation/work.ts';
import { corpusIssue } from './support.ts';

const SITE = 'https://example.org';

function article(totalIssue: number, position: number) {
  const ref = articlesOf(corpusIssue(totalIssue))[position - 1]!;
  return citedArticle(ref, `${SITE}/issues/${totalIssue}/#a${position}`);
}

describe('GB/T 7714-2015 reference', () => {
  it('should cite 2178’s article as an online serial article, checked against the standard by hand', () => {
    // 2178.txt: the article's title is 《首都文明委重点工作项目台账》凝聚齐创共建工作力量 (its kicker
    // 常态化推进 项目化落实 is an 引题, not part of the title), attributed (精神文明综合协调处),
    // in 第 12 期 of 2021 (2021 年 3 月 8 日).
    // §4.4 连续出版物中的析出文献: 主要责任者. 题名[J/OL]. 连续出版物题名, 年, 卷(期)[引用日期]. 获取和访问路径.
    // - 主要责任者: the attributed unit, as printed (the standard splits a body’s name into its levels with “.” only when it is not written in Chinese);
    // - [J/OL]: article in a serial (J), read online (OL);
    // - the briefing has no volumes: 年(期) = 2021(12);
    // - 引用日期 in brackets straight after, YYYY-MM-DD; then the URL, with the article's anchor, and a full stop.
    expect(gbtReference(article(2178, 1), '2026-12-08')).toBe(
      '精神文明综合协调处. 《首都文明委重点工作项目台账》凝聚齐创共建工作力量[J/OL]. 首都精神文明建设情况简报, 2021(12)[2026-12-08]. https://example.org/issues/2178/#a1.',
    );
  });

  it('should give a subtitle as 其他题名信息 after “: ”', () => {
    // 2169.txt: 在落细落实中树牢首善文明这面旗帜 / ——首都文明办学习贯彻全国文明办主任会议精神,
    // 第 3 期, 2021 年 1 月 18 日, attributed (精神文明调查研究处). §4.4: 题名: 其他题名信息, the —— dropped.
    expect(gbtReference(article(2169, 1), '2026-12-08')).toBe(
      '精神文明调查研究处. 在落细落实中树牢首善文明这面旗帜: 首都文明办学习贯彻全国文明办主任会议精神[J/OL]. 首都精神文明建设情况简报, 2021(3)[2026-12-08]. https://example.org/issues/2169/#a1.',
    );
  });

  it('should cite an untitled district item by its lead, without the lead’s full stop, and its district office as author', () => {
    // 2177.txt, first item: 东城区坚持“四全”，深化全国文明城区创建工作。 … （东城区文明办）; 第 11 期 of 2021.
    expect(gbtReference(article(2177, 1), '2026-12-08')).toBe(
      '东城区文明办. 东城区坚持“四全”，深化全国文明城区创建工作[J/OL]. 首都精神文明建设情况简报, 2021(11)[2026-12-08]. https://example.org/issues/2177/#a1.',
    );
  });
});

describe('BibTeX and RIS', () => {
  function readBack(text: string) {
    return new Cite(text).data[0]!;
  }

  it('should read an article’s BibTeX back with every field', () => {
    const work = article(2178, 1);
    const csl = readBack(articleBibtex(work));
    expect(csl.type).toBe('article-journal');
    expect(csl.title).toBe(work.title);
    expect(csl['container-title']).toBe('首都精神文明建设情况简报');
    // Braced whole, the corporate author is one name, not split into given and family names.
    expect(csl.author).toEqual([{ family: '精神文明综合协调处' }]);
    expect(csl.publisher).toBe('首都精神文明办');
    expect(csl.issue).toBe('12');
    expect(csl.URL).toBe('https://example.org/issues/2178/#a1');
    expect(csl.issued).toEqual({ 'date-parts': [[2021, 3, 8]] });
    expect(csl['citation-key']).toBe('jianbao2178a1');
  });

  it('should read an issue’s BibTeX back', () => {
    const work = citedIssue(corpusIssue(2177), `${SITE}/issues/2177/`);
    const csl = readBack(issueBibtex(work));
    expect(csl.title).toBe('首都精神文明建设情况简报 第11期（总第2177期）');
    expect(csl.author).toEqual([{ family: '首都精神文明办' }]);
    expect(csl.issued).toEqual({ 'date-parts': [[2021, 2, 25]] });
    expect(csl.URL).toBe('https://example.org/issues/2177/');
  });

  it('should keep BibTeX’s special characters in a title as text', () => {
    const work = { ...article(2178, 1), title: '100% {全} & #1_x' };
    expect(readBack(articleBibtex(work)).title).toBe('100% {全} & #1_x');
  });

  it('should read an article’s RIS back with every field, subtitle included', () => {
    const work = article(2169, 1);
    const csl = readBack(articleRis(work));
    expect(csl.type).toBe('article-journal');
    expect(csl.title).toBe(`${work.title}——${work.subtitle}`);
    expect(csl['container-title']).toBe('首都精神文明建设情况简报');
    expect(csl.author).toEqual([{ family: '精神文明调查研究处' }]);
    // Citation.js reads no publisher from a JOUR record; the file still names it.
    expect(articleRis(work)).toContain('\r\nPB  - 首都精神文明办\r\n');
    expect(csl.issue).toBe('3');
    expect(csl.URL).toBe('https://example.org/issues/2169/#a1');
    expect(csl.issued).toEqual({ 'date-parts': [[2021, 1, 18]] });
  });

  it('should read an issue’s RIS back', () => {
    const work = citedIssue(corpusIssue(2178), `${SITE}/issues/2178/`);
    const csl = readBack(issueRis(work));
    expect(csl.title).toBe('首都精神文明建设情况简报 第12期（总第2178期）');
    expect(csl.URL).toBe('https://example.org/issues/2178/');
  });

  it('should write one BibTeX and one RIS file for the issue and for each article, at the URLs’ paths', () => {
    const issue = corpusIssue(2177);
    const paths = citationFiles(issue, SITE).map((file) => file.path);
    expect(paths).toEqual([
      '/issues/2177.bib',
      '/issues/2177.ris',
      ...articlesOf(issue).flatMap((ref) => [`/issues/2177/a${ref.position}.bib`, `/issues/2177/a${ref.position}.ris`]),
    ]);
    expect(articlesOf(issue)).toHaveLength(3);
  });
});

describe('citation meta tags', () => {
  it('should give one of each Highwire and Dublin Core tag for the issue', () => {
    const tags = citationMetaTags(citedIssue(corpusIssue(2178), `${SITE}/issues/2178/`));
    const byName = new Map(tags.map((tag) => [tag.name, tag.content]));
    expect(byName.size).toBe(tags.length);
    expect(byName.get('citation_title')).toBe('首都精神文明建设情况简报 第12期（总第2178期）');
    expect(byName.get('citation_publisher')).toBe('首都精神文明办');
    expect(byName.get('citation_publication_date')).toBe('2021/03/08');
    expect(byName.get('citation_issue')).toBe('12');
    expect(byName.get('citation_public_url')).toBe('https://example.org/issues/2178/');
    expect(byName.get('DC.title')).toBe('首都精神文明建设情况简报 第12期（总第2178期）');
    expect(byName.get('DC.publisher')).toBe('首都精神文明办');
    expect(byName.get('DC.date')).toBe('2021-03-08');
    expect(byName.get('DC.identifier')).toBe('https://example.org/issues/2178/');
  });
});

// Citation.js's plugins register themselves on import; the test needs both formats.
expect(plugins.list()).toEqual(expect.arrayContaining(['@bibtex', '@ris']));

describe('the 引用日期 a page is built with', () => {
  it('should be the day in Beijing, which starts eight hours before the day in UTC', async () => {
    const { todayInBeijing } = await import('../../src/lib/site/dates.ts');
    expect(todayInBeijing(new Date('2026-12-07T15:59:59Z'))).toBe('2026-12-07');
    expect(todayInBeijing(new Date('2026-12-07T16:00:00Z'))).toBe('2026-12-08');
  });
});
