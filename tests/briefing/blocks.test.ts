import { describe, expect, it } from 'vitest';
import { isPageBreakFragment, placeInBlock, repairPageBreak, sliceBlock, splitBlocks, type TextBlock } from '../../src/lib/briefing/blocks.ts';
import { normaliseLines } from '../../src/lib/briefing/normalise.ts';

const blocksOf = (text: string, firstLine = 1) => splitBlocks(normaliseLines(text, firstLine));
const block = (text: string) => blocksOf(text)[0]!;
const LONG = '市人大常委会等8家单位围绕立法监督、健全工作体系、明确行业标准等内容建章立制';

function repaired(text: string): string[] {
  const body: TextBlock[] = [];
  for (const next of blocksOf(text)) body.push(repairPageBreak(body, next));
  return body.map((part) => part.text);
}

describe('blocks', () => {
  it('should split on blank lines and join the lines of one block', () => {
    expect(blocksOf('甲乙\n丙丁\n\n\n戊\n').map((part) => part.text)).toEqual(['甲乙丙丁', '戊']);
  });

  it('should keep a space when a block wraps between two Latin words', () => {
    expect(block('the quick\nbrown fox').text).toBe('the quick brown fox');
  });

  it('should place every character of a joined block in its raw line', () => {
    const joined = block('甲乙\n  丙丁');
    expect(placeInBlock(joined, 0)).toEqual({ line: 1, column: 1 });
    expect(placeInBlock(joined, 3)).toEqual({ line: 2, column: 4 });
    expect(placeInBlock(sliceBlock(joined, 2), 0)).toEqual({ line: 2, column: 3 });
  });
});

describe('page breaks', () => {
  it('should join a paragraph cut mid-word: 中央和国家机 / 关工委打造', () => {
    expect(repaired(`${LONG}。中央和国家机\n\n关工委打造“模范机关”宣传专栏。`)).toEqual([`${LONG}。中央和国家机关工委打造“模范机关”宣传专栏。`]);
  });

  it('should join a paragraph cut after an enumeration mark, however short', () => {
    expect(repaired('围绕立法监督、\n\n健全工作体系。')).toEqual(['围绕立法监督、健全工作体系。']);
  });

  it('should keep apart paragraphs that end in closing punctuation', () => {
    expect(repaired(`${LONG}。\n\n${LONG}。`)).toHaveLength(2);
    expect(repaired(`${LONG}：\n\n一、提高认识`)).toHaveLength(2);
  });

  it('should not take a short unpunctuated line for a fragment: it is a heading', () => {
    expect(isPageBreakFragment(block('完善制度规范'))).toBe(false);
    expect(isPageBreakFragment(block(LONG))).toBe(true);
  });

  it('should never continue a fragment into a heading, a section marker or an attribution', () => {
    expect(repaired(`${LONG}\n\n一、2020年台账完成情况`)).toHaveLength(2);
    expect(repaired(`${LONG}\n\n【文明创建】`)).toHaveLength(2);
    expect(repaired(`${LONG}\n\n(房山区文明办)`)).toHaveLength(2);
  });

  it('should join a run of fragments across several page breaks', () => {
    expect(repaired(`${LONG}\n\n${LONG}\n\n结束。`)).toEqual([`${LONG}${LONG}结束。`]);
  });
});

describe('page breaks and punctuation', () => {
  it('should widen a half-width mark that the page break left at the start of a line', () => {
    expect(repaired(`${LONG}目前\n\n,2020年台账各项工作已全部完成。`)).toEqual([`${LONG}目前，2020年台账各项工作已全部完成。`]);
  });
});
