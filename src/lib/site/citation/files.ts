/**
 * The citation files of one issue: BibTeX and RIS for the issue and for
 * each of its articles, at the paths urls.ts gives them. `astro build`
 * writes them beside the issue's .txt and .json (src/integrations/issue-files.ts);
 * `astro dev` serves them from src/pages/issues/[...citation].ts.
 */
import type { Issue } from '../../briefing/index.ts';
import { articlesOf } from '../archive.ts';
import { absoluteUrl, routes, urls, type CitationFormat } from '../urls.ts';
import { articleBibtex, issueBibtex } from './bibtex.ts';
import { articleRis, issueRis } from './ris.ts';
import { citedArticle, citedIssue } from './work.ts';

export interface CitationFile {
  /** Its place in the built site (dist/, without the base): urls.ts's `routes`. */
  path: string;
  format: CitationFormat;
  text: string;
}

export const CITATION_CONTENT_TYPES: Readonly<Record<CitationFormat, string>> = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
};

export function citationFiles(issue: Issue, site: URL | string): CitationFile[] {
  const work = citedIssue(issue, absoluteUrl(site, urls.issue(issue.totalIssue)));
  const files: CitationFile[] = [
    { path: routes.issueCitation(issue.totalIssue, 'bib'), format: 'bib', text: issueBibtex(work) },
    { path: routes.issueCitation(issue.totalIssue, 'ris'), format: 'ris', text: issueRis(work) },
  ];
  for (const ref of articlesOf(issue)) {
    const article = citedArticle(ref, absoluteUrl(site, ref.url));
    files.push(
      { path: routes.articleCitation(issue.totalIssue, ref.position, 'bib'), format: 'bib', text: articleBibtex(article) },
      { path: routes.articleCitation(issue.totalIssue, ref.position, 'ris'), format: 'ris', text: articleRis(article) },
    );
  }
  return files;
}
