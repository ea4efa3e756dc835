/**
 * A planned issue written out as editors receive it (format.md §1): the
 * corpus's header lines with their extraction spaces, blank lines between
 * lines, and the noise the parser must see through:
 * - half-width `, : ; ( ) ? !` mixed with full-width ones, per issue, per
 *   paragraph or per mark (only where a Chinese neighbour makes it read as
 *   Chinese punctuation, as in the corpus);
 * - extraction spaces between Chinese and digits or Latin letters
 *   (`在 42 个主要路口`, `手机 APP 平台`);
 * - page breaks: the text is laid out on pages of a few dozen lines, and a
 *   paragraph that runs over the end of a page is cut there, mid-sentence
 *   or mid-word (`…中央和国家机` / blank / `关工委打造…`), even inside an
 *   attribution (`…句号。（昌平区` / `文明办）`); never right after closing
 *   punctuation, never within its first 40 characters, never inside a
 *   number or Latin word (typesetting does not break those), and never so
 *   that the next page opens like a heading (`一、`, `（二）`);
 * - attributions inline (`…。（东城区文明办）`, `…。 (昌平区文明办)`) or on
 *   their own line;
 * - the 版记 with either colon, sometimes two fields on a line, and the
 *   报/送/发 lists with either comma.
 */
import type { PlannedArticle, PlannedIssue } from './compose.ts';
import { stream, type Random } from './random.ts';
import { isChinese } from '../briefing/normalise.ts';

const MASTHEAD = '首都精神文明建设情况简报';

interface Noise {
  punctuation: 'half' | 'full' | 'paragraph' | 'mark';
  spaces: 'none' | 'all' | 'some';
  colon: string;
  comma: string;
  /** Lines per page, lines the header leaves on the first page, characters per line. */
  pageLines: number;
  firstPageLines: number;
  lineChars: number;
}

/** A body line (block) of the raw file, and whether a page break may cut it. */
interface Unit {
  text: string;
  breakable: boolean;
}

export function renderIssue(plan: PlannedIssue, seed: string): string {
  const random = stream(seed, 'render', plan.slot.totalIssue);
  const noise: Noise = {
    punctuation: random.weighted(['half', 'paragraph', 'mark', 'full'], [35, 35, 15, 15]),
    spaces: random.weighted(['none', 'all', 'some'], [35, 45, 20]),
    colon: random.chance(0.75) ? ':' : '：',
    comma: random.chance(0.75) ? ',' : '，',
    pageLines: random.int(22, 28),
    firstPageLines: random.int(6, 20),
    lineChars: random.int(26, 30),
  };
  const { slot } = plan;
  const header = [
    MASTHEAD,
    `第 ${slot.issue} 期`,
    random.chance(0.9) ? `(总第 ${slot.totalIssue} 期)` : `（总第 ${slot.totalIssue} 期）`,
    plan.publisher,
    `${slot.year} 年 ${slot.month} 月 ${slot.day} 日`,
  ];

  const units: Unit[] = [];
  for (const section of plan.sections) {
    if (section.name !== null) units.push({ text: `【${section.name}】`, breakable: false });
    for (const article of section.articles) units.push(...articleUnits(article, noise, random));
  }
  const body = paginate(units, noise, random);
  const separators = body.map(() => (random.chance(0.03) ? '\n\n\n' : '\n\n'));
  const bodyText = body.map((line, index) => line + separators[index]).join('');

  return `\n\n${header.join('\n\n')}\n\n${bodyText}${footerLines(plan, noise, random).join('\n\n')}\n`;
}

