/** A long term found by some of its pairs at their distances (src/lib/search/cover.ts), exactly where the text holds it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexedText } from '../../src/lib/search/bigrams.ts';
import { coverOf, coverRound, startsOf, type CoverPair } from '../../src/lib/search/cover.ts';
import { pagefindWord } from './support.ts';


/** Where each pair of the cover stands in the text, as Pagefind reports a word's positions. */
function positionsIn(text: string, cover: readonly CoverPair[]): number[][] {
  const words = indexedText(text).split(' ').map(pagefindWord);
  return cover.map(({ pair }) => words.flatMap((word, position) => (word === pair.toLowerCase() ? [position] : [])));
}

const offsets = (cover: readonly CoverPair[] | undefined) => cover?.map(({ pair, offset }) => `${pair}@${offset}`);

describe('covers of a term by its pairs', () => {
  it('should take the first and the last pair, and between them every other one', () => {
    expect(offsets(coverOf('垃圾分类', new Set()))).toEqual(['垃圾@0', '分类@2']);
    expect(offsets(coverOf('文明行为促进条例', new Set()))).toEqual(['文明@0', '行为@2', '促进@4', '条例@6']);
    expect(offsets(coverOf('海淀区', new Set()))).toEqual(['海淀@0', '淀区@1']);
    expect(offsets(coverOf('回天', new Set()))).toEqual(['回天@0']);
    expect(coverOf('区', new Set())).toBeUndefined();
  });

  it('should go round a heavy pair (one of an index chunk’s worth of positions), where it can', () => {
    const heavy = new Set(['文明', 'pp']);
    const title = coverOf('《北京市文明行为促进条例》', heavy)!;
    expect(title.map(({ pair }) => pair)).not.toContain('文明');
    expect(title).toHaveLength(7);
    expect(offsets(coverOf('手机APP平台', heavy))).toEqual(['手机@0', 'AP@2', 'P平@4', '平台@5']);
    // The first pair is the only one that holds the first character.
    expect(offsets(coverOf('文明行为', heavy))).toEqual(['文明@0', '行为@2']);
  });

  it('should be asked instead of the phrase only to go round every heavy pair of the term', () => {
    const heavy = new Set(['文明']);
    expect(coverRound('《北京市文明行为促进条例》', heavy)?.map(({ pair }) => pair)).not.toContain('文明');
    // No pair to go round: the phrase is as cheap, and quicker.
    expect(coverRound('垃圾分类', heavy)).toBeUndefined();
    // 文明 starts the term: the cover would hold it too.
    expect(coverRound('文明行为促进条例', heavy)).toBeUndefined();
    expect(coverRound('区', heavy)).toBeUndefined();
  });

  it('should never leave a gap of more than one pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'文明城区创建'), minLength: 2, maxLength: 12 }), fc.subarray(['文明', '明城', '城区', '区创', '创建']), (run, heavy) => {
        const cover = coverOf(run, new Set(heavy))!;
        expect(cover[0]!.offset).toBe(0);
        expect(cover.at(-1)!.offset).toBe(Array.from(run).length - 2);
        cover.slice(1).forEach(({ offset }, index) => expect(offset - cover[index]!.offset).toBeLessThanOrEqual(2));
      }),
    );
  });

  it('should find a term exactly where the text holds it, and nowhere else', () => {
    const alphabet = fc.constantFrom(...'文明城区创建，。1a');
    const text = fc.string({ unit: fc.oneof(alphabet, fc.constantFrom(' ', '\n', '※', '"')), minLength: 1, maxLength: 60 });
    const heavy = fc.subarray(['文明', '明城', '城区', '区创', '创建', '建，']);
    fc.assert(
      fc.property(text, fc.string({ unit: alphabet, minLength: 2, maxLength: 7 }), heavy, (text, term, heavy) => {
        const cover = coverOf(term, new Set(heavy))!;
        const starts = startsOf(cover, positionsIn(text, cover));
        const words = indexedText(text).split(' ').map(pagefindWord);
        // Each start is where the term's first pair stands.
        for (const start of starts) expect(words[start]).toBe(Array.from(term.toLowerCase()).slice(0, 2).join(''));
        expect(starts.length > 0).toBe(text.toLowerCase().includes(term.toLowerCase()));
      }),
      { numRuns: 2000 },
    );
  });

  it('should list every start, in order', () => {
    const cover = coverOf('垃圾分类', new Set())!;
    expect(startsOf(cover, positionsIn('垃圾分类，垃圾分类 垃圾 分类。垃圾分类', cover))).toEqual([0, 5, 16]);
  });
});
