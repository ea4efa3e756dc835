/**
 * Each issue's header and footer, indexed once: after its first article's
 * text, not after every article's. Kept free of imports, since the page's
 * script bundles it.
 *
 * A search finds an article by its issue's header and footer too (期号,
 * date, 责编, 报/送/发; the search issue), which are the same for every
 * article of the issue. Indexed with each article they were about 9% of the
 * index's characters at 5,000 issues, and a fifth of the positions of 文明,
 * which they hold six times (首都精神文明建设情况简报, 中央文明办, …). So
 * only the issue's first article holds them, after its own text, and the
 * shard lists where they start in that record (`IssuePart`): the search
 * widens a match there to every article of the issue (`widenToIssues`).
 */

/** Where an issue's header and footer are: in the record of its first article. */
export interface IssuePart {
  /** The word position where they start in that record. */
  start: number;
  /** How many articles the issue has: that page and the ones after it, in index order. */
  articles: number;
}

/** A page of the index where a term was found, and the word positions where it starts. */
export interface Located {
  position: number;
  words: readonly number[];
}

/**
 * The articles whose text, or whose issue's header and footer, hold the
 * term, from the pages where the index found it: each page keeps only the
 * positions in its own text, and a match in an issue's part brings in the
 * issue's other articles (made by `pageAt`, with no positions) right after
 * its first. `parts` is indexed by page position.
 */
export function widenToIssues<T extends Located>(found: readonly T[], parts: readonly (IssuePart | undefined)[], pageAt: (position: number) => T): T[] {
  const listed = new Set(found.map((page) => page.position));
  const widened: T[] = [];
  for (const page of found) {
    const part = parts[page.position];
    const own = part === undefined ? page.words : page.words.filter((word) => word < part.start);
    widened.push(own.length === page.words.length ? page : { ...page, words: own });
    if (part === undefined || own.length === page.words.length) continue;
    for (let sibling = page.position + 1; sibling < page.position + part.articles; sibling += 1) {
      if (!listed.has(sibling)) widened.push(pageAt(sibling));
    }
  }
  return widened;
}

/** For each page position, the position of its issue's first article (which holds the issue's part). */
export function issueFirstPages(parts: readonly (IssuePart | undefined)[]): number[] {
  const first: number[] = [];
  parts.forEach((part, position) => {
    if (part !== undefined) for (let article = 0; article < part.articles; article += 1) first[position + article] = position;
  });
  if (first.length !== parts.length || first.includes(undefined as never)) throw new Error('the index has articles outside any issue');
  return first;
}
