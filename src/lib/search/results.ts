/**
 * Results of the merged shards, which Pagefind names by a short hash of the
 * page: two pages of different shards can share one (at 5,000 generated
 * issues, 3470#a4 and 4827#a1 did), so a result is never looked up by its
 * id alone. Kept free of imports, since the page's script bundles it.
 */

interface Named {
  id: string;
}

/** The candidates that `results` also holds, namesakes of another shard included (the text check that follows drops them). */
export function alsoIn<T extends Named>(candidates: readonly T[], results: readonly Named[]): T[] {
  const ids = new Set(results.map((result) => result.id));
  return candidates.filter((candidate) => ids.has(candidate.id));
}

/**
 * The pages of `results`, in the order of `pages` (every page of the index,
 * in its order). A shared id is told apart by the page's URL, which costs
 * the fragments of those few pages only.
 */
export async function inPageOrder<T extends Named>(pages: readonly T[], results: readonly T[], urlOf: (page: T) => Promise<string>): Promise<T[]> {
  const ids = new Set(results.map((result) => result.id));
  const counts = new Map<string, number>();
  for (const page of pages) counts.set(page.id, (counts.get(page.id) ?? 0) + 1);
  const shared = (page: T) => (counts.get(page.id) ?? 0) > 1;
  const sharedUrls = new Set(await Promise.all(results.filter(shared).map(urlOf)));
  const ordered: T[] = [];
  for (const page of pages) {
    if (!ids.has(page.id)) continue;
    if (shared(page) && !sharedUrls.has(await urlOf(page))) continue;
    ordered.push(page);
  }
  return ordered;
}
