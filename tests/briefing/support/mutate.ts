/**
 * Mutations a briefing suffers on its way from the paper issue to a file:
 * extra blank lines, more page breaks, items in another order, another
 * encoding and other line ends. None of them changes what the issue says.
 */
import iconv from 'iconv-lite';

export type TestEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16be-bom' | 'gb18030';

const DATE_LINE = /^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/;
const FOOTER_LINE = /^\s*(?:责编|核稿|电话|传真|邮箱|报|送|发)\s*[:：]/;
/** Where a sentence or clause may end: a page break after it starts a new paragraph, so the tests do not put one there. */
const SENTENCE_END = /[。！？；：…!?;:]$|[。！？…!?][”’」』）)]$/;
/** A title-block line is at most this long; a fragment must be longer so it is not mistaken for one. */
const LONGER_THAN_A_TITLE = 41;
/** An item ends with its attribution: `…水平。（东城区文明办）` or `(房山区文明办)` on its own line. */
const ITEM_END = /[（(][^（）()]{2,40}[）)]\s*$/;

function bodyLineRange(lines: readonly string[]): [number, number] {
  const start = lines.findIndex((line) => DATE_LINE.test(line)) + 1;
  const end = lines.findIndex((line, index) => index >= start && FOOTER_LINE.test(line));
  return [start, end === -1 ? lines.length : end];
}

/** Insert a blank line after each chosen line (seeds pick the lines). */
export function insertBlankLines(text: string, seeds: readonly number[]): string {
  const lines = text.split('\n');
  const chosen = new Set(seeds.map((seed) => seed % lines.length));
  return lines.flatMap((line, index) => (chosen.has(index) ? [line, ''] : [line])).join('\n');
}

/** Split body paragraphs mid-sentence, as a page break does: `…中央和国家机` / blank / `关工委打造…`. */
export function insertPageBreaks(text: string, seeds: ReadonlyArray<readonly [number, number]>): string {
  let lines = text.split('\n');
  for (const [lineSeed, positionSeed] of seeds) {
    const [start, end] = bodyLineRange(lines);
    const candidates: Array<[number, number[]]> = [];
    for (let index = start; index < end; index += 1) {
      const line = lines[index]!.trim();
      const cuts: number[] = [];
      for (let cut = LONGER_THAN_A_TITLE; cut < line.length - 1; cut += 1) {
        const before = line.slice(0, cut).trimEnd();
        if (!SENTENCE_END.test(before) && line.slice(cut).trim() !== '') cuts.push(cut);
      }
      if (cuts.length > 0) candidates.push([index, cuts]);
    }
    if (candidates.length === 0) break;
    const [index, cuts] = candidates[lineSeed % candidates.length]!;
    const line = lines[index]!.trim();
    const cut = cuts[positionSeed % cuts.length]!;
    lines = [...lines.slice(0, index), line.slice(0, cut), '', line.slice(cut), ...lines.slice(index + 1)];
  }
  return lines.join('\n');
}

/** The untitled items of an issue's last section, as line ranges [start, end). */
export function itemRanges(text: string): Array<[number, number]> {
  const lines = text.split('\n');
  const [bodyStart, bodyEnd] = bodyLineRange(lines);
  const marker = lines.findLastIndex((line, index) => index < bodyEnd && /^\s*【.+】\s*$/.test(line));
  let start = Math.max(marker + 1, bodyStart);
  const items: Array<[number, number]> = [];
  for (let index = start; index < bodyEnd; index += 1) {
    if (ITEM_END.test(lines[index]!)) {
      items.push([start, index + 1]);
      start = index + 1;
    }
  }
  return items;
}

/** Put the items in the order `order` gives (a permutation of their indexes). */
export function reorderItems(text: string, order: readonly number[]): string {
  const lines = text.split('\n');
  const items = itemRanges(text);
  if (items.length === 0) return text;
  const first = items[0]![0];
  const last = items[items.length - 1]![1];
  const moved = order.flatMap((index) => {
    const [start, end] = items[index]!;
    return ['', ...lines.slice(start, end), ''];
  });
  return [...lines.slice(0, first), ...moved, ...lines.slice(last)].join('\n');
}

export function encode(text: string, encoding: TestEncoding, crlf: boolean): Uint8Array {
  const withLineEnds = crlf ? text.replaceAll('\n', '\r\n') : text;
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(withLineEnds, 'utf-8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(withLineEnds, 'utf-8')]);
    case 'utf-16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(withLineEnds, 'utf16le')]);
    case 'utf-16be-bom':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(withLineEnds, 'utf16le').swap16()]);
    case 'gb18030':
      return iconv.encode(withLineEnds, 'gb18030');
  }
}
