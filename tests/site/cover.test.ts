/** A long term found by some of its words at their distances (src/lib/search/cover.ts), exactly where the text holds it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { termWords, type TermWord } from '../../src/lib/search/bigrams.ts';
import { coverOf, startsOf } from '../../src/lib/search/cover.ts';
import { indexedText, pagefindWord } from './support.ts';

const NONE = new Set<string>();

/**
 * Where Pagefind finds an unquoted word among a page's words: at every
 * word that starts with it, or, where none does, at the longest word that
 * starts the query (pagefind_web/src/search.rs, find_word_extensions).
 */
function unquoted(words: readonly string[], query: string): number[] {
  const asked = query.toLowerCase();
  const indexed = new Set(words.filter((word) => word !== ''));
  let matching = [...indexed].filter((word) => word.startsWith(asked));
  if (matching.length === 0) matching = [...indexed].filter((word) => asked.startsWith(word)).sort((a, b) => b.length - a.length).slice(0, 1);
  return words.flatMap((word, position) => (matching.includes(word) ? [position] : []));
}

/** Where each word of the cover stands in the text, as Pagefind reports them. */
function positionsIn(text: string, cover: readonly TermWord[], split?: ReadonlySet<string>): number[][] {
  const words = indexedText(text, split).split(' ').map(pagefindWord);
  return cover.map(({ word }) => unquoted(words, word));
}

const offsets = (cover: readonly TermWord[] | undefined) => cover?.map(({ word, offset }) => `${word}@${offset}`);
const coverOfRun = (run: string, heavy: ReadonlySet<string>, split?: ReadonlySet<string>) => coverOf(termWords(run, split), heavy);

describe('covers of a term by its words', () => {
  it('should take the first word and one that holds the last character, and between them no gap', () => {
    expect(offsets(coverOfRun('垃圾分类', NONE))).toEqual(['垃圾@0', '分类@2']);
    expect(offsets(coverOfRun('海淀区', NONE))).toEqual(['海淀@0', '淀区@1']);
    expect(offsets(coverOfRun('回天', NONE))).toEqual(['回天@0']);
    expect(coverOfRun('区', NONE)).toBeUndefined();
    // 文明 is split: 文明行 tells three characters.
    expect(offsets(coverOfRun('文明行为促进条例', NONE))).toEqual(['文明行@0', '行为@2', '促进@4', '条例@6']);
    expect(offsets(coverOfRun('文明行', NONE))).toEqual(['文明行@0']);
    expect(offsets(coverOfRun('文明行为', NONE, NONE))).toEqual(['文明@0', '行为@2']);
  });

  it('should go round a heavy word, where it can', () => {
    const heavy = new Set(['文明行', 'pp']);
    const title = coverOfRun('《北京市文明行为促进条例》', heavy)!;
    expect(title.map(({ word }) => word)).not.toContain('文明行');
    expect(offsets(coverOfRun('手机APP平台', heavy))).toEqual(['手机@0', 'AP@2', 'P平@4', '平台@5']);
    // The first word is the only one that holds the first character.
    expect(offsets(coverOfRun('文明行为', heavy))).toEqual(['文明行@0', '行为@2']);
  });

  it('should end a term that ends with a split pair with that pair, asked by its start', () => {
    expect(offsets(coverOfRun('精神文明', NONE))).toEqual(['精神@0', '文明@2']);
    expect(coverOfRun('精神文明', NONE)!.at(-1)!.prefix).toBe(true);
    expect(offsets(coverOfRun('文明', NONE))).toEqual(['文明@0']);
    expect(coverOfRun('文明行为', NONE)!.some(({ prefix }) => prefix)).toBe(false);
  });

  it('should never leave a gap between what its words tell', () => {
    const pairs = ['文明', '明城', '城区', '区创', '创建'];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'文明城区创建'), minLength: 2, maxLength: 12 }), fc.subarray(pairs), fc.subarray(pairs), (run, heavy, split) => {
        const cover = coverOfRun(run, new Set(heavy), new Set(split))!;
        expect(cover[0]!.offset).toBe(0);
        const last = cover.at(-1)!;
        expect(last.offset + last.width).toBe(Array.from(run).length);
        cover.slice(1).forEach(({ offset }, index) => expect(offset).toBeLessThanOrEqual(cover[index]!.offset + cover[index]!.width));
      }),
    );
  });

  it('should find a term exactly where the text holds it, and nowhere else', () => {
    const alphabet = fc.constantFrom(...'文明城区创建，。1a');
    const text = fc.string({ unit: fc.oneof(alphabet, fc.constantFrom(' ', '\n', '※', '"')), minLength: 1, maxLength: 60 });
    const heavy = fc.subarray(['文明', '明城', '城区', '区创', '创建', '建，', '文明城', '城区创']);
    const split = fc.subarray(['文明', '城区', '建，', '区创']);
    fc.assert(
      fc.property(text, fc.string({ unit: alphabet, minLength: 2, maxLength: 7 }), heavy, split, (text, term, heavy, split) => {
        const splitPairs = new Set(split);
        const cover = coverOf(termWords(term, splitPairs), new Set(heavy))!;
        const starts = startsOf(cover, positionsIn(text, cover, splitPairs));
        const words = indexedText(text, splitPairs).split(' ').map(pagefindWord);
        // Each start is where the term's first word stands.
        for (const start of starts) expect(words[start]!.startsWith(cover[0]!.word.toLowerCase())).toBe(true);
        expect(starts.length > 0).toBe(text.toLowerCase().includes(term.toLowerCase()));
      }),
      { numRuns: 3000 },
    );
  });

  it('should not take a pair the text lacks for the character that ends a run', () => {
    // 丙丁 is nowhere; Pagefind answers it with the longest word that starts it, were 丙 a word of its own.
    const cover = coverOf(termWords('甲乙丙丁'), new Set(['乙丙']))!;
    expect(offsets(cover)).toEqual(['甲乙@0', '丙丁@2']);
    expect(startsOf(cover, positionsIn('甲乙丙 丁', cover))).toEqual([]);
  });

  it('should find a term exactly where the text contains it', () => {
    const text = '东城区坚持“四全”，深化全国文明城区创建工作。2020年台账共有58个成员单位。';
    const found = (term: string) => {
      const cover = coverOfRun(term, NONE)!;
      return startsOf(cover, positionsIn(text, cover)).length > 0;
    };
    for (const term of ['东城', '城区', '四全', '全”，深化', '“四全”', '2020年', '58个', '文明城区创建', '。2020']) expect(found(term), term).toBe(true);
    for (const term of ['西城区', '全国文明单位', '2021年', '坚持四全', '全，深化', '“四全，']) expect(found(term), term).toBe(false);
  });

  it('should list every start, in order', () => {
    const cover = coverOfRun('垃圾分类', NONE)!;
    expect(startsOf(cover, positionsIn('垃圾分类，垃圾分类 垃圾 分类。垃圾分类', cover))).toEqual([0, 5, 16]);
  });
});
