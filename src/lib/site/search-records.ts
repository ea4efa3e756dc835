/**
 * What a search must find. A result is an ARTICLE (site.md §2): its search
 * record holds every character of the article (kicker, title, subtitle,
 * lead, body, source) and then its issue's header and footer (期号, 总期号,
 * date, publisher, 责编, 核稿, contact, 报/送/发), so searching an editor's
 * name finds every issue they edited. The article comes first, so excerpts
 * come from it when they can.
 *
 * The index holds an issue's records together, as one `IssueRecord` for
 * Pagefind's `addCustomRecord`: each article once, and the header and
 * footer once (src/lib/search/bigrams.ts tells why).
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
import type { ArticleText } from '../search/bigrams.ts';
import { articlesOf, type ArticleRef } from './archive.ts';
import { formatDate, yearOf } from './dates.ts';
import type { FilterName } from './search-fields.ts';
import { t } from './strings.ts';
import { urls } from './urls.ts';


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

/** An issue as the index takes it: its articles' text, each with its heading and filter values, and its header and footer once. */
export interface IssueRecord {
  url: string;
  articles: Array<ArticleText & { filters: SearchRecord['filters'] }>;
  /** The header and footer, `issueFields` a line each. */
  fields: string;
  meta: Omit<SearchRecord['meta'], 'title'>;
}

export function issueRecord(issue: Issue): IssueRecord {
  const articles = articlesOf(issue).map((ref) => {
    const { lines, heading } = articleLines(ref);
    return { text: lines.join('\n'), heading, filters: filtersOf(ref) };
  });
  return { url: urls.issue(issue.totalIssue), articles, fields: issueFields(issue).join('\n'), meta: issueMeta(issue) };
}

/** The text of the article itself, in reading order. */
export function articleText(ref: ArticleRef): string[] {
  return articleLines(ref).lines;
}

/**
 * The article's text as lines, and where its heading is in them joined by
 * line breaks: the title, a line of its own, or else the lead, a line of
 * its own too or the start of the first paragraph.
 */
function articleLines(ref: ArticleRef): { lines: string[]; heading: ArticleText['heading'] } {
  const { article } = ref;
  const first = article.blocks[0]?.text ?? '';
  const leadApart = article.lead !== null && !first.startsWith(article.lead);
  const lines: string[] = [];
  let heading: ArticleText['heading'] = null;
  /** Adds a line; `startsWith`, the heading it starts with, if no line before did. */
  const add = (line: string | null, startsWith: string | null = null) => {
    if (line === null) return;
    if (startsWith !== null && heading === null) {
      const from = lines.reduce((offset, before) => offset + before.length + 1, 0);
      heading = { from, to: from + startsWith.length };
    }
    lines.push(line);
  };
  const untitledLead = article.title === null ? article.lead : null;
  add(article.kicker);
  add(article.title, article.title);
  add(article.subtitle === null ? null : `——${article.subtitle}`);
  add(leadApart ? article.lead : null, untitledLead);
  for (const block of article.blocks) add(block.text, untitledLead);
  add(article.source === null ? null : `（${article.source}）`);
  // The 栏目 marker is printed above the article; it comes after the text so excerpts start with the article.
  add(ref.section === null ? null : `【${ref.section}】`);
  return { lines, heading };
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
  const { article, issue } = ref;
  const meta = { title: article.title ?? article.lead ?? '', ...issueMeta(issue) };
  return { url: ref.url, content: [...articleText(ref), ...issueText].join('\n'), meta, filters: filtersOf(ref) };
}

function issueMeta(issue: Issue): IssueRecord['meta'] {
  return { totalIssue: String(issue.totalIssue), issue: String(issue.issue), date: formatDate(issue.date) };
}

function filtersOf({ issue, article, section }: ArticleRef): SearchRecord['filters'] {
  const filters: SearchRecord['filters'] = { 年份: [yearOf(issue.date)] };
  if (article.districts.length > 0) filters.区 = [...article.districts];
  if (section !== null) filters.栏目 = [section];
  return filters;
}
