/**
 * A long term found by some of its words, not all of them. It imports
 * only types, since the page's script bundles it.
 *
 * Why: the index holds a word at every character of a run, the pair it
 * starts (src/lib/search/bigrams.ts), and Pagefind's exact phrase needs
 * the positions of every word of the term, each from its own index chunk
 * in every shard: 《北京市文明行为促进条例》 is 12 words, 48 chunks at 5,000
 * issues. The term is just as well told by words that overlap or touch, as
 * long as they stand at their distances: 垃圾 at p and 分类 at p + 2 is
 * 垃圾分类.
 *
 * Why that is exact: a word at p tells the characters at p, p + 1 (and
 * p + 2, for a split pair with the character after it), and that the
 * positions up to the last of them hold words of the same run, one a
 * character. Every run ends in a word marked as its end, then a token that
 * Pagefind does not index (a space or another mark), which takes a
 * position of its own; so if a pair also stands one position past the
 * last character a word tells, the run goes on there, and the two join.
 *
 * Which words: the first and one that tells the last character are needed;
 * between them no gap. Among those covers, the one that avoids the words
 * known to have an index chunk's worth of positions (heavy words: the
 * index lists them, src/lib/search/shards.ts) and the split pair that ends
 * a term, asked by its start, then the one with fewest words.
 *
 * Every term is found this way, not by Pagefind's exact phrase: a phrase
 * reports only its first place in a page, and a page is an issue, whose
 * every article must be told apart (src/lib/search/bigrams.ts). Each word
 * of a cover is a search of its own that lists every page and position of
 * the word, and fetches fewer chunks than the phrase would: at 5,000 issues
 * a cover of 《北京市文明行为促进条例》 fetched 468 KB where the phrase took
 * 897 KB.
 */
import type { TermWord } from './bigrams.ts';

/** What a heavy word costs against any other: its chunk is several times a median one (文明 was ten). */
const HEAVY_COST = 8;

/**
 * The words that find a run (a term of indexed characters only), from
 * `termWords`: undefined when it has fewer than two characters. A word
 * tells `width` characters, and the next word of a cover may start at most
 * one character past them.
 */
export function coverOf(words: readonly TermWord[], heavyWords: ReadonlySet<string>): TermWord[] | undefined {
  if (words.length === 0) return undefined;
  const length = words.at(-1)!.offset + 2;
  const cost = (word: TermWord) => (word.prefix || isHeavy(word, heavyWords) ? HEAVY_COST : 1);
  // best[i]: the cheapest cover of the run up to word i that includes word i (fewest words on equal cost), and the word before it.
  const best: Array<{ cost: number; count: number; previous: number }> = [];
  for (const [at, word] of words.entries()) {
    // The earliest of equally good words before that reach it, for fewer words (the one just before always does).
    let previous = -1;
    for (let before = 0; before < at; before += 1) {
      if (before + words[before]!.width >= at && (previous < 0 || cheaper(best[before]!, best[previous]!))) previous = before;
    }
    const upTo = previous < 0 ? { cost: 0, count: 0 } : best[previous]!;
    best.push({ cost: upTo.cost + cost(word), count: upTo.count + 1, previous });
  }
  let last = -1;
  for (const [at, word] of words.entries()) {
    if (word.offset + word.width >= length && (last < 0 || cheaper(best[at]!, best[last]!))) last = at;
  }
  const cover: TermWord[] = [];
  for (let at = last; at >= 0; at = best[at]!.previous) cover.unshift(words[at]!);
  return cover;
}

/** Whether one cover costs less than another, or as much with fewer words. */
function cheaper(a: { cost: number; count: number }, b: { cost: number; count: number }): boolean {
  return a.cost < b.cost || (a.cost === b.cost && a.count < b.count);
}

/** Whether the index lists the word as heavy (it lists them as Pagefind indexes them, lower-cased). */
function isHeavy({ word }: TermWord, heavyWords: ReadonlySet<string>): boolean {
  return heavyWords.has(word.toLowerCase());
}

/** Which of the lists is shortest, by their sizes (the first of those): the one to go through, looking the others up. */
export function shortest(sizes: readonly number[]): number {
  return sizes.reduce((least, size, at) => (size < sizes[least]! ? at : least), 0);
}

/**
 * Where the term starts in one page: the positions p such that each word of
 * the cover stands at p plus its offset (`positions[i]` lists where word i
 * of the cover stands in the page).
 */
export function startsOf(cover: readonly TermWord[], positions: ReadonlyArray<readonly number[]>): number[] {
  const fewest = shortest(positions.map((list) => list.length));
  const others = positions.map((list) => new Set(list));
  const starts = positions[fewest]!.map((position) => position - cover[fewest]!.offset);
  return starts.filter((start) => start >= 0 && cover.every(({ offset }, index) => index === fewest || others[index]!.has(start + offset))).sort((a, b) => a - b);
}
