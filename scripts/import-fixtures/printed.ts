/**
 * What the paper briefing prints, line by line, for an issue: the model every
 * fixture producer (Chromium's printer, pdf-lib, docx) lays out. The import
 * round trip prints an issue so and must read back the same issue.
 *
 * The variations are what office files differ in: body size, date left or
 * right of the publisher, contact fields on one line or several, page breaks
 * between paragraphs.
 */
import type { Issue } from '../../src/lib/briefing/index.ts';

export type PrintedKind =
  | 'masthead'
  | 'issue-number'
  | 'total-issue'
  | 'publisher-date'
  | 'section'
  | 'kicker'
  | 'title'
  | 'subtitle'
  | 'heading'
  | 'paragraph'
  | 'attribution'
  | 'footer-fields'
  | 'distribution';

export interface PrintedLine {
  kind: PrintedKind;
  /** The cells of a line printed apart (publisher and date; footer fields); most lines have one. */
  cells: string[];
  /** A bold opening (an untitled item's lead), printed before the rest of `cells[0]`. */
  boldLead?: string;
  /** Start a new page before this line. */
  pageBreakBefore?: boolean;
}

export interface PrintVariant {
  /** Body size in points: 三号 (16) as GB/T 9704 has it, or a smaller office setting. */
  bodySize: 15 | 16;
  dateFirst: boolean;
  /** Contact fields on one line (`电话：…　传真：…　邮箱：…`), or each on its own. */
  contactOnOneLine: boolean;
  /** Every how many paragraphs a page break is forced before one (0: never). */
  pageBreakEvery: number;
}

/** A variant chosen by the issue's number, so each fixture is reproducible and the corpus sees every arrangement. */
export function variantFor(totalIssue: number): PrintVariant {
  return {
    bodySize: totalIssue % 2 === 0 ? 16 : 15,
    dateFirst: totalIssue % 3 === 0,
    contactOnOneLine: totalIssue % 4 < 2,
    pageBreakEvery: totalIssue % 5 === 0 ? 3 : 0,
  };
}

const one = (kind: PrintedKind, text: string, extra: Partial<PrintedLine> = {}): PrintedLine => ({ kind, cells: [text], ...extra });

export function printedLines(issue: Issue, variant: PrintVariant): PrintedLine[] {
  const date = printedDate(issue.date);
  const lines: PrintedLine[] = [
    one('masthead', issue.publication),
    one('issue-number', `第${issue.issue}期`),
    one('total-issue', `（总第${issue.totalIssue}期）`),
    { kind: 'publisher-date', cells: variant.dateFirst ? [date, issue.publisher] : [issue.publisher, date] },
  ];
  let paragraphs = 0;
  for (const section of issue.sections) {
    if (section.name !== null) lines.push(one('section', `【${section.name}】`));
    for (const article of section.articles) {
      if (article.kicker !== null) lines.push(one('kicker', article.kicker));
      if (article.title !== null) lines.push(one('title', article.title));
      if (article.subtitle !== null) lines.push(one('subtitle', `——${article.subtitle}`));
      article.blocks.forEach((block, index) => {
        paragraphs += 1;
        const pageBreakBefore = variant.pageBreakEvery > 0 && paragraphs % variant.pageBreakEvery === 0;
        const lead = index === 0 && article.lead !== null && block.text.startsWith(article.lead) ? article.lead : undefined;
        lines.push({ kind: block.type === 'heading' ? 'heading' : 'paragraph', cells: [lead === undefined ? block.text : block.text.slice(lead.length)], ...(lead && { boldLead: lead }), ...(pageBreakBefore && { pageBreakBefore }) });
      });
      if (article.source !== null) lines.push(one('attribution', `（${article.source}）`));
    }
  }
  const editorial = [issue.editor && `责编：${issue.editor}`, issue.reviewer && `核稿：${issue.reviewer}`].filter((cell): cell is string => Boolean(cell));
  if (editorial.length > 0) lines.push({ kind: 'footer-fields', cells: editorial });
  const { phone, fax, email } = issue.contact;
  const contact = [phone && `电话：${phone}`, fax && `传真：${fax}`, email && `邮箱：${email}`].filter((cell): cell is string => Boolean(cell));
  if (variant.contactOnOneLine && contact.length > 0) lines.push({ kind: 'footer-fields', cells: contact });
  else for (const cell of contact) lines.push(one('footer-fields', cell));
  const lists = [['报', issue.distribution.report], ['送', issue.distribution.send], ['发', issue.distribution.distribute]] as const;
  for (const [label, recipients] of lists) if (recipients.length > 0) lines.push(one('distribution', `${label}：${recipients.join('，')}。`));
  return lines;
}

/** `2021-03-08` → `2021年3月8日`, as printed under the masthead. */
export function printedDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
