/**
 * Pagefind's excerpts are HTML: the text with `<` and `>` written as `&lt;`
 * and `&gt;` (it leaves `&` alone) and the matches wrapped in `<mark>`. The
 * search page never parses that as HTML: it splits it here into plain text
 * runs and sets each with `textContent`, so a briefing containing `<script>`
 * shows `<script>`.
 */
export interface ExcerptPart {
  text: string;
  /** Part of the match, shown highlighted. */
  mark: boolean;
}

export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece !== '') {
      const text = piece.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
      const last = parts.at(-1);
      if (last !== undefined && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}
