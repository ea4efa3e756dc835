/**
 * Search excerpts are made here from the article's plain text, never from
 * HTML: the page sets each part with textContent, so a briefing containing
 * `<script>` shows `<script>`.
 */
export interface ExcerptPart {
  text: string;
  /** Part of a match, shown highlighted. */
  mark: boolean;
}

/** Characters of context shown before the first match and in all. */
const BEFORE = 20;
const LENGTH = 90;

/**
 * The stretch of `text` around the first occurrence of the first term found,
 * with every occurrence of any term inside it marked. Matching ignores case,
 * as the search does. It keeps to that occurrence's paragraph (line of
 * `text`), so no paragraph break shows as an inserted space.
 */
export function excerptAround(text: string, terms: readonly string[], length = LENGTH): ExcerptPart[] {
  const lower = text.toLowerCase();
  const wanted = terms.map((term) => term.toLowerCase()).filter((term) => term !== '');
  const firsts = wanted.map((term) => lower.indexOf(term)).filter((index) => index !== -1);
  const first = firsts.length === 0 ? 0 : Math.min(...firsts);
  const paragraphEnd = text.indexOf('\n', first);
  const start = Math.max(text.lastIndexOf('\n', first - 1) + 1, first - BEFORE);
  const end = Math.min(paragraphEnd === -1 ? text.length : paragraphEnd, start + length);

  const marked = new Uint8Array(end - start);
  for (const term of wanted) {
    for (let at = lower.indexOf(term, start); at !== -1 && at < end; at = lower.indexOf(term, at + 1)) {
      marked.fill(1, at - start, Math.min(at + term.length, end) - start);
    }
  }
  const parts: ExcerptPart[] = [];
  for (let index = start; index < end; index += 1) {
    const mark = marked[index - start] === 1;
    const last = parts.at(-1);
    if (last !== undefined && last.mark === mark) last.text += text[index];
    else parts.push({ text: text[index]!, mark });
  }
  if (start > 0) parts.unshift({ text: '…', mark: false });
  if (end < text.length) parts.push({ text: '…', mark: false });
  return parts;
}
