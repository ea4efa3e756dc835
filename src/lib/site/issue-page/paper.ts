/**
 * An issue laid out like the paper briefing: the one rendering of it, shared
 * by the issue page (serialised to HTML at build time) and the editor's desk
 * preview (made into DOM nodes in the browser). Pure: issue in, hast out.
 * Briefing text only ever becomes text nodes and attribute values, which
 * both serialisers escape; no raw HTML node is ever made.
 */
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Issue } from '../../briefing/index.ts';
import { sectionsOf } from '../archive.ts';
import { t } from '../strings.ts';
import { issueArticle } from './article.ts';
import { articleCitation, type CitationContext } from './citation.ts';
import { issueColophon } from './colophon.ts';
import { issueContents } from './contents.ts';
import { issueHeader } from './header.ts';

/** With `citation`, each article is followed by its 引用本文 (the published site; the desk's preview has none). */
export function issuePaper(issue: Issue, citation?: CitationContext): Element {
  const sections = sectionsOf(issue);
  const articles = sections.flatMap((section) => section.articles);
  return h('article.issue.paper', { dataTotalIssue: issue.totalIssue }, [
    issueHeader(issue),
    issue.note === null ? [] : h('aside.issue-note', { ariaLabel: t('issue.note') }, h('p', [h('strong', `${t('issue.note')}：`), issue.note])),
    issue.tags.length === 0 ? [] : h('p.issue-tags', `${t('issue.tags')}：${issue.tags.join('、')}`),
    articles.length > 1 ? issueContents(articles) : [],
    sections.map((section) =>
      h('section.issue-section', [
        section.name === null ? [] : h('h2.section-name', `【${section.name}】`),
        section.articles.map((ref) => issueArticle(ref.article, ref.anchor, citation && articleCitation(ref, citation))),
      ]),
    ),
    issueColophon(issue),
  ]);
}

/** The paper as HTML for the issue page (every text node and attribute escaped). */
export function issuePaperHtml(issue: Issue, citation?: CitationContext): string {
  return toHtml(issuePaper(issue, citation));
}
