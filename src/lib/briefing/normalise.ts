/**
 * Stage 2: text → lines, with the extraction noise of format.md §1.3 removed
 * and a map back to the raw file so every message points at what the editor
 * sees.
 *
 * Rules, each applied within one line:
 * - Leading and trailing whitespace goes; a run of inner whitespace becomes
 *   one space.
 * - Half-width `, : ; ( ) ? !` touching Chinese text become full-width:
 *   `就传达,学习` → `就传达，学习`, `(总第 2169 期)` → `（总第2169期）`.
 *   Not inside e-mail addresses or URLs (`邮箱:jswmzhxhc@163.com` keeps its
 *   address), not between digits (`1,000`, `10:30`), not in Latin text.
 *   A bracket pair converts together: `(2021—2023)` → `（2021—2023）`.
 * - A space between a Chinese character and a digit or Latin letter is
 *   extraction noise: `2020 年` → `2020年`, `手机 APP 平台` → `手机APP平台`.
 *   A space between two Chinese phrases is deliberate and stays:
 *   `常态化推进 项目化落实`.
 * Text is never added or reordered: only whitespace and punctuation width change.
 */
import type { Place } from './errors.ts';

export interface Line {
  /** 1-based number of the line in the raw file. */
  number: number;
  /** The normalised text (empty for a blank line). */
  text: string;
  /**
   * Where the mapping from normalised to raw columns changes: pairs of
   * [index in text, 0-based index in the raw line]. Sparse, since only
   * removed whitespace shifts it.
   */
  anchors: ReadonlyArray<readonly [number, number]>;
}

const HALF_TO_FULL: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '(': '（',
  ')': '）',
  '?': '？',
  '!': '！',
};

/**
 * Han characters, CJK and full-width punctuation, and the quotes, dashes and
 * dots Chinese text uses. Compared by code (this runs for every mark and
 * space of the archive); a high surrogate stands for the Han extensions
 * beyond the Basic Multilingual Plane.
 */
export function isChinese(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd840 && code <= 0xd87f) ||
    (code >= 0x2018 && code <= 0x201d) ||
    code === 0x2014 ||
    code === 0x2026 ||
    code === 0x00b7
  );
}

function isLatinOrDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * The marks `, : ; ( ) ? !`, the whitespace of isWhitespace and the dots
 * that may start an address (`www.`), found in one regex search of a line.
 * Global, so each `test` goes on from `lastIndex`; `test` (unlike a match
 * iterator) allocates nothing per find.
 */
const MARK_WHITESPACE_OR_DOT = /[,:;()?!. \t\u00A0\u3000\u2002-\u200A\f\v]/g;
/** `, : ; ( ) ? !` */
const HALF_WIDTH_MARK = /[,:;()?!]/g;
/** Addresses keep their ASCII punctuation: jswmzhxhc@163.com, http://www.bjwmb.gov.cn/a?b=1. */
const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?|ftp):\/\/[^\s\u3000-\u303F\uFF00-\uFFEF，。；：“”]+|www\.[\w-]+(?:\.[\w-]+)+[^\s\u3000-\u303F\uFF00-\uFFEF，。；：“”]*/g;

/** A comma with a Han character right before and right after it. */
const COMMA_BETWEEN_HAN = /(?<=[\u3400-\u4dbf\u4e00-\u9fff]),(?=[\u3400-\u4dbf\u4e00-\u9fff])/g;
/** Whether a text may hold an address whose marks are kept: a URL (an e-mail address holds none of the marks). */
const URL_START = /:\/\/|www\./;

/** Split text into normalised lines; `firstLine` is the raw line number of its first line. */
export function normaliseLines(text: string, firstLine = 1): Line[] {
  // Most marks of a briefing are commas between Han characters. The rules widen every one of them, and
  // none is the neighbour another mark or a space is judged by, so one replace over the whole text
  // widens them all and spares each its turn in normaliseLine. A URL may hold such a comma and keep it.
  const widened = URL_START.test(text) ? text : text.replace(COMMA_BETWEEN_HAN, '，');
  // Each line is cut as it is normalised: split would first build an array of them all.
  const lines: Line[] = [];
  let start = 0;
  for (let end = widened.indexOf('\n'); end !== -1; end = widened.indexOf('\n', start)) {
    lines.push(normaliseLine(widened.slice(start, end), firstLine + lines.length));
    start = end + 1;
  }
  lines.push(normaliseLine(widened.slice(start), firstLine + lines.length));
  return lines;
}

/**
 * Widening keeps the length, so the marks to widen and the runs of
 * whitespace are both found in the raw line, and the normalised text is
 * built in one pass (building a widened line first and reading it again
 * would copy every line twice).
 */
