/**
 * An article's body: headings (h3) and paragraphs in order. The text of a
 * briefing is only ever a text node here; the serialiser (site) escapes it
 * and the desk makes DOM text nodes of it, so a briefing that contains
 * `<script>` or `<img onerror=…>` shows those characters and runs nothing.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Article } from '../../briefing/index.ts';

/**
 * An untitled item's lead is the first sentence of its first paragraph:
 * that sentence is set in <strong> inside the paragraph, not repeated. A lead
 * that is not the start of the first paragraph (a front-matter correction)
 * stands in its own paragraph before the body.
 */
export function articleBody(article: Article): Element {
  const children: ElementContent[] = [];
  const { lead } = article;
  const first = article.blocks[0];
  const leadInText = lead !== null && first?.type === 'paragraph' && first.text.startsWith(lead);
  if (lead !== null && !leadInText) children.push(h('p.lead', h('strong', lead)));
  article.blocks.forEach((block, index) => {
    if (block.type === 'heading') {
      children.push(h('h3', block.text));
    } else if (index === 0 && leadInText) {
      const rest = block.text.slice(lead.length);
      children.push(h('p', h('strong.lead', lead), rest === '' ? [] : rest));
    } else {
      children.push(h('p', block.text));
    }
  });
  return h('div.article-body', children);
}
