/**
 * One input, start to finish but for writing: read its bytes, import them
 * (src/lib/import/), parse the text (src/lib/briefing/). What comes back is
 * plain data, so a worker thread can hand it to the main thread.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseBriefing, summarise } from '../../src/lib/briefing/index.ts';
import { importFile, type DroppedLine, type InputKind } from '../../src/lib/import/index.ts';

export const CMAP_FOLDER = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps')}/`;

export type Conversion =
  | {
      status: 'ok';
      path: string;
      kind: InputKind;
      totalIssue: number;
      summary: string;
      text: string;
      dropped: DroppedLine[];
      pages: number;
      /** Warnings, as `LINE:COL: …` in the text, with the source page. */
      warnings: string[];
    }
  | { status: 'review'; path: string; kind: InputKind; text: string; problems: string[]; dropped: DroppedLine[]; pages: number }
  | { status: 'failed'; path: string; message: string };

/** `name` is what the problems call the text: the file the review folder will hold. */
export async function convert(path: string, name: string): Promise<Conversion> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (error) {
    return { status: 'failed', path, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  const imported = await importFile(bytes, path, { pdf: { cMapUrl: CMAP_FOLDER } });
  if (!imported.ok) return { status: 'failed', path, message: imported.problem.message };
  const { text, kind, dropped, pages, sourcePages } = imported;
  const parsed = parseBriefing(new TextEncoder().encode(text), name);
  const problems = parsed.problems.map((problem) => {
    const page = sourcePages[problem.line - 1];
    return page === null || page === undefined ? String(problem) : `${problem} (source page ${page})`;
  });
  if (parsed.issue === undefined) return { status: 'review', path, kind, text, problems, dropped, pages };
  return { status: 'ok', path, kind, totalIssue: parsed.issue.totalIssue, summary: summarise(parsed.issue), text, dropped, pages, warnings: problems };
}
