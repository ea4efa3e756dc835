/**
 * Printed issues set several 版记 fields on one line, and editors paste them
 * so (format.md §1): each corpus file, its footer rewritten that way, must
 * parse to the same issue as the file as it came.
 */
import { describe, expect, it } from 'vitest';
import { parseBriefing } from '../../src/lib/briefing/index.ts';
import { CORPUS_FILES, corpusText } from './support/raw.ts';

const FIELD_LINE = /^(责编|核稿|电话|传真|邮箱)[:：].*$/;

/** The file with its 版记 lines grouped as `groups` says, each group joined by `separator` on the first line of the group. */
function regroupFooter(text: string, groups: readonly (readonly string[])[], separator: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const fieldLines = new Map(lines.filter((line) => FIELD_LINE.test(line)).map((line) => [FIELD_LINE.exec(line)![1]!, line]));
  const firstOfGroup = new Map(groups.map((group) => [group[0]!, group.map((label) => fieldLines.get(label)!).join(separator)]));
  const rewritten: string[] = [];
  for (const line of lines) {
    const label = FIELD_LINE.exec(line)?.[1];
    if (label === undefined) rewritten.push(line);
    else if (firstOfGroup.has(label)) rewritten.push(firstOfGroup.get(label)!);
    // a field moved onto its group's line leaves no line behind (its blank neighbour stays, as between paragraphs)
  }
  return rewritten.join('\n');
}

const ARRANGEMENTS = [
  { name: '责编 and 核稿 on one line, 电话, 传真 and 邮箱 on another, full-width spaces', groups: [['责编', '核稿'], ['电话', '传真', '邮箱']], separator: '\u3000\u3000' },
  { name: 'one full-width space between fields', groups: [['责编', '核稿'], ['电话', '传真', '邮箱']], separator: '\u3000' },
  { name: 'all five fields on one line, ASCII spaces', groups: [['责编', '核稿', '电话', '传真', '邮箱']], separator: '   ' },
  { name: '电话 and 传真 on one line, 邮箱 alone', groups: [['责编'], ['核稿'], ['电话', '传真'], ['邮箱']], separator: ' ' },
] as const;

describe('several labelled 版记 fields on one line (format.md §1)', () => {
  for (const name of CORPUS_FILES) {
    const original = parseBriefing(Buffer.from(corpusText(name), 'utf-8'), name);

    for (const arrangement of ARRANGEMENTS) {
      it(`should read ${name} with ${arrangement.name} as the same issue`, () => {
        const text = regroupFooter(corpusText(name), arrangement.groups, arrangement.separator);
        const expectedLines = arrangement.groups.map((group) => group.join('')).length;
        expect(text.split('\n').filter((line) => FIELD_LINE.test(line))).toHaveLength(expectedLines);
        const rewritten = parseBriefing(Buffer.from(text, 'utf-8'), name);
        expect(rewritten.problems.map(String)).toEqual([]);
        expect(rewritten.issue).toEqual(original.issue);
      });
    }
  }

  it('should read a 邮箱 written straight after the 传真 number without a space', () => {
    const text = regroupFooter(corpusText(CORPUS_FILES[0]!), [['责编', '核稿'], ['电话', '传真', '邮箱']], '');
    expect(text).toMatch(/电话[:：]\d+传真[:：]\d+邮箱[:：]/);
    const issue = parseBriefing(Buffer.from(text, 'utf-8'), 'joined.txt').issue!;
    expect(issue.contact).toEqual(parseBriefing(Buffer.from(corpusText(CORPUS_FILES[0]!), 'utf-8'), 'x').issue!.contact);
    expect(issue.reviewer).not.toBeNull();
  });

  it('should still report a line where a field is followed by words that are no field', () => {
    const text = corpusText(CORPUS_FILES[0]!).replace(/(责编[:：]\S+)/, '$1　另有说明');
    const result = parseBriefing(Buffer.from(text, 'utf-8'), 'extra.txt');
    expect(result.problems.map((problem) => problem.field)).toContain('版记 (footer)');
  });
});
