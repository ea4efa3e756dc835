/** 本期目录: links to each article's anchor, for issues with more than one. */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { articleLabel, type ArticleRef } from '../archive.ts';
import { t } from '../strings.ts';

export function issueContents(articles: readonly ArticleRef[]): Element {
  return h('nav.issue-contents', { ariaLabel: t('issue.contents') }, [
    h('p.issue-contents__title', t('issue.contents')),
    h(
      'ol',
      articles.map((ref) =>
        h('li', [
          h('a', { href: `#${ref.anchor}` }, articleLabel(ref.article)),
          ref.article.districts.length > 0 ? h('span.muted', `（${ref.article.districts.join('、')}）`) : [],
        ]),
      ),
    ),
  ]);
}
