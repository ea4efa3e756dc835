/**
 * /data/articles.csv: one row per article or district item, newest issue
 * first, print order within an issue. UTF-8 with a byte-order mark, which is
 * how Excel on a Chinese Windows knows the file is not GBK, and RFC 4180
 * quoting (CRLF rows, fields with commas, quotes or line breaks quoted),
 * written by csv-stringify. Column names are a contract (site.md §4).
 */
import { stringify } from 'csv-stringify/sync';
import type { Issue } from '../../briefing/index.ts';
import { allArticles, type ArticleRef } from '../archive.ts';
import { absoluteUrl } from '../urls.ts';

export const ARTICLE_COLUMNS = ['总期号', '期号', '日期', '栏目', '区', '引题', '标题或导语', '来源', '网址', '字数'] as const;

const BOM = '\uFEFF';

export function articlesCsv(issues: readonly Issue[], site: URL | string): string {
  const rows = allArticles(issues).map((ref) => articleRow(ref, site));
  return BOM + stringify(rows, { header: true, columns: [...ARTICLE_COLUMNS], record_delimiter: '\r\n' });
}

/**
 * 字数: the characters of the article's body (its blocks, whitespace left out),
 * counted by code point as Chinese editors count 字.
 */
export function articleCharacters(ref: ArticleRef): number {
  return ref.article.blocks.reduce((count, block) => count + Array.from(block.text.replace(/\s+/g, '')).length, 0);
}

function articleRow(ref: ArticleRef, site: URL | string): Record<(typeof ARTICLE_COLUMNS)[number], string | number> {
  const { issue, article } = ref;
  return {
    总期号: issue.totalIssue,
    期号: issue.issue,
    日期: issue.date,
    栏目: ref.section ?? '',
    区: article.districts.join('、'),
    引题: article.kicker ?? '',
    标题或导语: article.title ?? article.lead ?? '',
    来源: article.source ?? '',
    网址: absoluteUrl(site, ref.url),
    字数: articleCharacters(ref),
  };
}