function articleUnits(article: PlannedArticle, noise: Noise, random: Random): Unit[] {
  const units: Unit[] = [];
  const paragraphMode = (): 'half' | 'full' | 'mark' =>
    noise.punctuation === 'paragraph' ? (random.chance(0.6) ? 'half' : 'full') : noise.punctuation;
  for (const line of [article.kicker, article.title, article.subtitle]) {
    if (line !== null) units.push({ text: halfWidth(line, paragraphMode(), random), breakable: false });
  }
  const attribution = (text: string, mode: 'half' | 'full' | 'mark') =>
    mode === 'half' || (mode === 'mark' && random.chance(0.5)) ? `(${text})` : `（${text}）`;

  for (const [index, block] of article.blocks.entries()) {
    const mode = paragraphMode();
    let text = extractionSpaces(halfWidth(block.text, mode, random), noise, random);
    const last = index === article.blocks.length - 1;
    if (last && block.type === 'paragraph' && random.chance(0.55)) {
      text += `${random.chance(0.4) ? ' ' : ''}${attribution(article.source, mode)}`;
      units.push({ text, breakable: true });
      return units;
    }
    units.push({ text, breakable: block.type === 'paragraph' });
  }
  units.push({ text: attribution(article.source, paragraphMode()), breakable: false });
  return units;
}

const FULL_TO_HALF: Readonly<Record<string, string>> = { '，': ',', '：': ':', '；': ';', '？': '?', '！': '!' };
const HALF_TO_FULL: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(FULL_TO_HALF).map(([full, half]) => [half, full]));
const MARKS = /[，：；？！（）]/g;

/**
 * Turn full-width marks half-width (all, or each with even odds), keeping
 * only those with a Chinese neighbour: the parser reads exactly those as
 * Chinese punctuation. Brackets turn as pairs.
 */
function halfWidth(text: string, mode: 'half' | 'full' | 'mark', random: Random): string {
  if (mode === 'full') return text;
  const turn = (p: number) => random.chance(mode === 'half' ? p : p / 2);
  const chars = new Map<number, string>();
  const open: number[] = [];
  const pairs: Array<[number, number]> = [];
  for (const match of text.matchAll(MARKS)) {
    const index = match.index;
    const char = match[0];
    if (char === '（') open.push(index);
    else if (char === '）') {
      if (open.length > 0) pairs.push([open.pop()!, index]);
    } else if (turn(char === '？' || char === '！' ? 0.3 : 1)) chars.set(index, FULL_TO_HALF[char]!);
  }
  for (const [start, end] of pairs) {
    if (!turn(0.9)) continue;
    chars.set(start, '(');
    chars.set(end, ')');
  }
  if (chars.size === 0) return text;
  const at = (index: number) => chars.get(index) ?? text[index];
  // Undo what would not read as Chinese punctuation (no Chinese neighbour).
  for (const [index, char] of chars) {
    if (char !== '(' && char !== ')' && !isChineseCharacter(at(index - 1)) && !isChineseCharacter(at(index + 1))) chars.set(index, HALF_TO_FULL[char]!);
  }
  for (const [start, end] of pairs) {
    if (chars.get(start) !== '(') continue;
    if (![at(start - 1), at(start + 1), at(end - 1), at(end + 1)].some(isChineseCharacter)) {
      chars.set(start, '（');
      chars.set(end, '）');
    }
  }
  let result = '';
  let copied = 0;
  for (const index of [...chars.keys()].sort((a, b) => a - b)) {
    result += text.slice(copied, index) + chars.get(index)!;
    copied = index + 1;
  }
  return result + text.slice(copied);
}

/** Chinese as the parser's normaliser counts it, so the noise made here is the noise it removes. */
function isChineseCharacter(char: string | undefined): boolean {
  return char !== undefined && isChinese(char.charCodeAt(0));
}

const HAN = /[\u4e00-\u9fff]/;

/** `2020年` → `2020 年`, `手机APP平台` → `手机 APP 平台`: spaces the PDF extraction leaves. */
function extractionSpaces(text: string, noise: Noise, random: Random): string {
  if (noise.spaces === 'none') return text;
  return text.replace(/[0-9A-Za-z]+/g, (run, offset: number) => {
    if (noise.spaces === 'some' && random.chance(0.5)) return run;
    const before = HAN.test(text[offset - 1] ?? '') ? ' ' : '';
    const after = HAN.test(text[offset + run.length] ?? '') ? ' ' : '';
    return `${before}${run}${after}`;
  });
}