export function normaliseLine(raw: string, number: number): Line {
  if (raw === '') return { number, text: '', anchors: [] };
  const marks: number[] = [];
  /** Start and end of each run of whitespace, in pairs. */
  const runs: number[] = [];
  // An address holds marks to keep only after `://` or `www.`.
  let mayHoldAddress = false;
  MARK_WHITESPACE_OR_DOT.lastIndex = 0;
  while (MARK_WHITESPACE_OR_DOT.test(raw)) {
    const start = MARK_WHITESPACE_OR_DOT.lastIndex - 1;
    const code = raw.charCodeAt(start);
    if (code === 0x2e) {
      mayHoldAddress ||= raw.startsWith('www', start - 3);
      continue;
    }
    if (!isWhitespace(code)) {
      mayHoldAddress ||= code === 0x3a && raw.startsWith('//', start + 1);
      marks.push(start);
      continue;
    }
    // Runs are short: their end is found by a loop.
    let end = start + 1;
    while (end < raw.length && isWhitespace(raw.charCodeAt(end))) end += 1;
    runs.push(start, end);
    MARK_WHITESPACE_OR_DOT.lastIndex = end;
  }
  const widened = marksToWiden(raw, marks, mayHoldAddress);
  // Most lines of a briefing hold no whitespace at all.
  if (runs.length === 0) return { number, text: widenAt(raw, widened, 0, raw.length), anchors: [[0, 0]] };

  // A widened mark is Chinese text to the space beside it.
  const codeAt = (index: number) => (widened.includes(index) ? FULL_WIDTH_CODE : raw.charCodeAt(index));
  const anchors: Array<readonly [number, number]> = [];
  let text = '';
  const copy = (from: number, to: number) => {
    if (anchors.length === 0 || needsAnchor(anchors, text.length, from)) anchors.push([text.length, from]);
    text += widenAt(raw, widened, from, to);
  };
  let copied = 0;
  // Each run of whitespace is dropped, or kept as one space.
  for (let run = 0; run < runs.length; run += 2) {
    const start = runs[run]!;
    const end = runs[run + 1]!;
    if (start > copied) copy(copied, start);
    const inside = start > 0 && end < raw.length;
    if (inside && !isExtractionSpace(codeAt(start - 1), codeAt(end))) {
      if (needsAnchor(anchors, text.length, start)) anchors.push([text.length, start]);
      text += ' ';
    }
    copied = end;
  }
  if (copied < raw.length) copy(copied, raw.length);
  return { number, text, anchors };
}

/** Column (1-based) in the raw line of the character at `index` of the normalised text. */
export function placeOf(line: Line, index = 0): Place {
  let rawIndex = index;
  for (const [at, raw] of line.anchors) {
    if (at > index) break;
    rawIndex = raw + (index - at);
  }
  return { line: line.number, column: rawIndex + 1 };
}

function needsAnchor(anchors: ReadonlyArray<readonly [number, number]>, at: number, raw: number): boolean {
  const [lastAt, lastRaw] = anchors[anchors.length - 1]!;
  return raw - lastRaw !== at - lastAt;
}

function isExtractionSpace(before: number, after: number): boolean {
  return (isChinese(before) && isLatinOrDigit(after)) || (isLatinOrDigit(before) && isChinese(after));
}

/** Widen the half-width marks of a line that touch Chinese text (the rules above). Length is kept. */
export function widenPunctuation(raw: string): string {
  const marks: number[] = [];
  HALF_WIDTH_MARK.lastIndex = 0;
  while (HALF_WIDTH_MARK.test(raw)) marks.push(HALF_WIDTH_MARK.lastIndex - 1);
  return widenAt(raw, marksToWiden(raw, marks, URL_START.test(raw)), 0, raw.length);
}

/** Any full-width mark: all of them are Chinese text to isChinese. */
const FULL_WIDTH_CODE = 0xff0c;

/** `raw` from `from` to `to`, with the marks at `widened` (ascending positions) made full-width. */
function widenAt(raw: string, widened: readonly number[], from: number, to: number): string {
  let text = '';
  let copied = from;
  for (const index of widened) {
    if (index < from) continue;
    if (index >= to) break;
    text += raw.slice(copied, index) + HALF_TO_FULL[raw[index]!]!;
    copied = index + 1;
  }
  return copied === from ? raw.slice(from, to) : text + raw.slice(copied, to);
}

/**
 * Of the marks of a line (ascending positions), those to widen: outside
 * addresses, touching Chinese, or paired with a bracket that is. An e-mail
 * address holds none of the marks, so only a line with a URL (`://` or
 * `www.`) may have marks to keep.
 */
function marksToWiden(raw: string, marks: number[], mayHoldAddress: boolean): number[] {
  if (marks.length === 0) return marks;
  const candidates = mayHoldAddress ? outsideAddresses(raw, marks) : marks;
  // One flag per candidate, in line order: a Set of positions would need sorting.
  const widen = candidates.map((index) => touchesChinese(raw, index));
  widenBracketPairs(raw, candidates, widen);
  return candidates.filter((_, at) => widen[at]);
}

/** Whether the mark at `index` has Chinese text beside it (and is not a separator between digits). */
function touchesChinese(raw: string, index: number): boolean {
  const mark = raw.charCodeAt(index);
  const before = neighbour(raw, index, -1);
  const after = neighbour(raw, index, 1);
  const betweenDigits = (mark === 0x2c || mark === 0x3a) && isDigit(before) && isDigit(after);
  return !betweenDigits && (isChinese(before) || isChinese(after));
}

/** The marks of a line that are not inside an e-mail address or URL. */
function outsideAddresses(raw: string, marks: number[]): number[] {
  const ranges = Array.from(raw.matchAll(ADDRESS), (match) => [match.index, match.index + match[0].length] as const);
  return marks.filter((index) => !ranges.some(([start, end]) => index >= start && index < end));
}

/** A bracket pair is one mark: if either half is widened, both are. `widen` holds one flag per candidate. */
function widenBracketPairs(raw: string, candidates: readonly number[], widen: boolean[]): void {
  const open: number[] = [];
  candidates.forEach((index, at) => {
    if (raw[index] === '(') open.push(at);
    else if (raw[index] === ')' && open.length > 0) {
      const start = open.pop()!;
      if (widen[start] || widen[at]) {
        widen[start] = true;
        widen[at] = true;
      }
    }
  });
}

/** The code of the nearest non-whitespace character in a direction, or -1 at the line's edge. */
function neighbour(raw: string, index: number, step: 1 | -1): number {
  for (let at = index + step; at >= 0 && at < raw.length; at += step) {
    const code = raw.charCodeAt(at);
    if (!isWhitespace(code)) return code;
  }
  return -1;
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000 || (code >= 0x2002 && code <= 0x200a) || code === 0x0c || code === 0x0b;
}
