/**
 * Stage 3: lines → blocks. Blank lines separate blocks; the lines of one
 * block are one paragraph wrapped by the extraction. Page breaks split
 * paragraphs mid-sentence, even mid-word (format.md §1.2):
 *
 * > | …中央和国家机
 * > |
 * > | 关工委打造…
 *
 * `repairPageBreak` joins such fragments back: `中央和国家机关工委打造`.
 */
import type { Place } from './errors.ts';
import { placeOf, widenPunctuation, type Line } from './normalise.ts';
import {
  ATTRIBUTION,
  endsMidClause,
  endsSentence,
  MAX_HEADING_LENGTH,
  NUMBERED_HEADING,
  SECTION_MARKER,
} from './syntax.ts';

export interface TextBlock {
  /** The block's lines joined. */
  text: string;
  /** The lines it was made of, with where each starts in `text`. */
  parts: ReadonlyArray<{ line: Line; start: number }>;
}

/** Group non-blank lines into blocks. */
export function splitBlocks(lines: readonly Line[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: Line[] = [];
  for (const line of [...lines, undefined]) {
    if (line !== undefined && line.text !== '') {
      current.push(line);
      continue;
    }
    if (current.length > 0) blocks.push(current.map(blockOfLine).reduce(joinBlocks));
    current = [];
  }
  return blocks;
}

export function blockOfLine(line: Line): TextBlock {
  return { text: line.text, parts: [{ line, start: 0 }] };
}

/**
 * Join two pieces of one paragraph: Chinese runs on; two Latin words keep a
 * space. A half-width mark at the seam could not see its neighbour while its
 * line was normalised alone (`…目前` / `,2020年…`), so it is widened here.
 */
export function joinBlocks(first: TextBlock, second: TextBlock): TextBlock {
  const glue = /[0-9A-Za-z]$/.test(first.text) && /^[0-9A-Za-z]/.test(second.text) ? ' ' : '';
  const offset = first.text.length + glue.length;
  const seam = Math.max(offset - 2, 0);
  const joined = first.text + glue + second.text;
  const around = joined.slice(seam, offset + 2);
  const widened = widenPunctuation(around);
  return {
    // Most seams hold no mark to widen: the joined text is then kept, not cut up and copied again.
    text: widened === around ? joined : joined.slice(0, seam) + widened + joined.slice(offset + 2),
    parts: [...first.parts, ...second.parts.map((part) => ({ line: part.line, start: part.start + offset }))],
  };
}

/** Where the character at `index` of a block stands in the raw file. */
export function placeInBlock(block: TextBlock, index = 0): Place {
  let part = block.parts[0]!;
  for (const candidate of block.parts) {
    if (candidate.start > index) break;
    part = candidate;
  }
  return placeOf(part.line, Math.min(index - part.start, Math.max(part.line.text.length - 1, 0)));
}

/** The part of a block from `start` on, keeping its places. */
export function sliceBlock(block: TextBlock, start: number, end = block.text.length): TextBlock {
  const parts = block.parts
    .filter((part, index) => (block.parts[index + 1]?.start ?? Infinity) > start && part.start < end)
    .map((part) => ({ line: part.line, start: Math.max(part.start - start, 0) }));
  return { text: block.text.slice(start, end), parts };
}

/**
 * A paragraph that stops where no sentence stops, and is not a heading: the
 * page ended inside it. Headings are short; a short unpunctuated line is a
 * heading, a long one a fragment. A comma or an opening bracket at the end
 * is never a heading's.
 */
export function isPageBreakFragment(block: TextBlock): boolean {
  const { text } = block;
  if (NUMBERED_HEADING.test(text) || ATTRIBUTION.test(text) || SECTION_MARKER.test(text)) return false;
  if (endsMidClause(text)) return true;
  return !endsSentence(text) && text.length > MAX_HEADING_LENGTH;
}

/** Body text a fragment can continue into: not a heading, marker or attribution. */
function canContinue(block: TextBlock): boolean {
  return !NUMBERED_HEADING.test(block.text) && !ATTRIBUTION.test(block.text) && !SECTION_MARKER.test(block.text);
}

/**
 * Add a block to the body read so far, joining it to the last block when
 * that one was cut by a page break. Done block by block, before the
 * attribution is looked for, so a break inside `…句号。（昌平区` / `文明办）`
 * still leaves an attribution.
 */
export function repairPageBreak(body: TextBlock[], block: TextBlock): TextBlock {
  const previous = body.at(-1);
  if (previous === undefined || !isPageBreakFragment(previous) || !canContinue(block)) return block;
  body.pop();
  return joinBlocks(previous, block);
}
