/**
 * Visual lines → the logical lines of the text: what a paste loses, read off
 * the layout instead.
 *
 * - Page numbers (`— 2 —`, `-2-`, `第2页`), lines of rules and ornaments, and
 *   running headers or footers (the same line at the top or foot of several
 *   pages) are dropped, each listed in the report.
 * - A visual line continues the paragraph before it when that one's last
 *   line ran full to the right margin and this one starts at the left margin
 *   in the same size: wrapped lines and a paragraph running over a page
 *   come back joined, with no guessing from the words. An indented line
 *   (a new paragraph), a centred or right-aligned one (titles,
 *   `（西城区文明办）`) and one that opens with a 版记 label start anew.
 * - A centred title wrapped over two lines is one line again.
 * A .docx says where its paragraphs start; its lines are only filtered.
 */
import { FOOTER_LINE, DISTRIBUTION_LINE, SECTION_MARKER } from '../briefing/syntax.ts';
import type { DroppedLine, LogicalLine, VisualLine } from './lines.ts';

const PAGE_NUMBER = /^(?:[—–―\-－~～·•]*\s*\d{1,3}\s*[—–―\-－~～·•]*|第\s*\d{1,3}\s*页(?:\s*[，,]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/;
const DECORATION = /^[\s─━—–―\-－_＿=＝·•★☆◆◇■□※*＊~～]+$/;

export interface Layout {
  lines: LogicalLine[];
  dropped: DroppedLine[];
}

export function layOut(visual: readonly VisualLine[]): Layout {
  const dropped: DroppedLine[] = [];
  const running = runningLines(visual);
  const kept = visual.filter((line) => {
    const text = line.cells.join(' ');
    const reason = PAGE_NUMBER.test(text) ? 'page number' : DECORATION.test(text) ? 'decoration' : running.has(line) ? 'running header or footer' : undefined;
    if (reason !== undefined) dropped.push({ page: line.page, text, reason });
    return reason === undefined;
  });
  return { lines: joinParagraphs(kept), dropped };
}

/**
 * Lines printed at the top or the foot of two or more pages after the first
 * with the same text (digits aside): a running header or footer. The first
 * page's masthead is not one, however a later page repeats it.
 */
function runningLines(visual: readonly VisualLine[]): Set<VisualLine> {
  const byPage = new Map<number, VisualLine[]>();
  for (const line of visual) byPage.set(line.page, [...(byPage.get(line.page) ?? []), line]);
  const edges = [...byPage.entries()].filter(([page]) => page > 1).flatMap(([, lines]) => [lines[0]!, lines.at(-1)!]);
  const shape = (line: VisualLine) => line.cells.join(' ').replace(/\d+/g, '#');
  const counts = new Map<string, number>();
  for (const line of edges) counts.set(shape(line), (counts.get(shape(line)) ?? 0) + 1);
  return new Set(edges.filter((line) => line.left !== null && counts.get(shape(line))! >= 2));
}

interface Geometry {
  left: number;
  right: number;
  bodySize: number;
}

/** The text area: where body lines start, how far the longest ends, in the size most text is set in. */
function geometryOf(lines: readonly VisualLine[]): Geometry | undefined {
  const placed = lines.filter((line) => line.left !== null && line.right !== null);
  if (placed.length === 0) return undefined;
  const bodySize = mostCommon(placed.map((line) => [Math.round(line.size), line.cells.join('').length]));
  const body = placed.filter((line) => Math.round(line.size) === bodySize);
  // The left margin is where the continuation lines start: the leftmost start that many lines share (first lines are
  // indented, and an issue of short items may have more of them than of continuations).
  const starts = new Map<number, number>();
  for (const line of body) starts.set(Math.round(line.left!), (starts.get(Math.round(line.left!)) ?? 0) + 1);
  const shared = [...starts].filter(([, count]) => count >= Math.max(2, body.length * 0.05)).map(([start]) => start);
  const left = shared.length > 0 ? Math.min(...shared) : Math.min(...starts.keys());
  const right = Math.max(...body.map((line) => line.right!));
  return { left, right, bodySize };
}

function mostCommon(weighted: ReadonlyArray<readonly [number, number]>): number {
  const totals = new Map<number, number>();
  for (const [value, weight] of weighted) totals.set(value, (totals.get(value) ?? 0) + weight);
  return [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

/** Opens a line of its own whatever the layout: a 版记 field, a 报/送/发 list, a section marker. */
function opensLine(text: string): boolean {
  return FOOTER_LINE.test(text) || DISTRIBUTION_LINE.test(text) || SECTION_MARKER.test(text);
}

function joinParagraphs(visual: readonly VisualLine[]): LogicalLine[] {
  const geometry = geometryOf(visual);
  const lines: LogicalLine[] = [];
  let previous: VisualLine | undefined;
  for (const line of visual) {
    const last = lines.at(-1);
    if (last !== undefined && previous !== undefined && geometry !== undefined && continues(previous, line, geometry)) {
      last.cells[0] = joinText(last.cells[0]!, line.cells[0]!, previous.endsWithSpace === true);
    } else {
      lines.push({ cells: [...line.cells], page: line.page });
    }
    previous = line;
  }
  return lines;
}

function continues(previous: VisualLine, line: VisualLine, { left, right, bodySize }: Geometry): boolean {
  if (line.paragraphStart === true || line.left === null || previous.left === null || previous.right === null || line.right === null) return false;
  if (previous.cells.length > 1 || line.cells.length > 1 || opensLine(line.cells[0]!)) return false;
  if (Math.abs(previous.size - line.size) > 0.5) return false;
  const em = line.size;
  const ranFull = previous.left < left + 2.5 * em && previous.right > right - 1.5 * em;
  if (!ranFull) return false;
  const atLeft = Math.abs(line.left - left) < 0.5 * em;
  // Centred: short of both margins by about as much (an indented line that runs full is not).
  const centred = line.left > left + em && line.right < right - em && Math.abs(line.left - left - (right - line.right)) < 3 * em;
  // A full line followed by a centred one of the same size, not the body's: a title that wrapped. (An indented line of
  // body text, a heading, may look centred; titles are set in a size of their own.)
  return atLeft || (centred && Math.abs(line.size - bodySize) > 0.5 && Math.abs(previous.left - left) < 0.5 * em);
}

/** Wrapped lines join without a space, but where the line ended in one, or Latin words the wrap set apart. */
function joinText(before: string, after: string, space: boolean): string {
  return space || (/[A-Za-z]$/.test(before) && /^[A-Za-z]/.test(after)) ? `${before} ${after}` : before + after;
}
