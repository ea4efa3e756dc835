/**
 * Results of the merged shards, which Pagefind names by a short hash of the
 * page: two pages of different shards can share one (at 5,000 generated
 * issues, 3470#a4 and 4827#a1 did), so a result is never looked up by its
 * id alone: the search finds where each stands in the index, and compares
 * those. Kept free of imports, since the page's script bundles it.
 */

interface Named {
  id: string;
}

/**
 * Where results stand among `pages` (every page of the index, in its
 * order): a function from results to their positions. A shared id is told
 * apart by the page's URL, which costs the fragments of those few pages
 * only. A result that is no page of the index is an error.
 */
export function positionsIn<T extends Named>(pages: readonly T[], urlOf: (page: T) => Promise<string>): (results: readonly T[]) => Promise<number[]> {
  const positions = new Map<string, number[]>();
  pages.forEach((page, position) => {
    const known = positions.get(page.id);
    if (known === undefined) positions.set(page.id, [position]);
    else known.push(position);
  });
  const positionOf = async (result: T): Promise<number> => {
    const candidates = positions.get(result.id) ?? [];
    if (candidates.length === 1) return candidates[0]!;
    const url = await urlOf(result);
    for (const position of candidates) if ((await urlOf(pages[position]!)) === url) return position;
    throw new Error(`search result ${url} is not a page of the index`);
  };
  return (results) => Promise.all(results.map(positionOf));
}
