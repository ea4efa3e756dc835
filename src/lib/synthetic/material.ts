/**
 * The material a synthetic archive is recombined from, read off real issues:
 * sentences (by role), headings, title parts, section names, attributions,
 * footer values and distribution lists. Each source is parsed with the
 * project's own parser, so page breaks are already repaired and punctuation
 * is full-width; the renderer puts the raw-format noise back.
 */
import { decode } from '../briefing/decode.ts';
import { DISTRICTS, parseBriefing, type Issue } from '../briefing/index.ts';

export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

/** A sentence and the year of the issue it came from (years in it are moved by the same offset). */
export interface Sentence {
  text: string;
  year: number;
}

export interface Material {
  /** Every character of the sources: built-in vocabulary is only used when made of these. */
  chars: ReadonlySet<string>;
  /** Length in characters of the sources' titled articles and district items. */
  articleLengths: number[];
  itemLengths: number[];
  /** Short sentences that open a topic (`坚持全时创建。`, `完善制度规范，夯实工作基础。`): each is followed by a longer one. */
  topics: Sentence[];
  /** First sentences of report paragraphs. */
  openers: Sentence[];
  /** Other sentences of report paragraphs. */
  sentences: Sentence[];
  /** `一是在…上落细落实。` with the `一是` removed. */
  enumerated: Sentence[];
  /** Sentences that end in ： and announce the headings that follow (`着力做好四个方面的工作：`). */
  announcing: Sentence[];
  /** First sentences of district items (`东城区坚持“四全”，深化全国文明城区创建工作。`). */
  leads: Sentence[];
  /** Other sentences of district items. */
  itemSentences: Sentence[];
  /** Sentences without a subject, which read as a lead after a district name. */
  predicates: Sentence[];
  /** Short, subject-less clauses that can stand as a title. */
  clauses: string[];
  /** Parallel clause pairs of one length (`完善制度规范，夯实工作基础`): kickers and headings. */
  pairs: Array<readonly [string, string]>;
  /** `在融入融合上谋篇布局`: the second half of a heading. */
  placePhrases: string[];
  /** Heading texts without their numbering. */
  headings: string[];
  titles: string[];
  kickers: string[];
  subtitles: string[];
  sectionNames: string[];
  /** Attributions that are office departments (`精神文明综合协调处`). */
  departments: string[];
  /** Groups of like organisations named in the text (`市公安局`, `市交管局`), each with at least two. */
  units: string[][];
  editors: string[];
  reviewers: string[];
  /** The newest source's footer: the latest years of an archive keep it. */
  latest: Pick<Issue, 'editor' | 'reviewer' | 'distribution'>;
  contacts: Array<{ phone: string | null; fax: string | null; email: string | null }>;
  distributions: Array<Issue['distribution']>;
  publishers: string[];
}

const NUMBERING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)\s*/;
const ENUMERATED = /^([一二三四五六七八九十]+)是/;
const DISTRICT_NAMES: readonly string[] = DISTRICTS;
/** A sentence this short, followed by more in its paragraph, opens a topic rather than telling something. */
const MAX_TOPIC_LENGTH = 16;

/**
 * Verbs a subject-less sentence or clause of these briefings starts with
 * (`坚持全时创建。`, `深化全国文明城区创建工作`). Only used to choose among
 * the sources' own sentences.
 */
const PREDICATE_START =
  /^(?:坚持|推进|推动|深化|加强|加快|完善|建立|健全|开展|发挥|提升|提高|凝聚|打造|拓展|深入|扎实|全面|持续|着力|聚焦|围绕|结合|组织|制定|举办|广泛|大力|积极|注重|明确|探索|依托|抓好|强化|培育|引导|创新|实施|落实|树立|树牢|构建|形成|助力|统筹|优化|织密|动员|做好|守正|夯实|立足|聚力|弘扬|倡导|拓宽|化解|传播|牢固)/;

/**
 * Organisations the briefings name, in groups of like offices: one is only
 * swapped for another of its group, and only for those the sources name.
 */
