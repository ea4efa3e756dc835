/**
 * Search records: one per ARTICLE (site.md §2), for Pagefind's
 * `addCustomRecord`. A record holds every character of its article (kicker,
 * title, subtitle, lead, body, source) and then its issue's header and
 * footer (期号, 总期号, date, publisher, 责编, 核稿, contact, 报/送/发), so
 * searching an editor's name finds every issue they edited. The article
 * comes first, so excerpts come from it when they can.
 *
 * Pagefind indexes metadata as well as text, and a record found through its
 * metadata alone would be a result that does not hold the query (an ISO date
 * `2021-03-08` would answer `03`). So every meta value is written as it
 * stands in the record's text (the date as printed), and districts and
 * section, which the text may spell otherwise (崇文区 for 东城区), travel as
 * filter values, which the index keeps beside Pagefind's
 * (src/lib/search/facets.ts).
 */
import type { Issue } from '../briefing/index.ts';
import { articlesOf, type ArticleRef } from './archive.ts';
import { formatDate, yearOf } from './dates.ts';
import type { FilterName } from './search-fields.ts';
import { t } from './strings.ts';


export interface SearchRecord {
  url: string;
  /** Every character a search must find in this article, as readers see it. */
  content: string;
  /** Each value a piece of `content`. */
  meta: {
    /** The title, or the lead of an untitled item; '' when there is neither. */
    title: string;
    totalIssue: string;
    issue: string;
    /** As printed: `2021年3月8日`. */
    date: string;
  };
  filters: Partial<Record<FilterName, string[]>>;
}

export function searchRecords(issue: Issue): SearchRecord[] {
  const issueText = issueFields(issue);
  return articlesOf(issue).map((ref) => record(ref, issueText));
}

/** The text of the article itself, in reading order. */
export function articleText(ref: ArticleRef): string[] {
  const { article } = ref;
  const first = article.blocks[0]?.text ?? '';
  const leadApart = article.lead !== null && !first.startsWith(article.lead);
  return [
    article.kicker,
    article.title,
    article.subtitle === null ? null : `——${article.subtitle}`,
    leadApart ? article.lead : null,
    ...article.blocks.map((block) => block.text),
    article.source === null ? null : `（${article.source}）`,
    // The 栏目 marker is printed above the article; it comes after the text so excerpts start with the article.
    ref.section === null ? null : `【${ref.section}】`,
  ].filter((part): part is string => part !== null);
}

/** Header and footer of the issue, labelled as printed. */
export function issueFields(issue: Issue): string[] {
  const { contact, distribution } = issue;
  const labelled = (label: string, value: string | null) => (value === null ? null : `${label}：${value}`);
  const list = (label: string, recipients: readonly string[]) => (recipients.length === 0 ? null : `${label}：${recipients.join('，')}。`);
  return [
    issue.publication,
    t('issue.numbers', { issue: issue.issue, total: issue.totalIssue }),
    issue.publisher,
    formatDate(issue.date),
    labelled(t('issue.editor'), issue.editor),
    labelled(t('issue.reviewer'), issue.reviewer),
    labelled(t('issue.phone'), contact.phone),
    labelled(t('issue.fax'), contact.fax),
    labelled(t('issue.email'), contact.email),
    list(t('issue.report'), distribution.report),
    list(t('issue.send'), distribution.send),
    list(t('issue.distribute'), distribution.distribute),
    ...issue.unplaced.map((line) => line.text),
    issue.note,
    ...issue.tags,
  ].filter((part): part is string => part !== null);
}

function record(ref: ArticleRef, issueText: readonly string[]): SearchRecord {
  const { issue, article } = ref;
  const filters: SearchRecord['filters'] = { 年份: [yearOf(issue.date)] };
  if (article.districts.length > 0) filters.区 = [...article.districts];
  if (ref.section !== null) filters.栏目 = [ref.section];
  return {
    url: ref.url,
    content: [...articleText(ref), ...issueText].join('\n'),
    meta: {
      title: article.title ?? article.lead ?? '',
      totalIssue: String(issue.totalIssue),
      issue: String(issue.issue),
      date: formatDate(issue.date),
    },
    filters,
  };
}
