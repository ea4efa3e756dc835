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

/** Han characters, CJK and full-width punctuation, and the quotes and dashes Chinese text uses. */
const CHINESE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’—…·《》]/u;
const LATIN_OR_DIGIT = /[0-9A-Za-z]/;
const DIGIT = /[0-9]/;
const WHITESPACE = /[ \t\u00A0\u3000\u2002-\u200A\f\v]/;
/** Addresses keep their ASCII punctuation: jswmzhxhc@163.com, http://www.bjwmb.gov.cn/a?b=1. */
const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?|ftp):\/\/[^\s\u3000-\u303F\uFF00-\uFFEF，。；：“”]+|www\.[\w-]+(?:\.[\w-]+)+[^\s\u3000-\u303F\uFF00-\uFFEF，。；：“”]*/g;

/** Split text into normalised lines; `firstLine` is the raw line number of its first line. */
export function normaliseLines(text: string, firstLine = 1): Line[] {
  return text.split('\n').map((raw, index) => normaliseLine(raw, firstLine + index));
}

export function normaliseLine(raw: string, number: number): Line {
  const widened = widenPunctuation(raw);
  let text = '';
  const anchors: Array<readonly [number, number]> = [];
  let index = 0;
  while (index < widened.length) {
    const char = widened[index]!;
    if (!WHITESPACE.test(char)) {
      if (anchors.length === 0 || needsAnchor(anchors, text.length, index)) anchors.push([text.length, index]);
      text += char;
      index += 1;
      continue;
    }
    let end = index;
    while (end < widened.length && WHITESPACE.test(widened[end]!)) end += 1;
    const before = text.at(-1);
    const after = widened[end];
    const keep = before !== undefined && after !== undefined && !isExtractionSpace(before, after);
    if (keep) {
      if (needsAnchor(anchors, text.length, index)) anchors.push([text.length, index]);
      text += ' ';
    }
    index = end;
  }
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

function isExtractionSpace(before: string, after: string): boolean {
  return (CHINESE.test(before) && LATIN_OR_DIGIT.test(after)) || (LATIN_OR_DIGIT.test(before) && CHINESE.test(after));
}

function widenPunctuation(raw: string): string {
  if (!/[,:;()?!]/.test(raw)) return raw;
  const chars = raw.split('');
  const isAddress = new Uint8Array(chars.length);
  for (const match of raw.matchAll(ADDRESS)) isAddress.fill(1, match.index, match.index + match[0].length);

  const widen = new Uint8Array(chars.length);
  for (let index = 0; index < chars.length; index += 1) {
    const char = chars[index]!;
    if (!(char in HALF_TO_FULL) || isAddress[index]) continue;
    const before = neighbour(chars, index, -1);
    const after = neighbour(chars, index, 1);
    const betweenDigits = (char === ',' || char === ':') && DIGIT.test(before) && DIGIT.test(after);
    if (betweenDigits) continue;
    if (CHINESE.test(before) || CHINESE.test(after)) widen[index] = 1;
  }
  widenBracketPairs(chars, widen, isAddress);
  return chars.map((char, index) => (widen[index] ? HALF_TO_FULL[char]! : char)).join('');
}

/** A bracket pair is one mark: if either half is widened, both are. */
function widenBracketPairs(chars: readonly string[], widen: Uint8Array, isAddress: Uint8Array): void {
  const open: number[] = [];
  for (let index = 0; index < chars.length; index += 1) {
    if (isAddress[index]) continue;
    if (chars[index] === '(') open.push(index);
    else if (chars[index] === ')' && open.length > 0) {
      const start = open.pop()!;
      if (widen[start] || widen[index]) widen[start] = widen[index] = 1;
    }
  }
}

/** The nearest non-whitespace character in a direction, or '' at the line's edge. */
function neighbour(chars: readonly string[], index: number, step: 1 | -1): string {
  for (let at = index + step; at >= 0 && at < chars.length; at += step) {
    if (!WHITESPACE.test(chars[at]!)) return chars[at]!;
  }
  return '';
}
