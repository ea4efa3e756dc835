/**
 * A long term found by some of its pairs, not all of them. Kept free of
 * imports, since the page's script bundles it.
 *
 * Why: the index holds every pair of neighbouring characters at its word
 * position (src/lib/search/bigrams.ts), and Pagefind's exact phrase needs
 * the positions of every pair of the term, each from its own index chunk in
 * every shard: 《北京市文明行为促进条例》 is 12 pairs, 48 chunks at 5,000
 * issues, among them 文明, which fills a chunk of its own (65 KB a shard).
 * The term is just as well told by pairs that overlap or touch, as long as
 * they stand at their distances: 垃圾 at p and 分类 at p + 2 is 垃圾分类.
 *
 * Why that is exact: a pair at p means the next position holds a token that
 * starts with the pair's second character, either another pair of the same
 * run or that character alone, ending its run. Every run ends in a token
 * that Pagefind does not index (a space or another mark), which takes a
 * position of its own; so if a pair also stands at p + 2, the token at
 * p + 1 cannot have ended a run, and is the pair that joins the two.
 *
 * Which pairs: the first and the last are needed (no other pair holds the
 * term's first or last character); between them no gap of more than one
 * pair. Among those covers, the one that avoids the pairs known to have an
 * index chunk's worth of positions (heavy pairs: the index lists them,
 * src/lib/search/shards.ts), then the one with fewest pairs.
 *
 * When: only to go round such a word. Each pair of a cover is a search of
 * its own that lists every page and position of the pair, where Pagefind's
 * phrase search compares positions inside its WebAssembly; at 5,000 issues
 * a cover of 《北京市文明行为促进条例》 fetches 468 KB instead of 897 KB but
 * takes about 0.15 s more, and one that has to hold 文明 itself about 1 s
 * more, for a tenth of the bytes saved.
 */

export interface CoverPair {
  /** Two neighbouring characters of the term. */
  pair: string;
  /** Where the pair starts in the term, in characters. */
  offset: number;
}

/** What a heavy pair costs against any other: its chunk is several times a median one (文明: ten). */
const HEAVY_COST = 8;

/**
 * The pairs that find `run` (a term of indexed characters only, as one run):
 * undefined when it has fewer than two characters.
 */
export function coverOf(run: string, heavyWords: ReadonlySet<string>): CoverPair[] | undefined {
  const pairs = pairsOf(run);
  if (pairs.length === 0) return undefined;
  const cost = (offset: number) => (isHeavy(pairs[offset]!, heavyWords) ? HEAVY_COST : 1);
  // best[i]: the cheapest cover of the term up to pair i that includes pair i, and the pair before it.
  const best: Array<{ cost: number; previous: number }> = [];
  for (let offset = 0; offset < pairs.length; offset += 1) {
    // The pair before is one or two back; on equal cost two back, for fewer pairs.
    let previous = offset - 1;
    if (offset >= 2 && best[offset - 2]!.cost <= best[offset - 1]!.cost) previous = offset - 2;
    best.push({ cost: cost(offset) + (previous < 0 ? 0 : best[previous]!.cost), previous });
  }
  const cover: CoverPair[] = [];
  for (let offset = pairs.length - 1; offset >= 0; offset = best[offset]!.previous) cover.unshift(pairs[offset]!);
  return cover;
}

/**
 * The cover to ask instead of the term's phrase, if there is one worth it:
 * one that goes round every heavy pair of the term (see above).
 */
export function coverRound(run: string, heavyWords: ReadonlySet<string>): CoverPair[] | undefined {
  const cover = coverOf(run, heavyWords);
  const heavy = (pair: CoverPair) => isHeavy(pair, heavyWords);
  return cover !== undefined && !cover.some(heavy) && pairsOf(run).some(heavy) ? cover : undefined;
}

/** Whether the index lists the pair as heavy (it lists them as Pagefind indexes them, lower-cased). */
function isHeavy({ pair }: CoverPair, heavyWords: ReadonlySet<string>): boolean {
  return heavyWords.has(pair.toLowerCase());
}

/** Every pair of neighbouring characters of a run, where it starts. */
function pairsOf(run: string): CoverPair[] {
  const chars = Array.from(run);
  return chars.slice(0, -1).map((char, offset) => ({ pair: char + chars[offset + 1]!, offset }));
}

/** Which of the lists is shortest (the first of those): the one to go through, looking the others up. */
export function shortest(lists: ReadonlyArray<{ readonly length: number }>): number {
  return lists.reduce((least, list, at) => (list.length < lists[least]!.length ? at : least), 0);
}

/**
 * Where the term starts in one page: the positions p such that each pair of
 * the cover stands at p plus its offset (`positions[i]` lists where pair i
 * of the cover stands in the page).
 */
export function startsOf(cover: readonly CoverPair[], positions: ReadonlyArray<readonly number[]>): number[] {
  const fewest = shortest(positions);
  const others = positions.map((list) => new Set(list));
  const starts = positions[fewest]!.map((position) => position - cover[fewest]!.offset);
  return starts.filter((start) => start >= 0 && cover.every(({ offset }, index) => index === fewest || others[index]!.has(start + offset))).sort((a, b) => a - b);
}
