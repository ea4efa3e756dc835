/**
 * A PDF or .docx on the desk: read by the importer `briefing import` runs
 * (lib/import/), which with PDF.js and its worker is loaded from the site
 * the first time such a file is opened, never with the page. PDF.js reads
 * its character maps from the site too (urls.deskCMaps).
 */
import type { ImportResult } from '../../lib/import/index.ts';

/** `%PDF`, or a zip (a .docx), or named as an office document: the importer's, not a text file. */
export function isDocument(name: string, bytes: Uint8Array): boolean {
  const starts = (...prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);
  return /\.(?:pdf|docx?|wps)$/i.test(name) || starts(0x25, 0x50, 0x44, 0x46) || starts(0x50, 0x4b, 0x03, 0x04);
}

export async function importDocument(bytes: Uint8Array, name: string, cMapUrl: string): Promise<ImportResult> {
  const [{ importFile }, { GlobalWorkerOptions }, { default: workerUrl }] = await Promise.all([
    import('../../lib/import/index.ts'),
    import('pdfjs-dist/legacy/build/pdf.mjs'),
    import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?worker&url'),
  ]);
  GlobalWorkerOptions.workerSrc = workerUrl;
  return importFile(bytes, name, { pdf: { cMapUrl } });
}
