/**
 * Stage 4: normalised lines → the parts of an issue. The file reads top to
 * bottom as header (刊名, 期号, 总期号, 编发单位, 日期), body (sections,
 * articles, items) and footer (版记 and 报/送/发), format.md §1. Problems are
 * collected, never thrown; the caller decides whether an issue comes out.
 */
import { districtsOfSource } from './districts.ts';
import { BriefingProblem, type Place, type ProblemInit } from './errors.ts';
import { placeOf, type Line } from './normalise.ts';
import { placeInBlock, repairPageBreak, sliceBlock, splitBlocks, type TextBlock } from './blocks.ts';
import { isRealDate, type Article, type Block, type Contact, type Distribution, type Issue, type Section } from './schema.ts';
import {
  ATTRIBUTION,
  DATE_LIKE,
  DATE_LINE,
  DISTRIBUTION_KEYS,
  DISTRIBUTION_LINE,
  endsMidClause,
  endsSentence,
  firstSentence,
  FOOTER_FIELD,
  FOOTER_LABELS,
  holdsSentence,
  INLINE_ATTRIBUTION,
  isFooterLine,
  isMasthead,
  ISSUE_LINE,
  MAX_HEADING_LENGTH,
  MAX_TITLE_LENGTH,
  NUMBERED_HEADING,
  SECTION_MARKER,
  SUBTITLE,
  TOTAL_ISSUE_LINE,
  type FooterKey,
} from './syntax.ts';

/** What the text says; fields it could not read are missing and have a problem. */
export type ParsedText = Partial<Omit<Issue, 'tags' | 'note' | 'pdf' | 'id'>>;

/** A problem tied to the issue field it concerns, so front matter that supplies the field can settle it. */
export interface FieldProblem {
  key: keyof Issue | undefined;
  problem: BriefingProblem;
}

export interface ParseTextResult {
  value: ParsedText;
  /** Where each header field was read, for messages that concern the whole archive. */
  places: HeaderPlaces;
  problems: FieldProblem[];
}

export type HeaderKey = 'publication' | 'issue' | 'totalIssue' | 'publisher' | 'date';
export type HeaderPlaces = Partial<Record<HeaderKey, Place>>;

export function parseLines(lines: readonly Line[], file: string): ParseTextResult {
  const problems: FieldProblem[] = [];
  const report: Report = (key, init) => problems.push({ key, problem: new BriefingProblem({ file, ...init }) });

  const header = readHeader(lines, report);
  const footerStart = lines.findIndex((line, index) => index >= header.bodyStart && isFooterLine(line.text));
  const bodyEnd = footerStart === -1 ? lines.length : footerStart;
  if (footerStart === -1) {
    const last = lastTextLine(lines) ?? lines[lines.length - 1]!;
    report(undefined, { place: placeOf(last), field: '版记 (footer)', reason: 'no footer: the file may be truncated', expected: '责编/核稿/电话 lines and 报/送/发 lists after the body', found: last.text || 'end of file' });
  }

  const sections = readBody(lines.slice(header.bodyStart, bodyEnd), report, lines[header.bodyStart - 1] ?? lines[0]!);
  const footer = footerStart === -1 ? emptyFooter() : readFooter(lines.slice(footerStart), report);
  return { value: { ...header.value, sections, ...footer }, places: header.places, problems };
}

/** Record a problem; `key` is the issue field it concerns, when front matter could settle it. */
type Report = (key: keyof Issue | undefined, init: Omit<ProblemInit, 'file'>) => void;

// ---------------------------------------------------------------------------
// Header

type Recognised = { value: string | number } | { bad: string } | undefined;

interface HeaderField {
  key: HeaderKey;
  field: string;
  expected: string;
  /** A weak field matches nearly any short line, so it is only tried when it is due. */
  weak: boolean;
  recognise(text: string): Recognised;
}

/** A publisher is an office: 首都精神文明办, 首都精神文明建设委员会办公室. */
const PUBLISHER_UNIT = /[办委部局会处室厅心院所组]$/;

