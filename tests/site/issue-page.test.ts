import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/lib/briefing/index.ts';
import { articleBody } from '../../src/lib/site/issue-page/body.ts';
import { issuePaperHtml } from '../../src/lib/site/issue-page/paper.ts';
import { article, corpusIssue } from './support.ts';

/** The body's content, without its <div class="article-body">. */
const articleBodyHtml = (item: Article) => toHtml(articleBody(item).children);

describe('article body', () => {
  it('should write headings as h3 and paragraphs as p, in order', () => {
    const html = articleBodyHtml(
      article({
        title: '标题',
        blocks: [
          { type: 'paragraph', text: '开头。' },
          { type: 'heading', text: '一、小标题' },
          { type: 'paragraph', text: '正文。' },
        ],
      }),
    );
    expect(html).toBe('<p>开头。</p><h3>一、小标题</h3><p>正文。</p>');
  });

  it("should set an untitled item's lead in bold inside its first paragraph, once", () => {
    const item = corpusIssue(2177).sections[0]!.articles[0]!;
    const html = articleBodyHtml(item);
    expect(html.startsWith('<p><strong class="lead">东城区坚持“四全”，深化全国文明城区创建工作。</strong>坚持全时创建。')).toBe(true);
    expect(html.split('东城区坚持“四全”').length).toBe(2);
  });

  it('should show a lead that does not start the first paragraph on its own', () => {
    const html = articleBodyHtml(article({ lead: '更正的导语。', blocks: [{ type: 'paragraph', text: '原文。' }] }));
    expect(html).toBe('<p class="lead"><strong>更正的导语。</strong></p><p>原文。</p>');
  });

  it('should show markup in the text as text', () => {
    const html = articleBodyHtml(
      article({
        lead: '<b>导语</b>。',
        blocks: [
          { type: 'paragraph', text: '<b>导语</b>。<script>alert(1)</script>' },
          { type: 'heading', text: '<img src=x onerror=alert(1)>' },
          { type: 'paragraph', text: '<a href="javascript:alert(1)">链接</a> & &amp;' },
        ],
      }),
    );
    expect(html).not.toMatch(/<(script|img|a|b)[\s>]/);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
    expect(html).toContain('&#x3C;a href="javascript:alert(1)">链接&#x3C;/a> &#x26; &#x26;amp;');
  });
});

describe('the issue paper', () => {
  const hostile = '<script>alert(1)</script><img src=x onerror=alert(1)>';

  it('should show markup in every field of the issue as text', () => {
    const issue = corpusIssue(2178);
    const html = issuePaperHtml({
      ...issue,
      publisher: hostile,
      note: hostile,
      tags: [hostile],
      editor: hostile,
      contact: { ...issue.contact, email: hostile },
      unplaced: [{ line: 1, text: hostile }],
      distribution: { ...issue.distribution, report: [hostile] },
      sections: issue.sections.map((section) => ({
        name: hostile,
        articles: section.articles.map((item) => ({ ...item, kicker: hostile, title: hostile, subtitle: hostile, source: hostile })),
      })),
    });
    expect(html).not.toMatch(/<(script|img)[\s>]/);
    // publisher, note, tags, editor, e-mail, unplaced line, 报, section, kicker, title, subtitle, source
    expect(html.split('&#x3C;script>alert(1)&#x3C;/script>').length - 1).toBe(12);
  });

  it('should anchor each article by its place in the issue and list them in 本期目录 when there are several', () => {
    const html = issuePaperHtml(corpusIssue(2177));
    expect([...html.matchAll(/<article class="article" id="(a\d+)">/g)].map((match) => match[1])).toEqual(['a1', 'a2', 'a3']);
    expect([...html.matchAll(/<a href="#(a\d+)">/g)].map((match) => match[1])).toEqual(['a1', 'a2', 'a3']);
    expect(issuePaperHtml(corpusIssue(2178))).not.toContain('issue-contents');
  });
});
