/**
 * PDF → visual lines, through PDF.js (pdfjs-dist): each text item comes with
 * its position, size and font, and PDF.js decodes both kinds of font office
 * PDFs use: embedded subsets with their own ToUnicode maps, and fonts that
 * are not embedded at all (STSong-Light with UniGB-UCS2-H), whose codes go
 * through Adobe's predefined CJK CMaps. Those CMaps are files PDF.js fetches
 * from `cMapUrl`: in Node a folder path (`node_modules/pdfjs-dist/cmaps/`),
 * in a browser a URL where the site serves that folder.
 *
 * PDF.js parses in a worker: in Node it runs in the calling thread by itself;
 * a browser page sets `GlobalWorkerOptions.workerSrc` to the URL of
 * `pdfjs-dist/legacy/build/pdf.worker.mjs` before the first call.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { IMPORT_MESSAGES, type ImportProblem } from './errors.ts';
import type { VisualLine } from './lines.ts';
import { foldLookAlikes } from './unicode.ts';

export interface PdfOptions {
  /** Where PDF.js's bundled CMaps are, ending in `/`. */
  cMapUrl: string;
  /** Where PDF.js's standard font data is, ending in `/` (optional: text extraction does without it). */
  standardFontDataUrl?: string;
}

export type PdfReading = { ok: true; lines: VisualLine[]; pages: number } | { ok: false; problem: ImportProblem };

interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Items closer than this many font sizes apart are one cell; further apart, the line holds separate cells. */
const CELL_GAP = 1.5;

export async function readPdf(bytes: Uint8Array, options: PdfOptions): Promise<PdfReading> {
  // PDF.js takes ownership of (detaches) the buffer it is given: hand it a copy so the caller's bytes stay whole.
  const task = getDocument({
    data: bytes.slice(),
    cMapUrl: options.cMapUrl,
    cMapPacked: true,
    ...(options.standardFontDataUrl !== undefined && { standardFontDataUrl: options.standardFontDataUrl }),
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const document = await task.promise;
    const lines: VisualLine[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [, , c, d, x, y] = item.transform as number[];
        runs.push({ text: foldLookAlikes(item.str), x: x!, y: y!, width: item.width, size: Math.hypot(c!, d!) });
      }
      lines.push(...linesOfPage(runs, number));
      page.cleanup();
    }
    const pages = document.numPages;
    if (!lines.some((line) => line.cells.some((cell) => /\p{L}|\p{N}/u.test(cell)))) {
      return { ok: false, problem: { kind: 'no-text-layer', message: IMPORT_MESSAGES['no-text-layer']() } };
    }
    return { ok: true, lines, pages };
  } catch (error) {
    return { ok: false, problem: pdfProblem(error) };
  } finally {
    await task.destroy();
  }
}

function pdfProblem(error: unknown): ImportProblem {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return { kind: 'encrypted', message: IMPORT_MESSAGES.encrypted() };
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'corrupt', message: IMPORT_MESSAGES.corrupt(`PDF.js could not read it (${detail})`) };
}

/** A page's runs grouped into lines (top to bottom, by baseline) and each line into cells (left to right). */
function linesOfPage(runs: TextRun[], page: number): VisualLine[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextRun[][] = [];
  for (const run of sorted) {
    const row = rows.at(-1);
    if (row !== undefined && Math.abs(row[0]!.y - run.y) < Math.max(row[0]!.size, run.size) * 0.5) row.push(run);
    else rows.push([run]);
  }
  return rows.filter((row) => row.some((run) => run.text.trim() !== '')).map((row) => lineOfRow(row.sort((a, b) => a.x - b.x), page));
}

function lineOfRow(row: TextRun[], page: number): VisualLine {
  // A space the line ends with is a space between words that the wrap hid (`文明健康 ⏎ 有你有我`): kept to join them.
  const endsWithSpace = /\s$/.test(row.at(-1)!.text);
  row = row.filter((run) => run.text.trim() !== '');
  const size = Math.max(...row.map((run) => run.size));
  const cells: string[] = [];
  let cell = '';
  let end = -Infinity;
  for (const run of row) {
    const gap = run.x - end;
    if (cell !== '' && gap > CELL_GAP * size) {
      cells.push(cell.trim());
      cell = '';
    } else if (cell !== '' && gap > 0.2 * size && /[A-Za-z0-9]$/.test(cell) && /^[A-Za-z0-9]/.test(run.text)) {
      // Latin words set apart by position, not by a space character.
      cell += ' ';
    }
    cell += run.text;
    end = run.x + run.width;
  }
  cells.push(cell.trim());
  return { cells, page, size, left: row[0]!.x, right: end, ...(endsWithSpace && { endsWithSpace }) };
}
