/**
 * An issue laid out as the paper briefing in HTML, for Chromium's printer:
 * A4 with GB/T 9704's margins (37 / 26 / 35 / 28 mm), red masthead over a red
 * rule, 三号 body with a two-character first-line indent, page numbers
 * `— N —` in the bottom margin, and the 版记 between rules after the body.
 * Text is escaped: nothing of the issue is read as markup.
 */
import type { PrintedLine, PrintVariant } from './printed.ts';

export const PAGE_MARGINS_MM = { top: 37, right: 26, bottom: 35, left: 28 } as const;

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function lineHtml(line: PrintedLine): string {
  const breakClass = line.pageBreakBefore ? ' break' : '';
  const cells = line.cells.map((cell) => `<span>${escape(cell)}</span>`).join('');
  const lead = line.boldLead === undefined ? '' : `<b>${escape(line.boldLead)}</b>`;
  if (line.kind === 'paragraph' || line.kind === 'heading') return `<p class="${line.kind}${breakClass}">${lead}${escape(line.cells[0]!)}</p>`;
  return `<div class="${line.kind}${breakClass}">${cells}</div>`;
}

export function issueHtml(lines: readonly PrintedLine[], variant: PrintVariant): string {
  const size = `${variant.bodySize}pt`;
  const header = lines.filter((line) => ['masthead', 'issue-number', 'total-issue', 'publisher-date'].includes(line.kind));
  const footer = lines.filter((line) => line.kind === 'footer-fields' || line.kind === 'distribution');
  const body = lines.filter((line) => !header.includes(line) && !footer.includes(line));
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: A4; margin: ${PAGE_MARGINS_MM.top}mm ${PAGE_MARGINS_MM.right}mm ${PAGE_MARGINS_MM.bottom}mm ${PAGE_MARGINS_MM.left}mm; }
body { margin: 0; font-family: 'Noto Serif CJK SC', serif; font-size: ${size}; line-height: 1.75; }
p, div { margin: 0; }
.masthead { color: #d00; font-size: 30pt; text-align: center; font-weight: bold; letter-spacing: 2pt; }
.issue-number, .total-issue { text-align: center; }
.publisher-date { display: flex; justify-content: space-between; border-bottom: 2pt solid #d00; padding-bottom: 2mm; margin-bottom: 6mm; }
.section { font-family: 'Noto Sans CJK SC', sans-serif; font-weight: bold; }
.kicker, .subtitle { text-align: center; font-size: ${variant.bodySize - 1}pt; }
.title { text-align: center; font-family: 'Noto Sans CJK SC', sans-serif; font-weight: bold; font-size: 20pt; margin: 2mm 0; }
.paragraph, .heading { text-indent: 2em; text-align: justify; }
.heading { font-family: 'Noto Sans CJK SC', sans-serif; font-weight: bold; }
.attribution { text-align: right; }
.footer { border-top: 1pt solid #000; border-bottom: 1pt solid #000; margin-top: 10mm; font-size: 14pt; break-inside: avoid; }
.footer-fields { display: flex; gap: 2em; }
.footer-fields span, .publisher-date span { white-space: nowrap; }
.break { break-before: page; }
</style></head><body>
<header>${header.map(lineHtml).join('\n')}</header>
<main>${body.map(lineHtml).join('\n')}</main>
<footer class="footer">${footer.map(lineHtml).join('\n')}</footer>
</body></html>`;
}

/** The page number in the bottom margin, as Chromium's footer template. */
export const PAGE_NUMBER_TEMPLATE =
  '<div style="width:100%;text-align:center;font-size:12pt;font-family:\'Noto Serif CJK SC\',serif">— <span class="pageNumber"></span> —</div>';
