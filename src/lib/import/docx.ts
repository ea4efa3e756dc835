/**
 * .docx → lines: the document's paragraphs, read from word/document.xml
 * with a zip reader (fflate) and a few patterns, since WordprocessingML
 * paragraphs are flat: each `<w:p>` holds runs of `<w:t>` text, tabs and
 * breaks. A paragraph is a line the layout stage does not join to another;
 * a tab, or a table's cells, set text apart (publisher ⟷ date, 责编 ⟷ 核稿).
 * Pages are counted from the page breaks the file records (set by the author,
 * or `w:lastRenderedPageBreak` where Word last laid it out), for the report.
 */
import { unzipSync } from 'fflate';
import { IMPORT_MESSAGES, type ImportProblem } from './errors.ts';
import type { VisualLine } from './lines.ts';
import { foldLookAlikes } from './unicode.ts';

export type DocxReading = { ok: true; lines: VisualLine[]; pages: number } | { ok: false; problem: ImportProblem };

const DOCUMENT = 'word/document.xml';

export function readDocx(bytes: Uint8Array): DocxReading {
  let xml: string;
  try {
    const files = unzipSync(bytes, { filter: (file) => file.name === DOCUMENT });
    const document = files[DOCUMENT];
    if (document === undefined) return { ok: false, problem: { kind: 'corrupt', message: IMPORT_MESSAGES.corrupt('a zip archive without word/document.xml: not a Word document') } };
    xml = new TextDecoder('utf-8', { fatal: true }).decode(document);
  } catch (error) {
    return { ok: false, problem: { kind: 'corrupt', message: IMPORT_MESSAGES.corrupt(`the zip archive cannot be read (${error instanceof Error ? error.message : String(error)})`) } };
  }
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(xml)?.[1];
  if (body === undefined) return { ok: false, problem: { kind: 'corrupt', message: IMPORT_MESSAGES.corrupt('word/document.xml has no body') } };

  const lines: VisualLine[] = [];
  let page = 1;
  for (const [block] of body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p\b[^>]*\/>|<w:p\b[^>]*>[\s\S]*?<\/w:p>/g)) {
    if (block.startsWith('<w:tbl>')) {
      for (const [row] of block.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)) {
        const cells = [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell]) => paragraphText(cell!).text.trim()).filter((cell) => cell !== '');
        if (cells.length > 0) lines.push({ cells, page, size: sizeOf(row), left: null, right: null, paragraphStart: true });
      }
      continue;
    }
    if (/<w:pageBreakBefore(?:\s+w:val="(?:true|1|on)")?\s*\/>/.test(block)) page += 1;
    const { text, breaks } = paragraphText(block);
    // A soft line break ends a line as a paragraph does; a page break inside a paragraph only counts the page.
    for (const part of text.split('\n')) {
      const cells = part.split('\t').map((cell) => cell.trim()).filter((cell) => cell !== '');
      if (cells.length > 0) lines.push({ cells, page, size: sizeOf(block), left: null, right: null, align: alignOf(block), paragraphStart: true });
    }
    page += breaks;
  }
  const pages = Math.max(1, page);
  if (lines.length === 0) return { ok: false, problem: { kind: 'empty', message: IMPORT_MESSAGES.empty() } };
  return { ok: true, lines, pages };
}

/** The text of a paragraph's runs: tabs as `\t`, soft line breaks as `\n`; and how many page breaks it holds. */
function paragraphText(xml: string): { text: string; breaks: number } {
  let text = '';
  let breaks = 0;
  for (const [token, content] of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\b[^>]*\/>|<w:cr\/>|<w:lastRenderedPageBreak\/>/g)) {
    if (content !== undefined) text += foldLookAlikes(unescapeXml(content));
    else if (token === '<w:tab/>') text += '\t';
    else if (token.includes('w:type="page"') || token === '<w:lastRenderedPageBreak/>') breaks += 1;
    else if (!token.includes('w:type="column"')) text += '\n';
  }
  return { text, breaks };
}

function alignOf(paragraph: string): VisualLine['align'] {
  const value = /<w:jc w:val="(\w+)"/.exec(paragraph)?.[1];
  if (value === 'center') return 'centre';
  if (value === 'right' || value === 'end') return 'right';
  if (value === 'both' || value === 'distribute') return 'justify';
  return 'left';
}

/** The first run size the paragraph names, in points (w:sz is in half-points); 0 when it names none. */
function sizeOf(xml: string): number {
  const halfPoints = /<w:sz w:val="(\d+)"/.exec(xml)?.[1];
  return halfPoints === undefined ? 0 : Number(halfPoints) / 2;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g, (_, hex: string | undefined, decimal: string | undefined, name: string | undefined) =>
    hex !== undefined ? String.fromCodePoint(parseInt(hex, 16)) : decimal !== undefined ? String.fromCodePoint(Number(decimal)) : ENTITIES[name!]!,
  );
}
