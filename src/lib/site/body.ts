/**
 * An article's body as HTML. The text of a briefing is only ever a text
 * node of a hast tree; unified's HTML stringifier escapes it, so a briefing
 * that contains `<script>` or `<img onerror=…>` shows those characters and
 * runs nothing. This is the only HTML the pages insert with `set:html`.
 */
import type { Element, ElementContent, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { Article } from '../briefing/index.ts';

const processor = unified().use(rehypeStringify);

/**
 * The body tree: headings (h3) and paragraphs in order. An untitled item's
 * lead is the first sentence of its first paragraph: that sentence is set in
 * <strong> inside the paragraph, not repeated. A lead that is not the start
 * of the first paragraph (a front-matter correction) stands in its own
 * paragraph before the body.
 */
export function articleBodyTree(article: Article): Root {
  const children: ElementContent[] = [];
  const first = article.blocks[0];
  const leadInText = article.lead !== null && first?.type === 'paragraph' && first.text.startsWith(article.lead);
  if (article.lead !== null && !leadInText) {
    children.push(element('p', [element('strong', [text(article.lead)])], ['lead']));
  }
  article.blocks.forEach((block, index) => {
    if (block.type === 'heading') {
      children.push(element('h3', [text(block.text)]));
    } else if (index === 0 && leadInText) {
      const rest = block.text.slice(article.lead!.length);
      children.push(element('p', [element('strong', [text(article.lead!)], ['lead']), ...(rest === '' ? [] : [text(rest)])]));
    } else {
      children.push(element('p', [text(block.text)]));
    }
  });
  return { type: 'root', children };
}

export function articleBodyHtml(article: Article): string {
  return processor.stringify(articleBodyTree(article));
}

function element(tagName: string, children: ElementContent[], className?: string[]): Element {
  return { type: 'element', tagName, properties: className === undefined ? {} : { className }, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}
