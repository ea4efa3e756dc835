/** Importing a fixture must give the issue parsing the original text gives. */
import { expect } from 'vitest';
import { parseBriefing, type Issue } from '../../../src/lib/briefing/index.ts';
import { importFile, type ImportResult } from '../../../src/lib/import/index.ts';

export const PDF_OPTIONS = { pdf: { cMapUrl: new URL('../../../node_modules/pdfjs-dist/cmaps/', import.meta.url).pathname } };

export async function importBytes(bytes: Uint8Array, name: string): Promise<Extract<ImportResult, { ok: true }>> {
  const result = await importFile(bytes, name, PDF_OPTIONS);
  if (!result.ok) throw new Error(`${name}: ${result.problem.message}`);
  return result;
}

export function parseImported(text: string, name: string): Issue {
  const parsed = parseBriefing(new TextEncoder().encode(text), name);
  expect(parsed.problems.map(String), `${name} parses without a problem`).toEqual([]);
  return parsed.issue!;
}

/**
 * Every field equal; a block's text equal but for whitespace, since a space
 * where a printed line wraps leaves no trace in a PDF's text layer.
 */
export function expectSameIssue(imported: Issue, original: Issue, name: string): void {
  const squeezeBlocks = (issue: Issue) => ({
    ...issue,
    sections: issue.sections.map((section) => ({
      ...section,
      articles: section.articles.map((article) => ({ ...article, blocks: article.blocks.map((block) => ({ ...block, text: block.text.replace(/\s+/g, '') })) })),
    })),
  });
  expect(squeezeBlocks(imported), name).toEqual(squeezeBlocks(original));
}

/** The printed page numbers of a fixture, as the report must list them. */
export const PAGE_NUMBER_SHAPES = /^(?:— \d+ —|-\d+-|第\d+页)$/;
