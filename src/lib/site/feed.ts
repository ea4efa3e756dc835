/**
 * The Atom feeds: new issues (/feed.xml), and each district's and section's
 * newest articles, each entry linking to the article's anchor.
 */
import type { Issue } from '../briefing/index.ts';
import { articleLabel, articlesOf, newestFirst, type ArticleRef } from './archive.ts';
import { formatDate } from './dates.ts';
import { t } from './strings.ts';
import { absoluteUrl, urls } from './urls.ts';
import { atomFeed } from './xml.ts';

const FEED_LENGTH = 50;

export function issueFeed(issues: readonly Issue[], site: URL | string, limit = FEED_LENGTH): string {
  const newest = newestFirst(issues);
  return atomFeed({
    title: t('feed.title'),
    author: newest[0]?.publisher ?? t('site.name'),
    home: absoluteUrl(site, urls.home),
    self: absoluteUrl(site, urls.feed),
    entries: newest
      .slice(0, limit)
      .map((issue) => ({
        url: absoluteUrl(site, urls.issue(issue.totalIssue)),
        title: `${t('feed.entry', { issue: issue.issue, total: issue.totalIssue })} ${formatDate(issue.date)}`,
        date: issue.date,
        summary: articlesOf(issue)
          .map((ref) => articleLabel(ref.article, 60))
          .join('；'),
      })),
  });
}

export interface ArticleFeed {
  title: string;
  /** Site path of the list page the feed follows. */
  page: string;
  /** Site path of the feed itself. */
  self: string;
  /** Newest first. */
  articles: readonly ArticleRef[];
}

/** A feed of a list's newest articles: the entry's title is the article's, its summary where and when it was printed. */
export function articleFeed(feed: ArticleFeed, site: URL | string, limit = FEED_LENGTH): string {
  return atomFeed({
    title: `${feed.title} · ${t('site.name')}`,
    author: feed.articles[0]?.issue.publisher ?? t('site.name'),
    home: absoluteUrl(site, feed.page),
    self: absoluteUrl(site, feed.self),
    entries: feed.articles.slice(0, limit).map((ref) => ({
      url: absoluteUrl(site, ref.url),
      title: articleLabel(ref.article, 60),
      date: ref.issue.date,
      summary: [
        t('feed.entry', { issue: ref.issue.issue, total: ref.issue.totalIssue }),
        formatDate(ref.issue.date),
        ...(ref.section === null ? [] : [`【${ref.section}】`]),
        ref.article.districts.join('、'),
      ]
        .filter((part) => part !== '')
        .join(' '),
    })),
  });
}
