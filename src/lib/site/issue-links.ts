/**
 * The files an issue is published as, in the order a reader wants them:
 * the raw text, the structured JSON, and the original: the one the archive
 * keeps beside the text (/issues/N.pdf or .docx), and the one the front
 * matter links to elsewhere. The metadata block's 原文.
 */
import type { Issue } from '../briefing/index.ts';
import { t } from './strings.ts';
import { urls } from './urls.ts';

/** An original kept beside the text (src/lib/site/originals.ts finds it). */
export type OriginalKind = 'pdf' | 'docx';

export const ORIGINAL_CONTENT_TYPES: Record<OriginalKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface IssueFileLink {
  label: string;
  href: string;
  /** MIME type, for `type` on the link; undefined for a page elsewhere. */
  type: string | undefined;
  /** A link off the site (front matter's `pdf`). */
  external: boolean;
}

/** `original`: the kind of original the archive keeps beside the issue's text, if any. */
export function issueFileLinks(issue: Issue, original?: OriginalKind): IssueFileLink[] {
  const links: IssueFileLink[] = [
    { label: t('issue.raw'), href: urls.issueText(issue.totalIssue), type: 'text/plain', external: false },
    { label: t('issue.json'), href: urls.issueJson(issue.totalIssue), type: 'application/json', external: false },
  ];
  if (original !== undefined) {
    links.push({ label: t(original === 'pdf' ? 'issue.originalPdf' : 'issue.originalWord'), href: urls.issueOriginal(issue.totalIssue, original), type: ORIGINAL_CONTENT_TYPES[original], external: false });
  }
  if (issue.pdf !== null) links.push({ label: t('issue.pdf'), href: issue.pdf, type: undefined, external: true });
  return links;
}
