import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBriefing, type Issue } from '../../src/lib/briefing/index.ts';
import { CORPUS_FILES, corpusText } from './support/raw.ts';
import { bodyOfIssue, lettersAndDigits, rawBody, structureOf } from './support/lossless.ts';
import { encode, insertBlankLines, insertPageBreaks, itemRanges, reorderItems, type TestEncoding } from './support/mutate.ts';

function parseText(text: string, bytes: Uint8Array = Buffer.from(text, 'utf-8')): Issue {
  const result = parseBriefing(bytes, 'mutated.txt');
  expect(result.problems.map(String)).toEqual([]);
  return result.issue!;
}

describe('nothing lost, nothing invented (format.md §2)', () => {
  for (const name of CORPUS_FILES) {
    it(`should give back every letter and digit of ${name}'s body, in order`, () => {
      const text = corpusText(name);
      const issue = parseText(text);
      expect(lettersAndDigits(bodyOfIssue(issue))).toBe(lettersAndDigits(rawBody(text)));
    });

    it(`should keep each lead of ${name} at the start of its item's first paragraph`, () => {
      const articles = parseText(corpusText(name)).sections.flatMap((section) => section.articles);
      for (const article of articles.filter((candidate) => candidate.lead !== null)) {
        expect(article.blocks[0]!.text.startsWith(article.lead!)).toBe(true);
      }
    });

    it(`should give the same JSON for the same bytes of ${name}`, () => {
      const bytes = Buffer.from(corpusText(name), 'utf-8');
      expect(JSON.stringify(parseBriefing(bytes, name).issue)).toBe(JSON.stringify(parseBriefing(bytes, name).issue));
    });
  }

  it('should invent no character: every character of the output is in the input, apart from punctuation width', () => {
    const fullWidth: Record<string, string> = { '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '？': '?', '！': '!' };
    for (const name of CORPUS_FILES) {
      const text = corpusText(name);
      const inputCharacters = new Set(Array.from(text));
      const outputCharacters = new Set(Array.from(JSON.stringify(parseText(text))));
      const invented = [...outputCharacters].filter(
        (char) => /[^\s"{}[\]:,\-\\a-z]/i.test(char) && !inputCharacters.has(char) && !inputCharacters.has(fullWidth[char] ?? ''),
      );
      expect(invented, name).toEqual([]);
    }
  });
});

const encodings: TestEncoding[] = ['utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom', 'gb18030'];

describe('the same issue through the mutations a file suffers', () => {
  it('should keep every character and the same structure', () => {
    const originals = new Map(CORPUS_FILES.map((name) => [name, parseText(corpusText(name))]));
    fc.assert(
      fc.property(
        fc.constantFrom(...CORPUS_FILES),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
        fc.constantFrom(...encodings),
        fc.boolean(),
        fc.nat(),
        (name, blankLineSeeds, pageBreakSeeds, encoding, crlf, shuffleSeed) => {
          const original = corpusText(name);
          const items = itemRanges(original).length;
          const order = permutation(items, shuffleSeed);
          const text = insertPageBreaks(insertBlankLines(reorderItems(original, order), blankLineSeeds), pageBreakSeeds);
          const issue = parseText(text, encode(text, encoding, crlf));

          expect(lettersAndDigits(bodyOfIssue(issue))).toBe(lettersAndDigits(rawBody(text)));
          expect(structureOf(issue)).toEqual(structureOf(withItemsInOrder(originals.get(name)!, order)));
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** A permutation of 0…n−1 chosen by `seed` (identity for n < 2). */
function permutation(length: number, seed: number): number[] {
  const order = Array.from({ length }, (_, index) => index);
  for (let index = length - 1; index > 0; index -= 1) {
    const other = (seed + index * 7919) % (index + 1);
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  return order;
}

/** The issue with its last section's articles in `order` (the items `reorderItems` moved). */
function withItemsInOrder(issue: Issue, order: readonly number[]): Issue {
  if (order.length < 2) return issue;
  const sections = [...issue.sections];
  const last = sections[sections.length - 1]!;
  sections[sections.length - 1] = { ...last, articles: order.map((index) => last.articles[index]!) };
  return { ...issue, sections };
}
