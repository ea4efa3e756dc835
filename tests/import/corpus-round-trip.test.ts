/**
 * Each corpus issue, laid out like the paper briefing and written by each
 * producer (Chromium's printer, pdf-lib with an embedded Noto subset, pdf-lib
 * with STSong-Light not embedded, the docx package), imports as the issue
 * that parsing its text gives; the report lists every page number printed.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { parseBriefing } from '../../src/lib/briefing/index.ts';
import { fixturesOf, PRODUCERS, extensionOf } from '../../scripts/import-fixtures/index.ts';
import { CORPUS_FILES, corpusText } from '../briefing/support/raw.ts';
import { expectSameIssue, importBytes, PAGE_NUMBER_SHAPES, parseImported } from './support/round-trip.ts';

const originals = CORPUS_FILES.map((name) => parseBriefing(new TextEncoder().encode(corpusText(name)), name).issue!);

describe('importing the corpus issues as printed', () => {
  for (const producer of PRODUCERS) {
    it(`should give back every corpus issue from ${producer} ${extensionOf(producer)} files, and list every page number it left out`, async () => {
      const fixtures = await fixturesOf(originals, producer);
      for (const [index, original] of originals.entries()) {
        const name = `${original.totalIssue}.${extensionOf(producer)}`;
        const imported = await importBytes(fixtures[index]!, name);
        expectSameIssue(parseImported(imported.text, name), original, name);
        if (producer === 'docx') {
          expect(imported.dropped).toEqual([]);
        } else {
          expect(imported.pages).toBeGreaterThan(1);
          const numbers = imported.dropped.filter((line) => line.reason === 'page number');
          expect(numbers.map((line) => line.page)).toEqual(Array.from({ length: imported.pages }, (_, page) => page + 1));
          for (const line of numbers) expect(line.text).toMatch(PAGE_NUMBER_SHAPES);
        }
      }
    }, 300_000);
  }

  it('should find no Kangxi radical or other look-alike in what Chromium printed, though its text layer has them', async () => {
    const [pdf] = await fixturesOf(originals.slice(0, 1), 'chromium');
    const document = await getDocument({ data: pdf!.slice(), verbosity: 0 }).promise;
    const content = await (await document.getPage(1)).getTextContent();
    expect(content.items.map((item) => ('str' in item ? item.str : '')).join('')).toMatch(/[\u2E80-\u2FDF]/u);
    const imported = await importBytes(pdf!, 'x.pdf');
    expect(imported.text).not.toMatch(/[\u2E80-\u2FDF]/u);
    expect(imported.text).toContain('首都精神文明');
  }, 120_000);
});
