/**
 * The importer's pure core: a file's bytes → the raw text of one issue
 * (format.md §1), the lines it left out, or a problem in words. No file
 * system, no Node built-ins: the command (scripts/import/) and the editor's
 * desk in the browser both run exactly this.
 *
 *   const result = await importFile(bytes, '2020-37.pdf', { pdf: { cMapUrl } });
 *   result.ok ? result.text : result.problem.message
 *
 * The text then goes through the parser like any file of the archive; this
 * module decides nothing the parser decides.
 *
 * PDF.js needs two things from its host (pdf.ts says more):
 * - `pdf.cMapUrl`: the folder of its bundled CMaps, ending in `/`: in Node
 *   the path of node_modules/pdfjs-dist/cmaps/, in a browser the URL the
 *   site serves that folder at (fonts not embedded, like STSong-Light, are
 *   unreadable without them);
 * - its worker: Node runs it in the calling thread by itself; a browser page
 *   sets `GlobalWorkerOptions.workerSrc` (exported by
 *   `pdfjs-dist/legacy/build/pdf.mjs`) to the URL of
 *   `pdfjs-dist/legacy/build/pdf.worker.mjs` before the first import.
 *
 * Stages: sniff.ts (what the bytes are) → pdf.ts / docx.ts (visual lines,
 * look-alike characters folded by unicode.ts) → layout.ts (paragraphs
 * joined, page numbers and ornaments dropped and reported) → arrange.ts
 * (masthead and 版记 written as the parser reads them). errors.ts holds every
 * message.
 */
import { decode } from '../briefing/decode.ts';
import { arrange } from './arrange.ts';
import { readDocx } from './docx.ts';
import { IMPORT_MESSAGES, type ImportProblem } from './errors.ts';
import { layOut } from './layout.ts';
import type { DroppedLine, VisualLine } from './lines.ts';
import { readPdf, type PdfOptions } from './pdf.ts';
import { sniff, type InputKind } from './sniff.ts';

export interface ImportOptions {
  pdf: PdfOptions;
}

export type ImportResult =
  | {
      ok: true;
      kind: InputKind;
      /** The raw text, LF line ends. */
      text: string;
      /** The source page of each line of `text` (index 0 is line 1), null where the line has none (blank lines, text files). */
      sourcePages: Array<number | null>;
      /** Lines of the source left out of the text, each with its page and why. */
      dropped: DroppedLine[];
      /** Pages of the source (1 for a text file). */
      pages: number;
    }
  | { ok: false; kind: InputKind | undefined; problem: ImportProblem };

export async function importFile(bytes: Uint8Array, fileName: string, options: ImportOptions): Promise<ImportResult> {
  const kind = sniff(bytes, fileName);
  if (kind.ok === false) return { ok: false, kind: undefined, problem: kind.problem };
  if (kind.value === 'txt') {
    const decoded = decode(bytes, fileName);
    if (!decoded.ok) return { ok: false, kind: 'txt', problem: { kind: 'undecodable', message: IMPORT_MESSAGES.undecodable(decoded.problem.reason) } };
    const text = decoded.value.text.endsWith('\n') ? decoded.value.text : `${decoded.value.text}\n`;
    return { ok: true, kind: 'txt', text, sourcePages: [], dropped: [], pages: 1 };
  }

  const read: { ok: true; lines: VisualLine[]; pages: number } | { ok: false; problem: ImportProblem } =
    kind.value === 'pdf' ? await readPdf(bytes, options.pdf) : readDocx(bytes);
  if (!read.ok) return { ok: false, kind: kind.value, problem: read.problem };
  const layout = layOut(read.lines);
  const arranged = arrange(layout.lines);
  if (!arranged.ok) return { ok: false, kind: kind.value, problem: arranged.problem };
  return { ok: true, kind: kind.value, ...arranged.value, dropped: layout.dropped, pages: read.pages };
}

export { foldLookAlikes } from './unicode.ts';
export type { ImportProblem, ImportProblemKind } from './errors.ts';
export type { DroppedLine } from './lines.ts';
export type { InputKind } from './sniff.ts';
export type { PdfOptions } from './pdf.ts';
