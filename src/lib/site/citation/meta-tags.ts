/**
 * The citation metadata reference managers read from an issue page, one
 * set per page (Zotero, EndNote click, Google Scholar): Highwire Press
 * `citation_*` tags and Dublin Core `DC.*` tags, both for the issue.
 */
import type { CitedWork } from './work.ts';

export interface MetaTag {
  name: string;
  content: string;
}

export function citationMetaTags(work: CitedWork): MetaTag[] {
  return [
    { name: 'citation_title', content: work.title },
    { name: 'citation_author', content: work.author },
    { name: 'citation_publisher', content: work.publisher },
    { name: 'citation_journal_title', content: work.journal },
    { name: 'citation_publication_date', content: work.date.replaceAll('-', '/') },
    { name: 'citation_issue', content: String(work.issue) },
    { name: 'citation_public_url', content: work.url },
    { name: 'citation_language', content: 'zh' },
    { name: 'DC.title', content: work.title },
    { name: 'DC.creator', content: work.author },
    { name: 'DC.publisher', content: work.publisher },
    { name: 'DC.date', content: work.date },
    { name: 'DC.type', content: 'Text' },
    { name: 'DC.identifier', content: work.url },
    { name: 'DC.source', content: work.journal },
    { name: 'DC.language', content: 'zh-CN' },
  ];
}
