/**
 * What a citation says about an issue or one of its articles, read once
 * from the parsed issue so that GB/T 7714, BibTeX, RIS and the meta tags
 * never disagree: who is responsible, the title, the serial it is in, its
 * 期号/总期号, date and URL.
 */
import type { Issue } from '../../briefing/index.ts';
import type { ArticleRef } from '../archive.ts';
import { t } from '../strings.ts';

export interface CitedWork {
  /** A citation key made of the 总期号 (and anchor): `jianbao2178`, `jianbao2178a1`. */
  key: string;
  /** The responsible body: an article's source unit as printed, else the issue's publisher. */
  author: string;
  /** 题名 (an untitled item's lead, its closing 。 dropped). */
  title: string;
  /** 副题, when printed: GB/T 7714's 其他题名信息. */
  subtitle: string | null;
  /** 刊名 */
  journal: string;
  publisher: string;
  /** 期号 */
  issue: number;
  /** 总期号 */
  totalIssue: number;
  /** YYYY-MM-DD */
  date: string;
  /** Absolute URL of the page (the article's anchor for an article). */
  url: string;
}

export function citedArticle(ref: ArticleRef, url: string): CitedWork {
  const { issue, article } = ref;
  const heading = article.title ?? article.lead ?? t('issue.untitled');
  return {
    ...citedIssue(issue, url),
    key: `jianbao${issue.totalIssue}${ref.anchor}`,
    author: article.source ?? issue.publisher,
    title: heading.replace(/[。！？]$/u, ''),
    subtitle: article.title === null ? null : article.subtitle,
  };
}

export function citedIssue(issue: Issue, url: string): CitedWork {
  return {
    key: `jianbao${issue.totalIssue}`,
    author: issue.publisher,
    title: t('issue.heading', { publication: issue.publication, issue: issue.issue, total: issue.totalIssue }),
    subtitle: null,
    journal: issue.publication,
    publisher: issue.publisher,
    issue: issue.issue,
    totalIssue: issue.totalIssue,
    date: issue.date,
    url,
  };
}
