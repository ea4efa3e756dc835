/**
 * One article or district item, anchored `aN`: kicker / title / subtitle
 * (引题 / 主题 / 副题), the body (headings and paragraphs; an untitled
 * item's lead in bold), and its source in brackets.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Article } from '../../briefing/index.ts';
import { articleBody } from './body.ts';

/** `citation`: 引用本文 after the article (the published site only). */
export function issueArticle(article: Article, anchor: string, citation?: Element): Element {
  const kicker = article.kicker === null ? [] : [h('p.kicker', article.kicker)];
  const subtitle = article.subtitle === null ? [] : [h('p.subtitle', `——${article.subtitle}`)];
  const titles: ElementContent[] =
    article.title === null ? [...kicker, ...subtitle] : [h('hgroup.article-titles', [...kicker, h('h2.article-title', article.title), ...subtitle])];
  return h('article.article', { id: anchor }, [
    ...titles,
    articleBody(article),
    article.source === null ? [] : h('p.source', `（${article.source}）`),
    citation ?? [],
  ]);
}