const UNIT_GROUPS: ReadonlyArray<readonly string[]> = [
  ['市人大常委会', '市人大'],
  ['市住建委', '市规自委', '市经信局', '市民政局', '市金融监管局', '市城市管理委', '市商务局', '市卫生健康委', '市体育局', '市文化和旅游局', '市教委'],
  ['市委教育工委', '市委社会工委'],
  ['市委办公厅', '市政府办公厅'],
  ['市妇联', '市科协'],
  ['市公安局', '市交管局'],
  ['区城管委', '区房管局', '区市场监管局', '区城管执法局', '区爱卫办', '区教委', '区民政局', '区卫生健康委', '区体育局', '区商务局'],
];

export function readMaterial(sources: readonly SourceFile[]): Material {
  if (sources.length === 0) throw new Error('no source issues to recombine');
  const issues: Issue[] = [];
  const texts: string[] = [];
  for (const source of sources) {
    const result = parseBriefing(source.bytes, source.name);
    if (result.issue === undefined) {
      const errors = result.problems.filter((problem) => problem.severity === 'error').map(String);
      throw new Error(`source issue does not parse, fix it first:\n${errors.join('\n')}`);
    }
    issues.push(result.issue);
    const decoded = decode(source.bytes, source.name);
    if (decoded.ok) texts.push(decoded.value.text);
  }

  const material: Material = {
    chars: new Set(texts.join('')),
    articleLengths: [],
    itemLengths: [],
    topics: [],
    openers: [],
    sentences: [],
    enumerated: [],
    announcing: [],
    leads: [],
    itemSentences: [],
    predicates: [],
    clauses: [],
    pairs: [],
    placePhrases: [],
    headings: [],
    titles: [],
    kickers: [],
    subtitles: [],
    sectionNames: [],
    departments: [],
    units: [],
    editors: [],
    reviewers: [],
    latest: { editor: null, reviewer: null, distribution: { report: [], send: [], distribute: [] } },
    contacts: [],
    distributions: [],
    publishers: [],
  };

  const newest = issues.reduce((a, b) => (b.totalIssue > a.totalIssue ? b : a));
  material.latest = { editor: newest.editor, reviewer: newest.reviewer, distribution: newest.distribution };
  for (const issue of issues) {
    const year = Number(issue.date.slice(0, 4));
    material.publishers.push(issue.publisher);
    if (issue.editor !== null) material.editors.push(issue.editor);
    if (issue.reviewer !== null) material.reviewers.push(issue.reviewer);
    material.contacts.push(issue.contact);
    material.distributions.push(issue.distribution);
    for (const section of issue.sections) {
      if (section.name !== null) material.sectionNames.push(section.name);
      for (const article of section.articles) readArticle(article, year, material);
    }
  }

  const allText = texts.join('\n');
  material.units = UNIT_GROUPS.map((group) => group.filter((unit) => allText.includes(unit))).filter((group) => group.length >= 2);
  for (const key of ['topics', 'openers', 'sentences', 'enumerated', 'announcing', 'leads', 'itemSentences', 'predicates'] as const) {
    material[key] = uniqueBy(material[key], (sentence) => sentence.text);
  }
  for (const key of ['clauses', 'placePhrases', 'headings', 'titles', 'kickers', 'subtitles', 'sectionNames', 'departments', 'editors', 'reviewers', 'publishers'] as const) {
    material[key] = [...new Set(material[key])];
  }
  material.pairs = uniqueBy(material.pairs, (pair) => pair.join('|'));
  if (material.openers.length + material.sentences.length + material.itemSentences.length === 0 || material.clauses.length === 0) {
    throw new Error('the source issues hold too little text to recombine (no sentences or no title material)');
  }
  return material;
}

