import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexedText, phraseOf, readableText, singleCharacter } from '../../src/lib/search/bigrams.ts';

const tokens = (text: string) => indexedText(text).split(' ').map((token) => token.replace(/[^\p{L}\p{N}]/gu, ''));

/** Whether the phrase's words stand in a row among the text's tokens, as Pagefind's exact search asks. */
function phraseMatches(text: string, term: string): boolean {
  const words = phraseOf(term)!.slice(1, -1).split(' ');
  const all = tokens(text);
  return all.some((_, start) => words.every((word, offset) => all[start + offset] === word));
}

describe('bigram index text', () => {
  it('should write each run of letters as its pairs and its last character, punctuation glued', () => {
    expect(indexedText('垃圾分类。回天')).toBe('垃圾 圾分 分类 类。 回天 天');
    expect(indexedText('《台账》共114个')).toBe('《台账 账》 共1 11 14 4个 个');
    expect(indexedText('手机APP 平台')).toBe('手机 机A AP PP P\u2420 平台 台');
  });

  it('should give the readable text back, spaces and case included', () => {
    const text = '《台账》共114个，常态化推进 项目化落实。<img src=x onerror="x">手机APP平台';
    expect(readableText(indexedText(text))).toBe(text);
  });

  it('should give back any text, with its runs of whitespace as one space', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'文明A1，。 <>"\n'), maxLength: 40 }), (text) => {
        const expected = text.replace(/\s+/g, ' ').replace(/^ +/, '');
        expect(readableText(indexedText(text))).toBe(expected);
      }),
    );
  });

  it('should turn a term into the phrase of its pairs, leaving out its last lone character', () => {
    expect(phraseOf('回天')).toBe('"回天"');
    expect(phraseOf('文明行为促进条例')).toBe('"文明 明行 行为 为促 促进 进条 条例"');
    expect(phraseOf('健康，生活')).toBe('"健康 康 生活"');
    expect(phraseOf('区')).toBeUndefined();
    expect(singleCharacter('区')).toBe('区');
    expect(singleCharacter('A')).toBe('A');
  });

  it('should find a term exactly where the text contains it', () => {
    const text = '东城区坚持“四全”，深化全国文明城区创建工作。2020年台账共有58个成员单位。';
    for (const term of ['东城', '城区', '四全', '全”，深化', '2020年', '58个', '文明城区创建']) expect(phraseMatches(text, term), term).toBe(true);
    for (const term of ['西城区', '全国文明单位', '2021年', '坚持四全']) expect(phraseMatches(text, term), term).toBe(false);
  });

  it('should match exactly the substrings of any text of letters, punctuation and spaces', () => {
    const alphabet = fc.constantFrom(...'文明城区创建东西，。 1');
    fc.assert(
      fc.property(fc.string({ unit: alphabet, minLength: 1, maxLength: 40 }), fc.string({ unit: alphabet, minLength: 2, maxLength: 6 }), (text, term) => {
        if (/\s/.test(term) || phraseOf(term) === undefined) return;
        // Punctuation is not compared by the index (the search checks the text after), so truth ignores which mark it is.
        const letters = (value: string) => value.replace(/[，。]/g, '，');
        const containsAsRuns = letters(text).includes(letters(term)) && !/^[，。]|[，。]$/.test(term);
        if (containsAsRuns) expect(phraseMatches(text, term)).toBe(true);
      }),
    );
  });
});