const HEADER_FIELDS: readonly HeaderField[] = [
  {
    key: 'publication',
    field: '刊名 (publication)',
    expected: '“首都精神文明建设情况简报”',
    weak: false,
    recognise: (text) => (isMasthead(text) ? { value: text.replaceAll(' ', '') } : undefined),
  },
  {
    key: 'issue',
    field: '期号 (issue)',
    expected: 'a line like “第 12 期”',
    weak: false,
    recognise: (text) => readNumber(ISSUE_LINE.exec(text)?.[1]),
  },
  {
    key: 'totalIssue',
    field: '总期号 (totalIssue)',
    expected: 'a line like “(总第 2178 期)”',
    weak: false,
    recognise: (text) => readNumber(TOTAL_ISSUE_LINE.exec(text)?.[1]),
  },
  {
    key: 'publisher',
    field: '编发单位 (publisher)',
    expected: 'the publisher, like “首都精神文明办”',
    weak: true,
    recognise: (text) =>
      text.length <= MAX_HEADING_LENGTH && PUBLISHER_UNIT.test(text) && !/\d/.test(text) && !holdsSentence(text)
        ? { value: text }
        : undefined,
  },
  {
    key: 'date',
    field: '日期 (date)',
    expected: 'a date like “2021 年 3 月 8 日”',
    weak: false,
    recognise: readDate,
  },
];

function readNumber(digits: string | undefined): Recognised {
  if (digits === undefined) return undefined;
  return /^\d{1,6}$/.test(digits) && Number(digits) > 0 ? { value: Number(digits) } : { bad: 'not a positive whole number' };
}

function readDate(text: string): Recognised {
  const match = DATE_LINE.exec(text);
  if (!match) return DATE_LIKE.test(text) ? { bad: 'not a date written 年 月 日' } : undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDate(year, month, day)) return { bad: 'no such day in the calendar' };
  return { value: `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}` };
}

/**
 * Read the header fields in their fixed order. A line that fits a later
 * field means the fields before it are missing; a line that fits none is an
 * unknown line. The body starts after the date, or where the header
 * plainly stopped (a section marker, a long line, a missing date).
 */
function readHeader(
  lines: readonly Line[],
  report: Report,
): { value: Partial<Pick<Issue, HeaderKey>>; places: HeaderPlaces; bodyStart: number } {
  const value: Partial<Record<HeaderKey, string | number>> = {};
  const places: HeaderPlaces = {};
  let due = 0;
  let index = 0;
  const missing = (from: number, to: number, line: Line) => {
    for (const field of HEADER_FIELDS.slice(from, to)) {
      report(field.key, { place: placeOf(line), field: field.field, reason: 'missing', expected: field.expected, found: line.text });
    }
  };

  for (; index < lines.length && due < HEADER_FIELDS.length; index += 1) {
    const line = lines[index]!;
    if (line.text === '') continue;
    const field = HEADER_FIELDS[due]!;
    const recognised = field.recognise(line.text);
    if (recognised !== undefined) {
      places[field.key] = placeOf(line);
      // A plain keyed store: Object.assign from an object with a computed key is ten times slower.
      if ('value' in recognised) value[field.key] = recognised.value;
      else report(field.key, { place: placeOf(line), field: field.field, reason: recognised.bad, expected: field.expected, found: line.text });
      due += 1;
      continue;
    }
    const later = HEADER_FIELDS.findIndex((candidate, at) => at > due && canSkipTo(candidate, at, due) && candidate.recognise(line.text) !== undefined);
    if (later !== -1) {
      missing(due, later, line);
      due = later;
      index -= 1;
      continue;
    }
    if (!headerGoesOn(lines, index + 1, due)) {
      missing(due, HEADER_FIELDS.length, line);
      due = HEADER_FIELDS.length;
      break;
    }
    report(field.key, { place: placeOf(line), field: '页头 (header)', reason: `unknown line where ${field.field} is due`, expected: field.expected, found: line.text });
  }
  if (due < HEADER_FIELDS.length) {
    const last = lastTextLine(lines) ?? lines[lines.length - 1]!;
    missing(due, HEADER_FIELDS.length, last);
  }
  // Each field's recogniser yields that field's type (numbers for 期号/总期号, strings otherwise).
  return { value: value as Partial<Pick<Issue, HeaderKey>>, places, bodyStart: index };
}

