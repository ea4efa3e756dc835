/**
 * PDFs written by pdf-lib with the project's own line breaking and
 * pagination, in two kinds of font office PDFs hold:
 * - `embedded`: a subset of Noto Serif CJK SC (fonts-noto-cjk) with its own
 *   ToUnicode map. pdf-lib's font engine reads one font, not a collection,
 *   so it is handed the collection's simplified-Chinese face by name;
 * - `unembedded`: STSong-Light, not embedded at all, its text encoded as
 *   UniGB-UCS2-H, which a reader decodes through Adobe's predefined CMaps.
 * The page is GB/T 9704's: A4, 37 / 26 / 35 / 28 mm margins, red masthead
 * over a red rule, page numbers in the bottom margin, and the 版记 at the
 * foot of the last page between rules.
 */
import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { PDFDocument, PDFHexString, PDFName, PDFString, rgb, type PDFFont, type PDFPage, PDFOperator, PDFNumber } from 'pdf-lib';
import type { PrintedLine, PrintVariant } from './printed.ts';

const MM = 72 / 25.4;
const PAGE = { width: 210 * MM, height: 297 * MM };
const MARGIN = { top: 37 * MM, right: 26 * MM, bottom: 35 * MM, left: 28 * MM };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const RED = rgb(0.85, 0, 0);
const NOTO_SERIF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
const NOTO_FACE = 'NotoSerifCJKsc-Regular';

/** How a page number is printed: the three forms office files use. */
const PAGE_NUMBER_FORMS = [(n: number) => `— ${n} —`, (n: number) => `-${n}-`, (n: number) => `第${n}页`];

/** Draws text in one font and tells its width: the embedded subset, or STSong-Light written by hand. */
interface Face {
  width(text: string, size: number): number;
  draw(page: PDFPage, text: string, x: number, y: number, size: number, red?: boolean): void;
}

/** The face, read once per process: reading the 20 MB collection took longer than writing a PDF. */
let notoFace: unknown;

async function embeddedFace(document: PDFDocument): Promise<Face> {
  notoFace ??= fontkit.create(new Uint8Array(readFileSync(NOTO_SERIF)), NOTO_FACE);
  // pdf-lib calls fontkit.create(bytes), which would give the whole collection: hand it the face instead.
  document.registerFontkit({ create: () => notoFace } as unknown as typeof fontkit);
  const font: PDFFont = await document.embedFont(new Uint8Array(0), { subset: true });
  return {
    width: (text, size) => font.widthOfTextAtSize(text, size),
    draw: (page, text, x, y, size, red) => page.drawText(text, { x, y, size, font, color: red ? RED : rgb(0, 0, 0) }),
  };
}

/** Adobe-GB1's half-width Latin (CIDs 1–95, which UniGB-UCS2-H gives U+0020–U+007E) is proportional; here 500 units each. */
const isHalfWidth = (character: string) => character.codePointAt(0)! < 0x7f;

function unembeddedFace(document: PDFDocument): Face {
  const context = document.context;
  const descendant = context.obj({
    Type: 'Font',
    Subtype: 'CIDFontType0',
    BaseFont: 'STSong-Light',
    CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('GB1'), Supplement: 4 },
    FontDescriptor: context.register(
      context.obj({ Type: 'FontDescriptor', FontName: 'STSong-Light', Flags: 6, FontBBox: [-25, -254, 1000, 880], ItalicAngle: 0, Ascent: 880, Descent: -120, CapHeight: 880, StemV: 93 }),
    ),
    DW: 1000,
    W: [1, 95, 500],
  });
  const fontRef = context.register(
    context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: 'STSong-Light', Encoding: 'UniGB-UCS2-H', DescendantFonts: [context.register(descendant)] }),
  );
  const key = PDFName.of('STSong');
  return {
    width: (text, size) => Array.from(text).reduce((sum, character) => sum + (isHalfWidth(character) ? 0.5 : 1) * size, 0),
    draw: (page, text, x, y, size, red) => {
      page.node.setFontDictionary(key, fontRef);
      const hex = Array.from(text, (character) => character.codePointAt(0)!.toString(16).padStart(4, '0')).join('');
      const [r, g, b] = red ? [0.85, 0, 0] : [0, 0, 0];
      page.pushOperators(
        PDFOperator.of('BT' as never),
        PDFOperator.of('rg' as never, [PDFNumber.of(r), PDFNumber.of(g), PDFNumber.of(b)]),
        PDFOperator.of('Tf' as never, [key, PDFNumber.of(size)]),
        PDFOperator.of('Td' as never, [PDFNumber.of(x), PDFNumber.of(y)]),
        PDFOperator.of('Tj' as never, [PDFHexString.of(hex)]),
        PDFOperator.of('ET' as never),
      );
    },
  };
}

