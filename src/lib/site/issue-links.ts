/**
 * The files an issue is published as, in the order a reader wants them:
 * the raw text, the structured JSON, and the original when the archive
 * names one: the metadata block's 原文. A new kind of original (an
 * /issues/N.pdf kept beside the text) is added here.
 */
import type { Issue } from '../briefing/index.ts';
import { t } from './strings.ts';
import { urls } from './urls.ts';

export interface IssueFileLink {
  label: string;
  href: string;
  /** MIME type, for `type` on the link; undefined for a page elsewhere. */
  type: string | undefined;
  /** A link off the site (front matter's `pdf`). */
  external: boolean;
}

export function issueFileLinks(issue: Issue): IssueFileLink[] {
  const links: IssueFileLink[] = [
    { label: t('issue.raw'), href: urls.issueText(issue.totalIssue), type: 'text/plain', external: false },
    { label: t('issue.json'), href: urls.issueJson(issue.totalIssue), type: 'application/json', external: false },
  ];
  if (issue.pdf !== null) links.push({ label: t('issue.pdf'), href: issue.pdf, type: undefined, external: true });
  return links;
}