/**
 * Lay the body out on pages and cut the paragraphs that run over a page
 * end: the cut falls where the page ends, moved on to the first place the
 * rules above allow.
 */
function paginate(units: readonly Unit[], noise: Noise, random: Random): string[] {
  const lines: string[] = [];
  let room = noise.firstPageLines;
  for (const unit of units) {
    let text = unit.text;
    for (;;) {
      const needed = Math.max(1, Math.ceil(visibleLength(text) / noise.lineChars));
      if (needed <= room) {
        room -= needed;
        lines.push(text);
        break;
      }
      const cut = unit.breakable && room >= 2 ? cutPlace(text, room * noise.lineChars - random.int(0, noise.lineChars - 1)) : undefined;
      if (cut !== undefined) {
        lines.push(text.slice(0, cut));
        text = text.slice(cut);
        room = noise.pageLines;
        continue;
      }
      if (room === noise.pageLines) {
        // Longer than a page and nowhere to cut: it runs on.
        lines.push(text);
        room = Math.max(1, noise.pageLines - (needed % noise.pageLines));
        break;
      }
      // The block starts the next page.
      room = noise.pageLines;
    }
  }
  return lines;
}

/** Characters that show (extraction spaces take no room). */
function visibleLength(text: string): number {
  let spaces = 0;
  for (let index = text.indexOf(' '); index !== -1; index = text.indexOf(' ', index + 1)) spaces += 1;
  return text.length - spaces;
}

/** A cut never follows closing punctuation (`。！？；：…` or a closing quote or bracket)… */
const AFTER_CUT_OK = /[^。！？；：…”’」』）)》!?;:.\s]/;
/** …and never leaves a page that opens like a heading or a section marker. */
const CUT_BEFORE_NOT = /^(?:\s|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|【)/;
const ALNUM = /[0-9A-Za-z]/;
const MIN_BEFORE_CUT = 41;

/** Where to cut `text` at or after visible character `target`, or undefined. */
function cutPlace(text: string, target: number): number | undefined {
  const from = Math.max(target, MIN_BEFORE_CUT);
  let visible = 0;
  for (let index = 0; index < text.length - 1; index += 1) {
    if (visible >= from && index > 0) {
      const before = text[index - 1]!;
      const after = text[index]!;
      const alnumSeam = ALNUM.test(before) && ALNUM.test(after);
      const insideCharacter = text.charCodeAt(index) >= 0xdc00 && text.charCodeAt(index) <= 0xdfff;
      if (AFTER_CUT_OK.test(before) && !alnumSeam && !insideCharacter && !CUT_BEFORE_NOT.test(text.slice(index, index + 4))) return index;
    }
    if (text.charCodeAt(index) !== 0x20) visible += 1;
  }
  return undefined;
}

function footerLines(plan: PlannedIssue, noise: Noise, random: Random): string[] {
  const { colon, comma } = noise;
  const lines: string[] = [];
  const editor = `责编${colon}${plan.editor}`;
  const reviewer = `核稿${colon}${plan.reviewer}`;
  if (random.chance(0.1)) lines.push(`${editor}  ${reviewer}`);
  else lines.push(editor, reviewer);
  const { phone, fax, email } = plan.contact;
  if (phone !== null) lines.push(`电话${colon}${phone}`);
  if (fax !== null) lines.push(`传真${colon}${fax}`);
  if (email !== null) lines.push(`邮箱${colon}${email}`);
  const { report, send, distribute } = plan.distribution;
  for (const [label, list] of [['报', report], ['送', send], ['发', distribute]] as const) {
    if (list.length > 0) lines.push(`${label}${colon}${list.join(comma)}。`);
  }
  return lines;
}
