/**
 * Rules of the format on small inputs; the real issues are in corpus.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseBriefing, type Issue } from '../../src/lib/briefing/index.ts';

const HEADER = '首都精神文明建设情况简报\n\n第 12 期\n\n(总第 2178 期)\n\n首都精神文明办\n\n2021 年 3 月 8 日\n\n';
const FOOTER = '\n\n责编:梅雪峰\n\n核稿:田文松\n\n报:中央文明办,首都文明委主任、副主任。\n\n送:首都文明委委员。\n\n发:各区文明办。\n';
const PARAGRAPH = '东城区坚持“四全”，深化全国文明城区创建工作。坚持全时创建。';

function parse(body: string, header = HEADER, footer = FOOTER) {
  return parseBriefing(Buffer.from(header + body + footer), 'issue.txt');
}

function issueOf(body: string, header?: string, footer?: string): Issue {
  const result = parse(body, header, footer);
  expect(result.problems.map(String)).toEqual([]);
  return result.issue!;
}

const messages = (body: string, header?: string, footer?: string) => parse(body, header, footer).problems.map(String);

describe('header', () => {
  it('should read 期号, 总期号, publisher and date', () => {
    const issue = issueOf(PARAGRAPH);
    expect([issue.id, issue.issue, issue.totalIssue, issue.publisher, issue.date]).toEqual(['2178', 12, 2178, '首都精神文明办', '2021-03-08']);
  });

  it('should read 总期号 in full-width brackets too', () => {
    expect(issueOf(PARAGRAPH, HEADER.replace('(总第 2178 期)', '（总第2178期）')).totalIssue).toBe(2178);
  });

  it('should report a missing field at the line found in its place, and give no issue', () => {
    const result = parse(PARAGRAPH, HEADER.replace('第 12 期\n\n', ''));
    expect(result.issue).toBeUndefined();
    expect(result.problems.map(String)).toEqual(['issue.txt:3:1: 期号 (issue): missing (expected a line like “第 12 期”, found “（总第2178期）”)']);
  });

  it('should report an unknown line inside the header and go on', () => {
    expect(messages(PARAGRAPH, HEADER.replace('首都精神文明办\n', '首都精神文明办\n\n内部资料\n'))).toEqual([
      'issue.txt:9:1: 页头 (header): unknown line where 日期 (date) is due (expected a date like “2021 年 3 月 8 日”, found “内部资料”)',
    ]);
  });
});

describe('sections and titles', () => {
  it('should give one unnamed section when there is no marker', () => {
    expect(issueOf(PARAGRAPH).sections.map((section) => section.name)).toEqual([null]);
  });

  it('should open a section at each 【…】 marker', () => {
    const issue = issueOf(`【文明创建】\n\n${PARAGRAPH}（东城区文明办）\n\n【志愿服务】\n\n${PARAGRAPH}（西城区文明办）`);
    expect(issue.sections.map((section) => [section.name, section.articles.length])).toEqual([
      ['文明创建', 1],
      ['志愿服务', 1],
    ]);
  });

  it('should read title and subtitle when the second line opens with ——', () => {
    const [article] = issueOf(`在落细落实中树牢首善文明这面旗帜\n\n——首都文明办学习贯彻精神\n\n${PARAGRAPH}`).sections[0]!.articles;
    expect([article!.kicker, article!.title, article!.subtitle, article!.lead]).toEqual([null, '在落细落实中树牢首善文明这面旗帜', '首都文明办学习贯彻精神', null]);
  });

  it('should read kicker and title from two short lines', () => {
    const [article] = issueOf(`加快部署 全面整改\n\n海淀区力求在落实全会精神上出实招\n\n${PARAGRAPH}`).sections[0]!.articles;
    expect([article!.kicker, article!.title, article!.subtitle]).toEqual(['加快部署 全面整改', '海淀区力求在落实全会精神上出实招', null]);
  });

  it('should read kicker, title and subtitle from three lines', () => {
    const [article] = issueOf(`引题一行\n\n主题一行\n\n——副题一行\n\n${PARAGRAPH}`).sections[0]!.articles;
    expect([article!.kicker, article!.title, article!.subtitle]).toEqual(['引题一行', '主题一行', '副题一行']);
  });
});

describe('body', () => {
  it('should make 一、 lines headings and 一是 lines paragraphs', () => {
    const [article] = issueOf(`标题\n\n一、提高认识\n\n一是在学习上落细落实。\n\n（一）加强统筹\n\n${PARAGRAPH}`).sections[0]!.articles;
    expect(article!.blocks.map((block) => block.type)).toEqual(['heading', 'paragraph', 'heading', 'paragraph']);
  });

  it('should take the first sentence of an untitled item as its lead, keeping it in the paragraph', () => {
    const [article] = issueOf(`${PARAGRAPH}（东城区文明办）`).sections[0]!.articles;
    expect(article!.lead).toBe('东城区坚持“四全”，深化全国文明城区创建工作。');
    expect(article!.blocks[0]!.text).toBe(PARAGRAPH);
  });

  it('should end an article at its attribution, inline or on its own line, with or without a space', () => {
    const issue = issueOf(`${PARAGRAPH}（东城区文明办）\n\n${PARAGRAPH}\n\n(房山区文明办)\n\n${PARAGRAPH} (昌平区文明办)`);
    const articles = issue.sections[0]!.articles;
    expect(articles.map((article) => [article.source, article.districts, article.blocks.at(-1)!.text])).toEqual([
      ['东城区文明办', ['东城区'], PARAGRAPH],
      ['房山区文明办', ['房山区'], PARAGRAPH],
      ['昌平区文明办', ['昌平区'], PARAGRAPH],
    ]);
  });

  it('should give no district for an office department, and today’s district for an old name', () => {
    const issue = issueOf(`${PARAGRAPH}（精神文明综合协调处）\n\n${PARAGRAPH}（崇文区文明办）`);
    expect(issue.sections[0]!.articles.map((article) => [article.source, article.districts])).toEqual([
      ['精神文明综合协调处', []],
      ['崇文区文明办', ['东城区']],
    ]);
  });

  it('should report an attribution with no article before it', () => {
    expect(messages(`【文明创建】\n\n(东城区文明办)\n\n${PARAGRAPH}`)).toEqual([
      'issue.txt:13:1: 来源 (source): attribution without an article before it (expected paragraphs before the attribution, found “（东城区文明办）”)',
    ]);
  });
});

describe('footer', () => {
  it('should read 责编, 核稿, contact and the 报/送/发 lists', () => {
    const issue = issueOf(PARAGRAPH, HEADER, FOOTER.replace('核稿:田文松', '核稿:田文松\n\n电话:55569506\n\n传真:55569505\n\n邮箱:jswmzhxhc@163.com'));
    expect([issue.editor, issue.reviewer, issue.contact]).toEqual(['梅雪峰', '田文松', { phone: '55569506', fax: '55569505', email: 'jswmzhxhc@163.com' }]);
    expect(issue.distribution).toEqual({ report: ['中央文明办', '首都文明委主任、副主任'], send: ['首都文明委委员'], distribute: ['各区文明办'] });
  });

  it('should read several footer fields sharing a line', () => {
    const issue = issueOf(PARAGRAPH, HEADER, '\n\n责编:梅雪峰 核稿:田文松\n');
    expect([issue.editor, issue.reviewer]).toEqual(['梅雪峰', '田文松']);
  });

  it('should leave absent footer fields null and absent lists empty', () => {
    const issue = issueOf(PARAGRAPH, HEADER, '\n\n责编:梅雪峰\n');
    expect([issue.reviewer, issue.contact.email, issue.distribution.send]).toEqual([null, null, []]);
  });

  it('should keep and report a footer line that fits no field', () => {
    const result = parse(PARAGRAPH, HEADER, `${FOOTER}\n（共印50份）\n`);
    expect(result.issue?.unplaced).toEqual([{ line: 23, text: '（共印50份）' }]);
    expect(result.problems.map(String)).toEqual([
      'issue.txt:23:1: warning: 版记 (footer): a line that fits no footer field is kept as it is (expected 责编/核稿/电话/传真/邮箱 or 报/送/发, found “（共印50份）”)',
    ]);
  });
});

describe('front matter', () => {
  it('should override parsed fields and add tags, note and pdf', () => {
    const bytes = Buffer.from(`---\nissue: 13\ntags: [台账, 文明创建]\nnote: 原件第2页缺损。\npdf: https://example.org/2178.pdf\n---\n${HEADER}${PARAGRAPH}${FOOTER}`);
    const result = parseBriefing(bytes, 'issue.txt');
    expect(result.problems).toEqual([]);
    expect([result.issue!.issue, result.issue!.tags, result.issue!.note, result.issue!.pdf]).toEqual([13, ['台账', '文明创建'], '原件第2页缺损。', 'https://example.org/2178.pdf']);
  });

  it('should settle a problem of the text when front matter supplies the field', () => {
    const bytes = Buffer.from(`---\ntotalIssue: 2178\n---\n${HEADER.replace('(总第 2178 期)\n\n', '')}${PARAGRAPH}${FOOTER}`);
    const result = parseBriefing(bytes, 'issue.txt');
    expect(result.problems).toEqual([]);
    expect([result.issue!.id, result.issue!.totalIssue]).toEqual(['2178', 2178]);
  });

  it('should count raw lines from the top of the file, front matter included', () => {
    const bytes = Buffer.from(`---\ntags: [a]\n---\n${HEADER.replace('第 12 期', '第 X 期')}${PARAGRAPH}${FOOTER}`);
    expect(parseBriefing(bytes, 'issue.txt').problems.map((problem) => [problem.line, problem.field])).toEqual([[6, '期号 (issue)']]);
  });

  it('should refuse a pdf link that is not http or https', () => {
    const bytes = Buffer.from(`---\npdf: javascript:alert(1)\n---\n${HEADER}${PARAGRAPH}${FOOTER}`);
    const result = parseBriefing(bytes, 'issue.txt');
    expect(result.issue).toBeUndefined();
    expect(result.problems.map((problem) => [problem.line, problem.field])).toEqual([[2, 'front matter pdf']]);
  });

  it('should accept a YAML date and keep it as an ISO date', () => {
    const bytes = Buffer.from(`---\ndate: 2021-03-09\n---\n${HEADER}${PARAGRAPH}${FOOTER}`);
    expect(parseBriefing(bytes, 'issue.txt').issue!.date).toBe('2021-03-09');
  });

  it('should read an alias used within the limit, as YAML means it', () => {
    const bytes = Buffer.from(`---\nnote: &n 原件第2页缺损。\ntags: [*n, *n]\n---\n${HEADER}${PARAGRAPH}${FOOTER}`);
    expect(parseBriefing(bytes, 'issue.txt').issue!.tags).toEqual(['原件第2页缺损。', '原件第2页缺损。']);
  });

  it('should report a block without its closing --- line at line 1 and still read the text after it', () => {
    const bytes = Buffer.from(`---\ntags: [a]\n${HEADER.replace('第 12 期', '第 X 期')}${PARAGRAPH}${FOOTER}`);
    const problems = parseBriefing(bytes, 'issue.txt').problems.map((problem) => [problem.line, problem.field, problem.reason]);
    expect(problems[0]).toEqual([1, 'front matter', 'the YAML block is not closed']);
    expect(problems.some(([, field]) => field === '期号 (issue)')).toBe(true);
  });
});
