import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_BLOCK, articleRecordText, articleSpans, indexedIssue, indexedWords, isIndexedTerm, isTermWord, readableText, runsOf, termWords } from '../../src/lib/search/bigrams.ts';
import { indexedText, pagefindWord } from './support.ts';

const END = '\u2403';
const words = (text: string, split?: ReadonlySet<string>) => indexedText(text, split).split(' ').map(pagefindWord);
const readable = (text: string, split?: ReadonlySet<string>) => readableText(indexedText(text, split).split(' '));

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
    expect(readable(text)).toBe(text);
    // The end mark is left out only where it ends a run.
    expect(readable(`甲 ${END}乙`)).toBe(`甲 ${END}乙`);
  });

  it('should give back any text, with each run of whitespace as one line break if it holds one, else one space', () => {
    expect(readable('一、情况 \n 推进垃圾分类。\n\n二、下一步')).toBe('一、情况\n推进垃圾分类。\n二、下一步');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'文明A1，。《》 <>"※\n\t𠀀'), maxLength: 40 }), fc.subarray(['文明', '明文', 'A1', '1，', '。《']), (text, split) => {
        const expected = text
          .replace(/\s+/g, (run) => (run.includes('\n') ? '\n' : ' '))
          .replace(/^\s+/, '');
        expect(readable(text, new Set(split))).toBe(expected);
      }),
    );
  });

  it('should tell where each word starts in the text', () => {
    expect(indexedWords('甲乙 丙')).toEqual({ words: ['甲乙', `乙${END}`, '\u2420', `丙${END}`], starts: [0, 1, 2, 3] });
    // Offsets into the string: a character beyond the BMP takes two.
    expect(indexedWords('𠀀甲 ※※乙').starts).toEqual([0, 2, 3, 6]);
  });

  it('should hold an issue as its articles, then its header and footer, each after a line break of its own, an article in whole blocks', () => {
    const articles = [
      { text: '引题\n东城区坚持“四全”\n正文。', heading: { from: 3, to: 12 } },
      { text: '西城区推进垃圾分类工作，成效明显。', heading: { from: 0, to: 9 } },
      { text: '无题。', heading: null },
    ];
    const fields = '责编：梅雪峰';
    const { content, layout } = indexedIssue(articles, fields);
    const all = content.split(' ');
    const { spans, fieldsStart } = articleSpans(layout);
    spans.forEach((span, at) => {
      const words = indexedText(articles[at]!.text).split(' ');
      expect(all.slice(span.start, span.start + words.length)).toEqual(words);
      // Then a line break of its own, which Pagefind does not index (no term runs from one part into the next), and filler, which it does not index either.
      expect(all.slice(span.start + words.length, span.end).map(pagefindWord).join('')).toBe('');
      expect((span.end - span.start) % ARTICLE_BLOCK).toBe(0);
      expect(articleRecordText(all, span, fieldsStart)).toBe(`${articles[at]!.text}\n${fields}`);
    });
    expect(readableText(all, fieldsStart)).toBe(fields);
    expect(spans.map((span) => readableText(all, span.headingStart, span.headingEnd))).toEqual(['东城区坚持“四全”', '西城区推进垃圾分类', '']);
    expect(layout.map(({ blocks }) => blocks)).toEqual([1, 1, 1]);
  });

  it('should lay out an issue’s only article with its header and footer, no blocks counted', () => {
    const { content, layout } = indexedIssue([{ text: '东城区坚持“四全”。', heading: { from: 0, to: 9 } }], '责编：梅雪峰');
    expect(layout).toEqual([{ blocks: null, headingStart: 0, headingLength: 9 }]);
    const { spans, fieldsStart } = articleSpans(layout);
    expect(articleRecordText(content.split(' '), spans[0]!, fieldsStart)).toBe('东城区坚持“四全”。\n责编：梅雪峰');
  });

  it('should give back every article with the header and footer as they were indexed alone, whatever their text', () => {
    const text = fc.string({ unit: fc.constantFrom(...'文明A1，。 "※\n'), maxLength: 80 });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), text, (texts, fields) => {
        const { content, layout } = indexedIssue(texts.map((text) => ({ text, heading: { from: 0, to: text.length } })), fields);
        const all = content.split(' ');
        const { spans, fieldsStart } = articleSpans(layout);
        spans.forEach((span, at) => {
          expect(articleRecordText(all, span, fieldsStart)).toBe(`${readable(texts[at]!)}\n${readable(fields)}`);
          expect(readableText(all, span.headingStart, span.headingEnd)).toBe(readable(texts[at]!));
        });
      }),
    );
  });

  it('should split a term into its runs of indexed characters, longest first, for a superset of what it finds', () => {
    expect(runsOf('垃圾分类')).toEqual(['垃圾分类']);
    expect(runsOf('A※文明城区"乙')).toEqual(['文明城区', 'A', '乙']);
  });

  it('should tell which terms the index answers exactly: those of indexed characters only', () => {
    for (const term of ['海淀', '《北京市文明行为促进条例》', '2021—2023', 'e-mail', '55569506', '（一）']) expect(isIndexedTerm(term), term).toBe(true);
    for (const term of ['"引号"', '※注', '☆']) expect(isIndexedTerm(term), term).toBe(false);
  });

  it('should give a term the words its text would hold, a split pair with the character after it, or asked by its start at the end', () => {
    const words = (run: string) => termWords(run).map(({ word, offset, width, prefix }) => `${word}@${offset}/${width}${prefix ? '…' : ''}`);
    expect(words('文明行为')).toEqual(['文明行@0/3', '明行@1/2', '行为@2/2']);
    expect(words('精神文明')).toEqual(['精神@0/2', '神文@1/2', '文明@2/2…']);
    expect(words('区')).toEqual([]);
  });
});
