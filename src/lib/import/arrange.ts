/**
 * Logical lines → the raw text format.md §1 describes, whatever the
 * arrangement the file printed:
 *
 * - the masthead's cells (刊名; 第N期; (总第M期); publisher and date, which
 *   share one visual line with the date left or right) written one per line
 *   in the order the parser reads them;
 * - the 版记: fields sharing a line stay on it, set apart by full-width
 *   spaces (`责编：梅雪峰　　核稿：田文松`), as the parser reads them;
 * - every other line as it is. Lines are separated by blank lines, as in the
 *   corpus files, and the text ends with a line feed.
 *
 * A file without a masthead is not a briefing; a file with a second one
 * holds two issues. Neither is written.
 */
import { DATE_LINE, DISTRIBUTION_LINE, isFooterLine, ISSUE_LINE, isMasthead, TOTAL_ISSUE_LINE } from '../briefing/syntax.ts';
import { IMPORT_MESSAGES, type ImportProblem } from './errors.ts';
import type { LogicalLine } from './lines.ts';

export interface ArrangedText {
  /** The raw text, UTF-8 ready, LF line ends. */
  text: string;
  /** The source page of each line of `text` (index 0 is line 1); null for the blank lines between. */
  sourcePages: Array<number | null>;
}

export type Arrangement = { ok: true; value: ArrangedText } | { ok: false; problem: ImportProblem };

type HeaderRole = 'masthead' | 'issue' | 'totalIssue' | 'date' | 'publisher';
const HEADER_ORDER: readonly HeaderRole[] = ['masthead', 'issue', 'totalIssue', 'publisher', 'date'];

/** How many lines the masthead may take before the body starts. */
const HEADER_LINES = 8;

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** 期号, 总期号 and date, wherever they stand in a masthead cell. */
const HEADER_PART = /(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[（(]\s*总第\s*\d+\s*期\s*[）)]|第\s*\d+\s*期)/;

/**
 * A masthead cell holding several fields set apart by spaces only
 * (`第12期　（总第2178期）`, `首都精神文明办　　2021年3月8日`) as its fields.
 */
function splitHeaderCell(cell: string): string[] {
  return cell.split(HEADER_PART).map((part) => part.trim()).filter((part) => part !== '');
}

function headerRole(cell: string): HeaderRole | undefined {
  const text = squeeze(cell);
  if (isMasthead(text)) return 'masthead';
  if (TOTAL_ISSUE_LINE.test(text)) return 'totalIssue';
  if (ISSUE_LINE.test(text)) return 'issue';
  if (DATE_LINE.test(text)) return 'date';
  return undefined;
}

function holds(line: LogicalLine, role: HeaderRole): boolean {
  return line.cells.flatMap(splitHeaderCell).some((cell) => headerRole(cell) === role);
}

export function arrange(lines: readonly LogicalLine[]): Arrangement {
  const mastheads = lines.filter((line) => holds(line, 'masthead'));
  const start = lines.findIndex((line) => holds(line, 'masthead'));
  const numbered = start !== -1 && lines.slice(start, start + HEADER_LINES).some((line) => holds(line, 'totalIssue'));
  if (!numbered) return { ok: false, problem: { kind: 'not-a-briefing', message: IMPORT_MESSAGES['not-a-briefing']() } };
  if (mastheads.length > 1) {
    const pages = mastheads.map((line) => line.page).join('、');
    return { ok: false, problem: { kind: 'several-issues', message: IMPORT_MESSAGES['several-issues'](mastheads.length, pages) } };
  }

  const out: Array<{ text: string; page: number }> = [];
  const header = readHeaderCells(lines, start);
  out.push(...header.lines);
  let inFooter = false;
  for (const line of lines.slice(0, start).concat(lines.slice(header.end))) {
    const opensField = isFooterLine(line.cells[0]!.replace(':', '：'));
    inFooter ||= opensField;
    const previous = out.at(-1);
    // A 报/送/发 list wraps over lines however the lines were set: what follows it, up to the next label, is more of it.
    if (inFooter && !opensField && previous !== undefined && DISTRIBUTION_LINE.test(previous.text.replace(':', '：'))) {
      previous.text += line.cells.join('');
      continue;
    }
    // Cells printed apart: 版记 fields keep the full-width spaces the parser reads between them; elsewhere (a title
    // set in two phrases) one space, as a paste gives.
    out.push({ text: line.cells.join(inFooter ? '　　' : ' '), page: line.page });
  }

  const sourcePages: Array<number | null> = [];
  const text: string[] = [];
  for (const line of out) {
    text.push(line.text, '');
    sourcePages.push(line.page, null);
  }
  return { ok: true, value: { text: `${text.join('\n')}\n`.replace(/\n\n$/, '\n'), sourcePages: sourcePages.slice(0, -1) } };
}

/**
 * The masthead's cells, from the 刊名 until the date, in the parser's order.
 * A cell that is none of the numbered fields, on the date's line or just
 * before it, is the publisher.
 */
function readHeaderCells(lines: readonly LogicalLine[], start: number): { lines: Array<{ text: string; page: number }>; end: number } {
  const window = lines.slice(start, start + HEADER_LINES);
  const holding = (role: HeaderRole) => window.findIndex((line) => holds(line, role));
  // Without a date the header ends at the 总期号, and the parser reports what is missing after it.
  const end = start + 1 + (holding('date') !== -1 ? holding('date') : holding('totalIssue'));
  const found = new Map<HeaderRole, { text: string; page: number }>();
  const unknown: Array<{ text: string; page: number }> = [];
  for (const line of lines.slice(start, end)) {
    for (const cell of line.cells.flatMap(splitHeaderCell)) {
      const role = headerRole(cell);
      if (role !== undefined && !found.has(role)) found.set(role, { text: cell, page: line.page });
      else unknown.push({ text: cell, page: line.page });
    }
  }
  // The publisher is the last cell that is no numbered field (any others stay before it, for the parser to report).
  const publisher = unknown.pop();
  if (publisher !== undefined) found.set('publisher', publisher);
  const ordered = HEADER_ORDER.flatMap((role) => (found.has(role) ? [found.get(role)!] : []));
  return { lines: [ordered[0]!, ...unknown, ...ordered.slice(1)], end };
}