/** A weak field is only believed right after the field that is due, so any short line is not taken for it. */
function canSkipTo(field: HeaderField, at: number, due: number): boolean {
  return !field.weak || at === due + 1;
}

/** How far past an unknown line the header may still go on. */
const HEADER_LOOKAHEAD = 3;

/**
 * Whether a field still due (or a later strong one) turns up within the
 * next few short lines: then the line before is an unknown line inside the
 * header; otherwise the header has ended and the body starts.
 */
function headerGoesOn(lines: readonly Line[], from: number, due: number): boolean {
  const ahead = lines.slice(from).filter((line) => line.text !== '').slice(0, HEADER_LOOKAHEAD);
  for (const line of ahead) {
    if (line.text.length > MAX_TITLE_LENGTH || SECTION_MARKER.test(line.text) || isFooterLine(line.text)) return false;
    const fits = HEADER_FIELDS.some((field, at) => at >= due && (at === due || canSkipTo(field, at, due)) && field.recognise(line.text) !== undefined);
    if (fits) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Body

function readBody(lines: readonly Line[], report: Report, lineBefore: Line): Section[] {
  const blocks = splitBlocks(lines);
  if (blocks.length === 0) {
    report('sections', { place: placeOf(lineBefore), field: '正文 (body)', reason: 'no text between the date and the footer', expected: 'at least one article or item', found: 'nothing' });
    return [];
  }

  const sections: Array<{ name: string | null; place: Place; blocks: TextBlock[] }> = [];
  for (const block of blocks) {
    const marker = SECTION_MARKER.exec(block.text);
    if (marker) sections.push({ name: marker[1]!, place: placeInBlock(block), blocks: [] });
    else if (sections.length === 0) sections.push({ name: null, place: placeInBlock(block), blocks: [block] });
    else sections[sections.length - 1]!.blocks.push(block);
  }

  const read: Section[] = [];
  for (const section of sections) {
    const articles = readArticles(section.blocks, report);
    if (articles.length > 0) read.push({ name: section.name, articles });
    else report('sections', { place: section.place, field: '栏目 (section)', reason: `【${section.name}】 holds no article`, expected: 'an article or item after the section marker', found: 'the next marker or the footer' });
  }
  return read;
}

/** Split a section into articles: each ends at its attribution, or at the section's end. */
function readArticles(blocks: readonly TextBlock[], report: Report): Article[] {
  const articles: Article[] = [];
  let index = 0;
  while (index < blocks.length) {
    const titles = readTitleBlock(blocks, index);
    index = titles.next;
    const body: TextBlock[] = [];
    let source: { text: string; place: Place } | null = null;
    for (; index < blocks.length && source === null; index += 1) {
      const block = repairPageBreak(body, blocks[index]!);
      const attribution = readAttribution(block);
      if (attribution === undefined) {
        body.push(block);
        continue;
      }
      if (attribution.before !== undefined) body.push(attribution.before);
      source = { text: attribution.source, place: attribution.place };
    }

    if (body.length === 0) {
      const place = source?.place ?? titles.place;
      if (source !== null && titles.title === null) {
        report('sections', { place, field: '来源 (source)', reason: 'attribution without an article before it', expected: 'paragraphs before the attribution', found: `（${source.text}）` });
      } else {
        report('sections', { place, field: '正文 (body)', reason: 'title without any text under it', expected: 'paragraphs after the title', found: source ? `（${source.text}）` : 'the end of the section' });
      }
      continue;
    }

    const content = body.map(classifyBlock);
    const untitled = titles.title === null;
    const first = content[0]!;
    articles.push({
      kicker: titles.kicker,
      title: titles.title,
      subtitle: titles.subtitle,
      lead: untitled && first.type === 'paragraph' ? firstSentence(first.text) : null,
      blocks: content,
      source: source?.text ?? null,
      districts: districtsOfSource(source?.text ?? null),
    });
  }
  return articles;
}

interface TitleBlock {
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  place: Place;
  next: number;
}

/**
 * The title block at the start of an article (Chinese headline convention):
 * > | 在落细落实中树牢首善文明这面旗帜            title
 * > | ——首都文明办学习贯彻全国文明办主任会议精神    subtitle
 *
 * > | 加快部署 全面整改                            kicker
 * > | 海淀区力求在落实全会精神上出实招              title
 *
 * An untitled district item starts straight with its first paragraph.
 */
function readTitleBlock(blocks: readonly TextBlock[], index: number): TitleBlock {
  const [first, second, third] = [blocks[index], blocks[index + 1], blocks[index + 2]].map((block) => block?.text);
  const place = placeInBlock(blocks[index]!);
  const none = { kicker: null, title: null, subtitle: null, place, next: index };
  if (first === undefined || !isTitleLine(first)) return none;
  const subtitleOf = (text: string | undefined) => (text === undefined ? null : (SUBTITLE.exec(text)?.[1] ?? null));

  const subtitleAfterFirst = subtitleOf(second);
  if (subtitleAfterFirst !== null) return { kicker: null, title: first, subtitle: subtitleAfterFirst, place, next: index + 2 };
  if (second !== undefined && isTitleLine(second) && third !== undefined) {
    const subtitle = subtitleOf(third);
    return { kicker: first, title: second, subtitle, place, next: index + (subtitle === null ? 2 : 3) };
  }
  return { kicker: null, title: first, subtitle: null, place, next: index + 1 };
}

function isTitleLine(text: string): boolean {
  return (
    text.length <= MAX_TITLE_LENGTH &&
    !holdsSentence(text) &&
    !endsSentence(text) &&
    !endsMidClause(text) &&
    !NUMBERED_HEADING.test(text) &&
    !ATTRIBUTION.test(text) &&
    !SUBTITLE.test(text)
  );
}

function readAttribution(block: TextBlock): { source: string; place: Place; before?: TextBlock } | undefined {
  const alone = ATTRIBUTION.exec(block.text);
  if (alone) return { source: alone[1]!.trim(), place: placeInBlock(block) };
  // Checked first: the pattern would scan every long paragraph to its end.
  if (!block.text.endsWith('）')) return undefined;
  const inline = INLINE_ATTRIBUTION.exec(block.text);
  if (!inline) return undefined;
  const sentenceEnd = inline[1]!.length;
  const bracket = block.text.indexOf('（', sentenceEnd);
  return { source: inline[2]!.trim(), place: placeInBlock(block, bracket), before: sliceBlock(block, 0, sentenceEnd) };
}

function classifyBlock(block: TextBlock): Block {
  const { text } = block;
  const isHeading =
    NUMBERED_HEADING.test(text) ||
    (text.length <= MAX_HEADING_LENGTH && !holdsSentence(text) && !endsSentence(text) && !endsMidClause(text));
  return { type: isHeading ? 'heading' : 'paragraph', text };
}

// ---------------------------------------------------------------------------
// Footer

interface Footer {
  editor: string | null;
  reviewer: string | null;
  contact: Contact;
  distribution: Distribution;
  unplaced: Array<{ line: number; text: string }>;
}

function emptyFooter(): Footer {
  return {
    editor: null,
    reviewer: null,
    contact: { phone: null, fax: null, email: null },
    distribution: { report: [], send: [], distribute: [] },
    unplaced: [],
  };
}

const FOOTER_FIELD_NAMES: Record<FooterKey, { key: keyof Issue; field: string }> = {
  editor: { key: 'editor', field: '责编 (editor)' },
  reviewer: { key: 'reviewer', field: '核稿 (reviewer)' },
  phone: { key: 'contact', field: '电话 (phone)' },
  fax: { key: 'contact', field: '传真 (fax)' },
  email: { key: 'contact', field: '邮箱 (email)' },
};

const FOOTER_VALUE_RULES: Partial<Record<FooterKey, { pattern: RegExp; expected: string }>> = {
  phone: { pattern: /^[\d()（）\-—－转+]{5,}$/, expected: 'a telephone number' },
  fax: { pattern: /^[\d()（）\-—－转+]{5,}$/, expected: 'a fax number' },
  email: { pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, expected: 'an e-mail address' },
};

/**
 * 版记 and distribution, each line its own field; a line that fits no field
 * is kept in `unplaced` and reported.
 */
function readFooter(lines: readonly Line[], report: Report): Footer {
  const footer = emptyFooter();
  const seen = new Set<string>();
  const fields: Record<FooterKey, string | null> = { editor: null, reviewer: null, phone: null, fax: null, email: null };

  for (const line of lines) {
    if (line.text === '') continue;
    const distribution = DISTRIBUTION_LINE.exec(line.text);
    if (distribution) {
      const label = distribution[1] as keyof typeof DISTRIBUTION_KEYS;
      const field = `${label} (distribution.${DISTRIBUTION_KEYS[label]})`;
      if (seen.has(label)) report('distribution', { place: placeOf(line), field, reason: 'given twice', expected: 'one line per list', found: line.text });
      seen.add(label);
      const list = distribution[2]!.trim();
      if (list === '' || endsMidClause(list)) {
        report('distribution', { place: placeOf(line, line.text.length - 1), field, reason: list === '' ? 'empty list' : 'the list breaks off: the file may be truncated', expected: 'recipients separated by ， and closed by 。', found: line.text });
      }
      footer.distribution[DISTRIBUTION_KEYS[label]] = splitRecipients(list);
      continue;
    }

    const matches = footerFields(line.text);
    if (matches.length === 0 || !onlySpacesBetween(line.text, matches)) {
      report(undefined, { place: placeOf(line), field: '版记 (footer)', reason: 'a line that fits no footer field is kept as it is', expected: '责编/核稿/电话/传真/邮箱 or 报/送/发', found: line.text, severity: 'warning' });
      footer.unplaced.push({ line: line.number, text: line.text });
      continue;
    }
    for (const match of matches) {
      const key = FOOTER_LABELS[match[1] as keyof typeof FOOTER_LABELS];
      const { key: issueKey, field } = FOOTER_FIELD_NAMES[key];
      const value = match[2]!;
      const place = placeOf(line, match.index + match[0].length - value.length);
      const rule = FOOTER_VALUE_RULES[key];
      if (value === '') report(issueKey, { place, field, reason: 'empty: the file may be truncated', expected: rule?.expected ?? 'a name', found: line.text });
      else if (rule !== undefined && !rule.pattern.test(value)) report(issueKey, { place, field, reason: 'not readable', expected: rule.expected, found: value });
      else if (fields[key] !== null) report(issueKey, { place, field, reason: 'given twice', expected: 'one value', found: value });
      else fields[key] = value;
    }
  }

  footer.editor = fields.editor;
  footer.reviewer = fields.reviewer;
  footer.contact = { phone: fields.phone, fax: fields.fax, email: fields.email };
  return footer;
}

/** The 版记 fields of a line, in order. An exec loop, since matchAll copies the pattern for every line. */
function footerFields(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  FOOTER_FIELD.lastIndex = 0;
  for (let match = FOOTER_FIELD.exec(text); match !== null; match = FOOTER_FIELD.exec(text)) matches.push(match);
  return matches;
}

/** Whether the fields of a line cover it, but for spaces around them. */
function onlySpacesBetween(text: string, matches: readonly RegExpExecArray[]): boolean {
  let covered = 0;
  for (const match of matches) {
    if (!onlySpaces(text, covered, match.index)) return false;
    covered = match.index + match[0].length;
  }
  return onlySpaces(text, covered, text.length);
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (text.charCodeAt(index) !== 0x20) return false;
  return true;
}

/** `中央文明办，首都文明委主任、副主任。` → [中央文明办, 首都文明委主任、副主任] */
function splitRecipients(list: string): string[] {
  return list
    .replace(/[。.]$/, '')
    .split(/[，,]/)
    .map((recipient) => recipient.trim())
    .filter((recipient) => recipient !== '');
}

function lastTextLine(lines: readonly Line[]): Line | undefined {
  return lines.findLast((line) => line.text !== '');
}