function readArticle(article: Issue['sections'][number]['articles'][number], year: number, material: Material): void {
  const isItem = article.title === null && article.districts.length > 0;
  if (article.title !== null) material.titles.push(article.title);
  if (article.kicker !== null) {
    material.kickers.push(article.kicker);
    const halves = article.kicker.split(' ');
    if (halves.length === 2 && halves[0]!.length === halves[1]!.length) material.pairs.push([halves[0]!, halves[1]!]);
  }
  if (article.subtitle !== null) material.subtitles.push(article.subtitle);
  if (article.source !== null && article.districts.length === 0) material.departments.push(article.source);
  const length = article.blocks.reduce((sum, block) => sum + block.text.length, 0);
  (isItem ? material.itemLengths : material.articleLengths).push(length);

  let first = true;
  for (const block of article.blocks) {
    if (block.type === 'heading') {
      const heading = block.text.replace(NUMBERING, '');
      material.headings.push(heading);
      readClauses(heading, material);
      continue;
    }
    const sentences = splitSentences(block.text);
    for (const [index, text] of sentences.entries()) {
      const sentence = { text, year };
      readClauses(text, material);
      if (/[：:]$/.test(text)) {
        if (index === sentences.length - 1) material.announcing.push(sentence);
        continue;
      }
      if (!/[。！？][”’」』]?$/.test(text)) continue;
      const enumerated = ENUMERATED.exec(text);
      if (enumerated) {
        material.enumerated.push({ text: text.slice(enumerated[0].length), year });
        continue;
      }
      if (PREDICATE_START.test(text) && text.length <= 60 && !/^以/.test(text)) material.predicates.push(sentence);
      if (isItem && first && index === 0) material.leads.push(sentence);
      else if (text.length <= MAX_TOPIC_LENGTH && index < sentences.length - 1) material.topics.push(sentence);
      else if (isItem) material.itemSentences.push(sentence);
      else if (index === 0) material.openers.push(sentence);
      else material.sentences.push(sentence);
    }
    first = false;
  }
}

/**
 * Split a paragraph after 。！？ (a closing quote stays with its stop); a
 * trailing piece without a stop (`…四个方面的工作：`) is a sentence too.
 * Pieces are joined again until their quotes and brackets balance.
 */
export function splitSentences(paragraph: string): string[] {
  const pieces = paragraph.match(/[^。！？]*[。！？]+[”’」』]*|[^。！？]+$/g) ?? [];
  const sentences: string[] = [];
  let pending = '';
  for (const piece of pieces) {
    pending += piece;
    if (isBalanced(pending)) {
      const trimmed = pending.trim();
      if (trimmed !== '') sentences.push(trimmed);
      pending = '';
    }
  }
  if (pending.trim() !== '') sentences.push(pending.trim());
  return sentences;
}

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['《', '》'],
  ['（', '）'],
  ['(', ')'],
  ['「', '」'],
];

export function isBalanced(text: string): boolean {
  return PAIRS.every(([open, close]) => {
    let depth = 0;
    for (const char of text) {
      if (char === open) depth += 1;
      else if (char === close) depth -= 1;
      if (depth < 0) return false;
    }
    return depth === 0;
  });
}

/** Title material from the clauses of a sentence or heading. */
function readClauses(text: string, material: Material): void {
  const clauses = text
    .replace(NUMBERING, '')
    .replace(/[。！？][”’」』]?$/, '')
    .split(/[，；：]/)
    .map((clause) => clause.trim());
  for (const [index, clause] of clauses.entries()) {
    const usable = clause.length >= 4 && isBalanced(clause) && !/[\d\s]/.test(clause) && !DISTRICT_NAMES.some((name) => clause.includes(name));
    if (!usable) continue;
    if (/^在[^、]{2,10}上[^、]{2,6}$/.test(clause)) material.placePhrases.push(clause);
    if (clause.length <= 22 && PREDICATE_START.test(clause) && !clause.includes('、')) material.clauses.push(clause);
    const next = clauses[index + 1];
    if (next !== undefined && isPairHalf(clause) && isPairHalf(next) && clause.length === next.length) material.pairs.push([clause, next]);
    const halves = clause.split('、');
    if (halves.length === 2 && isPairHalf(halves[0]!) && isPairHalf(halves[1]!) && halves[0]!.length === halves[1]!.length) {
      material.pairs.push([halves[0]!, halves[1]!]);
    }
  }
}

/** One half of a parallel pair: four to seven Chinese characters and nothing else. */
function isPairHalf(text: string): boolean {
  return /^[\u4e00-\u9fff]{4,7}$/.test(text);
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const id = key(item);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** The built-in words whose characters all occur in the sources. */
export function usableWords(words: readonly string[], material: Material, extra = ''): string[] {
  const allowed = (char: string) => material.chars.has(char) || extra.includes(char);
  return words.filter((word) => [...word].every(allowed));
}
