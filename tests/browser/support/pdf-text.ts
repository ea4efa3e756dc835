/**
 * The text of a PDF, read back with pdfjs-dist (Mozilla's PDF.js, the
 * reader Firefox and Chromium's PDF viewer extensions build on): every page's
 * text items in order, joined. It reads text through the fonts' ToUnicode
 * maps, as a reader copying from the PDF gets it, which is what a printed
 * page must still say; the look-alike code points Chromium's printer writes
 * for some ideographs (⾸ for 首) are folded back by the importer's own
 * foldLookAlikes, as `briefing import` reads a printed issue.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { foldLookAlikes } from '../../../src/lib/import/unicode.ts';

const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const loading = getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: `${pathToFileURL(path.join(pdfjsDir, 'cmaps'))}/`,
    cMapPacked: true,
    standardFontDataUrl: `${pathToFileURL(path.join(pdfjsDir, 'standard_fonts'))}/`,
    verbosity: 0,
  });
  const document = await loading.promise;
  try {
    const texts: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const content = await (await document.getPage(number)).getTextContent();
      texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
    }
    return { pages: document.numPages, text: foldLookAlikes(texts.join('\n')) };
  } finally {
    // PDF.js 6 ends a document through the task that loaded it (its proxy has no destroy of its own).
    await loading.destroy();
  }
}
