/**
 * The documents the briefings cite. The corpus's list was made by reading
 * the four files in /work/shared/corpus (every 《…》, with the article it
 * stands in); the short-form rules on articles made to order, since the
 * corpus defines none.
 */
import { describe, expect, it } from 'vitest';
import { citedDocuments, documentsCitedBy } from '../../src/lib/site/documents.ts';
import { article, corpusIssues, issue } from './support.ts';

describe('the documents the corpus cites', () => {
  it('should list every 《…》 title of the four files with the articles citing it, most cited first', () => {
    const found = citedDocuments(corpusIssues()).map((document) => [document.title, document.articles.map((ref) => ref.url)] as const);
    // Read off the files. 2169 (one article) and 2178 (one article) both name the two 条例 (2178 the first twice:
    // counted once); the parser's text has full-width brackets and no space before 年 (《创建全国文明城市 2021 年工作方案》).
    expect(new Map(found)).toEqual(
      new Map([
        ['北京市文明行为促进条例', ['/issues/2178/#a1', '/issues/2169/#a1']],
        ['北京市志愿服务促进条例', ['/issues/2178/#a1', '/issues/2169/#a1']],
        ['关于深化文明城区创建的三年行动计划（2021—2023年）', ['/issues/2169/#a1']],
        ['海淀区深化文明城区创建工作长效机制的意见', ['/issues/2171/#a1']],
        ['海淀区深化文明城区创建的三年行动方案', ['/issues/2171/#a1']],
        ['东城区关于深化全国文明城区创建工作的实施意见', ['/issues/2177/#a1']],
        ['东城区关于深化全国文明城区创建工作的三年行动计划（2021—2023）', ['/issues/2177/#a1']],
        ['创建全国文明城市三年行动计划（2021—2023年）', ['/issues/2177/#a2']],
        ['创建全国文明城市2021年工作方案', ['/issues/2177/#a2']],
        ['问题清单', ['/issues/2177/#a2']],
        ['优化提升回龙观天通苑地区公共服务和基础设施三年行动计划（2018—2020年）', ['/issues/2177/#a3']],
        ['关于深化回龙观天通苑地区文明创建的意见', ['/issues/2177/#a3']],
        ['首都文明委重点工作项目台账', ['/issues/2178/#a1']],
        ['施工围挡管理规范', ['/issues/2178/#a1']],
        ['战“疫”', ['/issues/2178/#a1']],
      ]),
    );
    // Most cited first: the two 条例, cited by two articles each
    expect(found.slice(0, 2).map(([title]) => title).sort()).toEqual(['北京市志愿服务促进条例', '北京市文明行为促进条例']);
  });
});

describe('short forms', () => {
  const defining = article({
    title: '贯彻条例',
    blocks: [
      { type: 'paragraph', text: '《北京市文明行为促进条例》（以下简称《条例》）施行一年。' },
      { type: 'paragraph', text: '《条例》规定了公共场所的文明行为，《条例》还规定了奖励。' },
    ],
  });

  it('should count a short form defined in the article under its full title, once', () => {
    expect(documentsCitedBy(defining)).toEqual(['北京市文明行为促进条例']);
  });

  it('should leave out a short form the article does not define, when another article defines it', () => {
    const bare = article({ blocks: [{ type: 'paragraph', text: '各区落实《细化方案》和《问题清单》。' }] });
    expect(documentsCitedBy(bare, new Set(['细化方案']))).toEqual(['问题清单']);
  });

  it('should leave out a title that is only a kind of document, when nothing resolves it', () => {
    const bare = article({ blocks: [{ type: 'paragraph', text: '认真学习《条例》和《实施意见》，对照《创建全国文明城市2021年工作方案》。' }] });
    expect(documentsCitedBy(bare)).toEqual(['创建全国文明城市2021年工作方案']);
  });

  it('should not list an archive’s undefined short form as a document, while counting its definition', () => {
    const issues = [
      issue({ totalIssue: 2, date: '2021-02-01', sections: [{ name: null, articles: [defining] }] }),
      issue({ totalIssue: 1, date: '2021-01-01', sections: [{ name: null, articles: [article({ blocks: [{ type: 'paragraph', text: '《条例》即将施行。' }] })] }] }),
    ];
    expect(citedDocuments(issues).map((document) => [document.title, document.articles.map((ref) => ref.url)])).toEqual([['北京市文明行为促进条例', ['/issues/2/#a1']]]);
  });
});

describe('the pages of /documents/', () => {
  it('should cut the list into numbered pages, most cited first, every document on one page', async () => {
    const { documentIndexPaths } = await import('../../src/lib/site/paths.ts');
    const paths = documentIndexPaths(corpusIssues(), 6);
    // 15 documents in the corpus (above): pages of 6, 6 and 3.
    expect(paths.map((path) => [path.params.page, path.props.documents.length, path.props.page, path.props.pages])).toEqual([
      [undefined, 6, 1, 3],
      ['2', 6, 2, 3],
      ['3', 3, 3, 3],
    ]);
    expect(paths.flatMap((path) => path.props.documents.map((document) => document.title))).toEqual(citedDocuments(corpusIssues()).map((document) => document.title));
  });

  it('should not take a title without a letter for a document, so no document’s folder is a page number', () => {
    expect(documentsCitedBy(article({ blocks: [{ type: 'paragraph', text: '见《2》和《2021》及《问题清单》。' }] }))).toEqual(['问题清单']);
  });
});