/** Greedy line breaking: as many characters as the width holds (the first line may be indented). */
function wrap(face: Face, text: string, size: number, width: number, indent: number): string[] {
  const lines: string[] = [];
  let line = '';
  let room = width - indent;
  for (const character of Array.from(text)) {
    // A space never starts a line: it hangs at the end of the one before, as typesetters do.
    if (line !== '' && character !== ' ' && face.width(line + character, size) > room) {
      lines.push(line);
      line = '';
      room = width;
    }
    line += character;
  }
  if (line !== '') lines.push(line);
  return lines;
}

export async function writeWithPdfLib(lines: readonly PrintedLine[], variant: PrintVariant, fonts: 'embedded' | 'unembedded'): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.setProducer('briefing import fixtures (pdf-lib)');
  const face = fonts === 'embedded' ? await embeddedFace(document) : unembeddedFace(document);
  const body = variant.bodySize;
  const pages: PDFPage[] = [];
  let page!: PDFPage;
  let y = 0;
  const newPage = () => {
    page = document.addPage([PAGE.width, PAGE.height]);
    pages.push(page);
    y = PAGE.height - MARGIN.top;
  };
  const advance = (height: number) => {
    if (y - height < MARGIN.bottom) newPage();
    y -= height;
  };
  newPage();

  const footer = lines.filter((line) => line.kind === 'footer-fields' || line.kind === 'distribution');
  for (const line of lines.filter((candidate) => !footer.includes(candidate))) {
    if (line.pageBreakBefore && y < PAGE.height - MARGIN.top) newPage();
    const text = line.cells[0]!;
    switch (line.kind) {
      case 'masthead':
      case 'issue-number':
      case 'total-issue':
      case 'kicker':
      case 'subtitle':
      case 'title': {
        const size = line.kind === 'masthead' ? 30 : line.kind === 'title' ? 20 : line.kind === 'kicker' || line.kind === 'subtitle' ? body - 1 : body;
        for (const part of wrap(face, text, size, TEXT_WIDTH, 0)) {
          advance(size * 1.75);
          face.draw(page, part, MARGIN.left + (TEXT_WIDTH - face.width(part, size)) / 2, y, size, line.kind === 'masthead');
        }
        break;
      }
      case 'publisher-date': {
        advance(body * 1.75);
        face.draw(page, line.cells[0]!, MARGIN.left, y, body);
        face.draw(page, line.cells[1]!, MARGIN.left + TEXT_WIDTH - face.width(line.cells[1]!, body), y, body);
        page.drawLine({ start: { x: MARGIN.left, y: y - 8 }, end: { x: MARGIN.left + TEXT_WIDTH, y: y - 8 }, thickness: 2, color: RED });
        y -= 16;
        break;
      }
      case 'attribution':
        advance(body * 1.75);
        face.draw(page, text, MARGIN.left + TEXT_WIDTH - face.width(text, body), y, body);
        break;
      case 'section':
        advance(body * 1.75);
        face.draw(page, text, MARGIN.left, y, body);
        break;
      case 'heading':
      case 'paragraph': {
        const whole = (line.boldLead ?? '') + text;
        wrap(face, whole, body, TEXT_WIDTH, 2 * body).forEach((part, index) => {
          advance(body * 1.75);
          face.draw(page, part, MARGIN.left + (index === 0 ? 2 * body : 0), y, body);
        });
        break;
      }
      default:
        break;
    }
  }

  // The 版记 at the foot of the last page, between rules.
  const size = 14;
  const footerLines = footer.flatMap((line) =>
    line.kind === 'distribution' ? wrap(face, line.cells[0]!, size, TEXT_WIDTH, 0).map((part) => [part]) : [line.cells],
  );
  const height = footerLines.length * size * 1.6 + 12;
  if (y - height < MARGIN.bottom) newPage();
  let footY = MARGIN.bottom + height;
  page.drawLine({ start: { x: MARGIN.left, y: footY }, end: { x: MARGIN.left + TEXT_WIDTH, y: footY }, thickness: 1 });
  footY -= 6;
  for (const cells of footerLines) {
    footY -= size * 1.6;
    let x = MARGIN.left;
    for (const cell of cells) {
      face.draw(page, cell, x, footY, size);
      x += face.width(cell, size) + 2 * size;
    }
  }
  page.drawLine({ start: { x: MARGIN.left, y: MARGIN.bottom }, end: { x: MARGIN.left + TEXT_WIDTH, y: MARGIN.bottom }, thickness: 1 });

  const form = PAGE_NUMBER_FORMS[variant.bodySize % 3 === 0 ? 0 : lines.length % 3]!;
  pages.forEach((numbered, index) => {
    const label = form(index + 1);
    face.draw(numbered, label, (PAGE.width - face.width(label, 12)) / 2, MARGIN.bottom - 40, 12);
  });
  return document.save({ useObjectStreams: false });
}
