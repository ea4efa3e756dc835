/** The Atom feed of new issues: the newest issues, each linking to its page. */
import type { Issue } from '../briefing/index.ts';
import { articleLabel, articlesOf, newestFirst } from './archive.ts';
import { formatDate } from './dates.ts';
import { t } from './strings.ts';
import { absoluteUrl, urls } from './urls.ts';
import { atomFeed } from './xml.ts';

export function issueFeed(issues: readonly Issue[], site: URL | string, limit = 50): string {
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
