import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEADING_POSITIONS, indexedRecord, indexedText, isIndexedTerm, isTermWord, matchedInHeading, phraseOf, readableText, recordText, runsOf, singleCharacter, termWords } from '../../src/lib/search/bigrams.ts';
import { pagefindWord } from './support.ts';

const END = '\u2403';
const words = (text: string, split?: ReadonlySet<string>) => indexedText(text, split).split(' ').map(pagefindWord);

/** Where the phrase's words first stand in a row among the given words, as Pagefind's exact search reports; -1 when nowhere. */
function firstMatch(all: readonly string[], term: string, split?: ReadonlySet<string>): number {
  const phrase = phraseOf(term, split)!.slice(1, -1).split(' ').map(pagefindWord);
  return all.findIndex((_, start) => phrase.every((word, offset) => all[start + offset] === word));
}

function phraseMatches(text: string, term: string, split?: ReadonlySet<string>): boolean {
  return firstMatch(words(text, split), term, split) >= 0;
}

describe('bigram index text', () => {
  it('should write each run of letters, digits and indexed marks as its pairs and its last character, marked as the end', () => {
    expect(indexedText('垃圾分类。回天')).toBe(`垃圾 圾分 分类 类。 。回 回天 天${END}`);
    expect(indexedText('《台账》共114个')).toBe(`《台 台账 账》 》共 共1 11 14 4个 个${END}`);
  });

  it('should write a split pair with the character after it, or with the end of its run', () => {
    expect(indexedText('文明行为，精神文明')).toBe(`文明行 明行 行为 为， ，精 精神 神文 文明${END} 明${END}`);
    expect(indexedText('垃圾分类', new Set(['圾分', '分类']))).toBe(`垃圾 圾分类 分类${END} 类${END}`);
    // Pagefind lower-cases words, so a pair is split in any case.
    expect(indexedText('AB aBc Ab', new Set(['ab']))).toBe(`AB${END} B${END} \u2420 aBc Bc c${END} \u2420 Ab${END} b${END}`);
  });

  it('should end a run at a space or a mark it does not index, which stand as a token of their own', () => {
    expect(indexedText('手机APP 平台')).toBe(`手机 机A AP PP P${END} \u2420 平台 台${END}`);
    expect(indexedText('"引号"里※')).toBe(`" 引号 号${END} " 里${END} ※`);
    expect(indexedText(' 甲 ※\n 乙')).toBe(`甲${END} \u2420※\u2424 乙${END}`);
  });

  it('should never put a run’s first pair two positions after the last pair of the run before', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'文明A1，。 "※\n'), maxLength: 40 }), (text) => {
        const tokens = words(text);
        const pair = (word: string | undefined) => word !== undefined && isTermWord(word);
        tokens.forEach((word, position) => {
          // Two pairs two positions apart overlap the token between them: a pair, not a run's end.
          if (pair(word) && pair(tokens[position + 2])) expect(pair(tokens[position + 1]), `${text}: ${tokens.join('|')}`).toBe(true);
        });
      }),
    );
  });

  it('should give the readable text back, spaces and case included', () => {
    const text = '《台账》共114个，精神文明建设 项目化落实。<img src=x onerror="x">手机APP平台文明';
    expect(readableText(indexedText(text))).toBe(text);
    // The end mark is left out only where it ends a run.
    expect(readableText(indexedText(`甲 ${END}乙`))).toBe(`甲 ${END}乙`);
  });

  it('should give back any text, with each run of whitespace as one line break if it holds one, else one space', () => {
    expect(readableText(indexedText('一、情况 \n 推进垃圾分类。\n\n二、下一步'))).toBe('一、情况\n推进垃圾分类。\n二、下一步');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'文明A1，。《》 <>"※\n\t𠀀'), maxLength: 40 }), fc.subarray(['文明', '明文', 'A1', '1，', '。《']), (text, split) => {
        const expected = text
          .replace(/\s+/g, (run) => (run.includes('\n') ? '\n' : ' '))
          .replace(/^\s+/, '');
        expect(readableText(indexedText(text, new Set(split)))).toBe(expected);
      }),
    );
  });

  it('should turn a term into the phrase of its words, up to the first that holds its last character', () => {
    expect(phraseOf('回天')).toBe('"回天"');
    expect(phraseOf('文明行为促进条例')).toBe('"文明行 明行 行为 为促 促进 进条 条例"');
    expect(phraseOf('《北京市文明行为促进条例》')).toBe('"《北 北京 京市 市文 文明行 明行 行为 为促 促进 进条 条例 例》"');
    expect(phraseOf('健康，生活')).toBe('"健康 康， ，生 生活"');
    expect(phraseOf('文明办')).toBe('"文明办"');
    expect(phraseOf('区')).toBeUndefined();
    // A split pair that ends the term: no exact word tells what follows it.
    expect(phraseOf('文明')).toBeUndefined();
    expect(phraseOf('精神文明')).toBeUndefined();
    expect(singleCharacter('区')).toBe('区');
    expect(singleCharacter('《')).toBe('《');
    expect(singleCharacter('A')).toBe('A');
  });

  it('should start a record with its heading in a block of fixed size, left out of the readable text', () => {
    const text = '东城区坚持“四全”。正文。';
    const heading = indexedText('东城区坚持“四全”。').split(' ');
    const record = indexedRecord('东城区坚持“四全”。', text).split(' ');
    expect(record.slice(0, heading.length)).toEqual(heading);
    expect(record.slice(heading.length, HEADING_POSITIONS).every((word) => pagefindWord(word) === '')).toBe(true);
    expect(record.slice(HEADING_POSITIONS).join(' ')).toBe(indexedText(text));
    expect(recordText(record.join(' '))).toBe(text);
    expect(recordText(indexedRecord('', text))).toBe(text);
    // A heading longer than the block is copied in part.
    expect(indexedRecord('文'.repeat(300), text).split(' ').slice(0, HEADING_POSITIONS).filter((word) => pagefindWord(word) !== '')).toHaveLength(HEADING_POSITIONS - 1);
  });

  it('should match in the heading block exactly when the heading holds the term, and in the record when either holds it', () => {
    const alphabet = fc.constantFrom(...'文明城区，。');
    const term = fc.string({ unit: alphabet, minLength: 2, maxLength: 4 }).filter((term) => phraseOf(term) !== undefined);
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 12 }), fc.string({ unit: alphabet, maxLength: 30 }), term, (heading, text, term) => {
        const first = firstMatch(indexedRecord(heading, text).split(' ').map(pagefindWord), term);
        expect(first >= 0).toBe(heading.includes(term) || text.includes(term));
        if (first >= 0) expect(matchedInHeading([first])).toBe(heading.includes(term));
      }),
    );
  });

  it('should split a term into its runs of indexed characters, longest first, for a superset of what it finds', () => {
    expect(runsOf('垃圾分类')).toEqual(['垃圾分类']);
    expect(runsOf('A※文明城区"乙')).toEqual(['文明城区', 'A', '乙']);
    expect(phraseOf('A※文明城区"乙')).toBe('"文明城 明城 城区"');
    expect(phraseOf('"引号"')).toBe('"引号"');
    expect(phraseOf('※注')).toBeUndefined();
  });

  it('should tell which terms the index answers exactly: those of indexed characters only', () => {
    for (const term of ['海淀', '《北京市文明行为促进条例》', '2021—2023', 'e-mail', '55569506', '（一）']) expect(isIndexedTerm(term), term).toBe(true);
    for (const term of ['"引号"', '※注', '☆']) expect(isIndexedTerm(term), term).toBe(false);
  });

  it('should find a term exactly where the text contains it', () => {
    const text = '东城区坚持“四全”，深化全国文明城区创建工作。2020年台账共有58个成员单位。';
    for (const term of ['东城', '城区', '四全', '全”，深化', '“四全”', '2020年', '58个', '文明城区创建', '。2020']) expect(phraseMatches(text, term), term).toBe(true);
    for (const term of ['西城区', '全国文明单位', '2021年', '坚持四全', '全，深化', '“四全，']) expect(phraseMatches(text, term), term).toBe(false);
  });

  it('should match a term of indexed characters exactly where the text holds it, and nowhere else', () => {
    const alphabet = fc.constantFrom(...'文明城区创建东西，。《》1a');
    const text = fc.string({ unit: fc.oneof(alphabet, fc.constant(' ')), minLength: 1, maxLength: 40 });
    const split = fc.subarray(['文明', '城区', '区创', '明城', '。《']).map((pairs) => new Set(pairs));
    fc.assert(
      fc.property(text, fc.string({ unit: alphabet, minLength: 2, maxLength: 6 }), split, (text, term, split) => {
        fc.pre(phraseOf(term, split) !== undefined);
        expect(phraseMatches(text, term, split)).toBe(text.includes(term));
      }),
    );
  });

  it('should give a term the words its text would hold, a split pair with the character after it, or asked by its start at the end', () => {
    const words = (run: string) => termWords(run).map(({ word, offset, width, prefix }) => `${word}@${offset}/${width}${prefix ? '…' : ''}`);
    expect(words('文明行为')).toEqual(['文明行@0/3', '明行@1/2', '行为@2/2']);
    expect(words('精神文明')).toEqual(['精神@0/2', '神文@1/2', '文明@2/2…']);
    expect(words('区')).toEqual([]);
  });
});
