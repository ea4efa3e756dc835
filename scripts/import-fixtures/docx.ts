/**
 * An issue as a Word file (the `docx` package), as an office types it: the
 * masthead in red, publisher and date on one paragraph apart by a right tab
 * stop, centred titles, first-line indents, right-aligned attributions, the
 * 版记 fields on one paragraph apart by tabs or on several, and page breaks
 * before some paragraphs.
 */
import { AlignmentType, Document, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import type { PrintedLine, PrintVariant } from './printed.ts';

const TEXT_WIDTH_TWIPS = 8845; // 156 mm, GB/T 9704's text width

function paragraphOf(line: PrintedLine, variant: PrintVariant): Paragraph {
  const size = variant.bodySize * 2;
  const run = (text: string, extra: { bold?: boolean; size?: number; color?: string } = {}) => new TextRun({ text, size, font: '宋体', ...extra });
  const common = { pageBreakBefore: line.pageBreakBefore === true };
  switch (line.kind) {
    case 'masthead':
      return new Paragraph({ ...common, alignment: AlignmentType.CENTER, children: [run(line.cells[0]!, { bold: true, size: 60, color: 'DD0000' })] });
    case 'publisher-date':
      return new Paragraph({ ...common, tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH_TWIPS }], children: [run(line.cells[0]!), run(`\t${line.cells[1]}`)] });
    case 'issue-number':
    case 'total-issue':
    case 'kicker':
    case 'subtitle':
      return new Paragraph({ ...common, alignment: AlignmentType.CENTER, children: [run(line.cells[0]!)] });
    case 'title':
      return new Paragraph({ ...common, alignment: AlignmentType.CENTER, children: [run(line.cells[0]!, { bold: true, size: 40 })] });
    case 'attribution':
      return new Paragraph({ ...common, alignment: AlignmentType.RIGHT, children: [run(line.cells[0]!)] });
    case 'footer-fields':
      return new Paragraph({ ...common, children: line.cells.map((cell, index) => run(index === 0 ? cell : `\t${cell}`, { size: 28 })) });
    case 'distribution':
      return new Paragraph({ ...common, children: [run(line.cells[0]!, { size: 28 })] });
    case 'section':
    case 'heading':
      return new Paragraph({ ...common, indent: { firstLine: size * 20 }, children: [run(line.cells[0]!, { bold: true })] });
    case 'paragraph':
      return new Paragraph({
        ...common,
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: size * 20 },
        children: [...(line.boldLead === undefined ? [] : [run(line.boldLead, { bold: true })]), run(line.cells[0]!)],
      });
  }
}

export async function issueDocx(lines: readonly PrintedLine[], variant: PrintVariant): Promise<Uint8Array> {
  const document = new Document({
    creator: 'briefing import fixtures',
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, right: 1474, bottom: 1984, left: 1588 } } }, children: lines.map((line) => paragraphOf(line, variant)) }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
