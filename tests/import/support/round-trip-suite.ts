/**
 * The round trip as a property, for one producer: every issue printed by it
 * imports as the issue parsing its text gives, and the report lists exactly
 * the page numbers printed (the fixtures draw rules as graphics, so nothing
 * else is left out).
 */
import { expect, it } from 'vitest';
import type { Issue } from '../../../src/lib/briefing/index.ts';
import { extensionOf, fixturesOf, type Producer } from '../../../scripts/import-fixtures/index.ts';
import { expectSameIssue, importBytes, PAGE_NUMBER_SHAPES, parseImported } from './round-trip.ts';

export function roundTrip(label: string, issues: () => Issue[], producer: Producer): void {
  it(`should import each of ${label} printed by ${producer} as the issue its text gives, listing every page number it left out`, async () => {
    const originals = issues();
    const fixtures = await fixturesOf(originals, producer);
    let pages = 0;
    for (const [index, original] of originals.entries()) {
      const name = `${original.totalIssue}.${extensionOf(producer)}`;
      const imported = await importBytes(fixtures[index]!, name);
      expectSameIssue(parseImported(imported.text, name), original, name);
      if (producer === 'docx') {
        expect(imported.dropped, name).toEqual([]);
        continue;
      }
      pages += imported.pages;
      expect(imported.dropped.map((line) => line.page), name).toEqual(Array.from({ length: imported.pages }, (_, page) => page + 1));
      for (const line of imported.dropped) {
        expect(line.reason).toBe('page number');
        expect(line.text).toMatch(PAGE_NUMBER_SHAPES);
      }
    }
    if (producer !== 'docx') expect(pages).toBeGreaterThan(originals.length);
  }, 1_500_000);
}
