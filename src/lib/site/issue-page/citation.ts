/**
 * 引用本文 under an article on the published site: its GB/T 7714-2015
 * reference as text (there without JavaScript), a copy button the page's
 * script reveals (src/scripts/citation.ts), and its BibTeX and RIS files.
 * The 引用日期 is the day the page was built until the script puts in the
 * reader's own day. The desk's preview has no citation: an issue not yet
 * published has no URL to cite.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { ArticleRef } from '../archive.ts';
import { gbtReferenceAround } from '../citation/gbt7714.ts';
import { citedArticle } from '../citation/work.ts';
import { t } from '../strings.ts';
import { absoluteUrl, urls } from '../urls.ts';

export interface CitationContext {
  /** The site's origin, for the absolute URL of the article. */
  site: URL | string;
  /** The 引用日期 written into the page, YYYY-MM-DD. */
  accessDate: string;
}

export function articleCitation(ref: ArticleRef, { site, accessDate }: CitationContext): Element {
  const [head, tail] = gbtReferenceAround(citedArticle(ref, absoluteUrl(site, ref.url)));
  const textId = `${ref.anchor}-cite`;
  const total = ref.issue.totalIssue;
  return h('section.citation', { ariaLabelledBy: `${textId}-heading` }, [
    h('h3.citation__heading', { id: `${textId}-heading` }, t('cite.heading')),
    h('p.citation__text', { id: textId }, [head, '[', h('span.citation__date', accessDate), ']', tail]),
    h('p.citation__actions', [
      h('button.citation__copy', { type: 'button', dataCopy: textId, hidden: true }, t('cite.copy')),
      h('a', { href: urls.articleCitation(total, ref.position, 'bib'), type: 'application/x-bibtex', download: '' }, 'BibTeX'),
      h('a', { href: urls.articleCitation(total, ref.position, 'ris'), type: 'application/x-research-info-systems', download: '' }, 'RIS'),
      h('span.citation__status', { role: 'status' }),
    ]),
  ]);
}
