import { describe, expect, it } from 'vitest';
import { planShards } from '../../src/lib/search/shards.ts';
import { issueRecord, searchRecords } from '../../src/lib/site/search-records.ts';
import { FILTERS } from '../../src/lib/site/search-fields.ts';
import { article, corpusIssue, corpusIssues, issue } from './support.ts';

describe('search records', () => {
  it('should make one record per article, each linking to its anchor', () => {
    expect(searchRecords(corpusIssue(2177)).map((record) => record.url)).toEqual(['/issues/2177/#a1', '/issues/2177/#a2', '/issues/2177/#a3']);
    expect(corpusIssues().flatMap(searchRecords)).toHaveLength(6);
  });

  it('should index every block, the source, kicker, title and subtitle of its article', () => {
    for (const one of corpusIssues()) {
      const records = searchRecords(one);
      one.sections.flatMap((section) => section.articles).forEach((item, index) => {
        const { content } = records[index]!;
        for (const part of [item.kicker, item.title, item.subtitle, item.lead, item.source, ...item.blocks.map((block) => block.text)]) {
          if (part !== null) expect(content).toContain(part);
        }
      });
    }
  });

  it("should index the issue's header and footer with every article, so 梅雪峰 finds every issue", () => {
    for (const record of corpusIssues().flatMap(searchRecords)) {
      for (const text of ['梅雪峰', '田文松', '55569506', '总第', '各区文明办', '首都文明委主任、副主任']) expect(record.content).toContain(text);
    }
  });

  it('should start with the article, so excerpts come from it', () => {
    const [record] = searchRecords(corpusIssue(2177));
    expect(record!.content.startsWith('东城区坚持“四全”')).toBe(true);
  });

  it('should carry 总期号, 期号, the printed date and the title as meta, district and section as filters', () => {
    expect(searchRecords(corpusIssue(2177))[1]).toEqual(expect.objectContaining({
      meta: { totalIssue: '2177', issue: '11', date: '2021年2月25日', title: '房山区以“行动计划+工作方案+问题清单”方式，全面开展创建工作。' },
      filters: { 区: ['房山区'], 栏目: ['文明创建'], 年份: ['2021'] },
    }));
    expect(searchRecords(corpusIssue(2178))[0]).toEqual(expect.objectContaining({
      meta: { totalIssue: '2178', issue: '12', date: '2021年3月8日', title: '《首都文明委重点工作项目台账》凝聚齐创共建工作力量' },
      filters: { 年份: ['2021'] },
    }));
  });

  it('should hold every meta value in its text, since Pagefind searches metadata too', () => {
    const untitled = searchRecords(issue({ totalIssue: 7, sections: [{ name: null, articles: [article({ title: null, lead: null })] }] }));
    for (const record of [...corpusIssues().flatMap(searchRecords), ...untitled]) {
      for (const value of Object.values(record.meta)) expect(record.content, value).toContain(value);
    }
    expect(untitled[0]!.meta.title).toBe('');
  });

  it('should use only the filter names 区, 栏目 and 年份', () => {
    for (const record of corpusIssues().flatMap(searchRecords)) {
      for (const name of Object.keys(record.filters)) expect(FILTERS).toContain(name);
    }
  });

  it('should come newest first in a shard, in print order within an issue: the date order the search page relies on', () => {
    const urls = planShards(corpusIssues())
      .flat()
      .flatMap(searchRecords)
      .map((record) => record.url);
    expect(urls).toEqual(['/issues/2178/#a1', '/issues/2177/#a1', '/issues/2177/#a2', '/issues/2177/#a3', '/issues/2171/#a1', '/issues/2169/#a1']);
  });

  it('should keep markup in the text as plain text (the index stores text, the page escapes it)', () => {
    const [record] = searchRecords(issue({ totalIssue: 5, sections: [{ name: null, articles: [article({ title: '<script>x</script>' })] }] }));
    expect(record!.content).toContain('<script>x</script>');
    expect(record!.meta.title).toBe('<script>x</script>');
  });

  it('should give the index one record per issue: its articles in print order, then its header and footer once, as the articles’ records hold them', () => {
    for (const one of corpusIssues()) {
      const record = issueRecord(one);
      const articles = searchRecords(one);
      expect(record.url).toBe(`/issues/${one.totalIssue}/`);
      expect(record.articles).toHaveLength(articles.length);
      record.articles.forEach(({ text, filters }, index) => {
        expect(`${text}\n${record.fields}`).toBe(articles[index]!.content);
        expect(filters).toEqual(articles[index]!.filters);
      });
      const { title: _title, ...meta } = articles[0]!.meta;
      expect(record.meta).toEqual(meta);
    }
  });

  it('should point at each article’s heading in its text: the title, or the lead of an untitled item', () => {
    const untitled = issue({ totalIssue: 7, sections: [{ name: null, articles: [article({ title: null, lead: null })] }] });
    const leadOnly = issue({ totalIssue: 8, sections: [{ name: null, articles: [article({ title: null, lead: '首句。' })] }] });
    for (const one of [...corpusIssues(), untitled, leadOnly]) {
      const headings = issueRecord(one).articles.map(({ text, heading }) => (heading === null ? '' : text.slice(heading.from, heading.to)));
      expect(headings).toEqual(searchRecords(one).map((record) => record.meta.title));
    }
    // Read off content/2177.txt: its three items are untitled, each led by its lead, the first sentence of its first paragraph.
    expect(issueRecord(corpusIssue(2177)).articles.map(({ heading }) => heading?.from)).toEqual([0, 0, 0]);
  });
});
