/**
 * Exact substring search on Pagefind, by character bigrams (the search issue).
 *
 * Pagefind finds words; Chinese has none to find, and how the indexer and the
 * browser segment a phrase differ (西城|区 against 西|城区). So the index does
 * not hold words but every pair of neighbouring characters:
 *
 * > | 《垃圾分类》  →  《垃 垃圾 圾分 分类 类》 》
 *
 * A run of indexed characters (letters, digits and the punctuation of
 * `INDEXED_MARKS`) becomes its overlapping pairs and then its last character
 * alone, marked as the run's end (`天␃`). A pair of `SPLIT_PAIRS` takes the
 * character after it along (文明 before 行 is the word 文明行). Whitespace and
 * any other mark end a run and stand as a token of their own, which
 * Pagefind does not index but counts as a word position, so the first pair
 * of a run is never two positions after the last pair of the run before
 * (src/lib/search/cover.ts relies on it). A query term is the same words in
 * a row (`termWords`), and is found by some of them at their distances
 * (cover.ts): 《垃圾分类》 as 《垃, 圾分 and 类》 two positions apart. A term
 * made only of indexed characters is found exactly this way; any other term
 * gets a superset (its longest run of indexed characters), which the search
 * then checks against each candidate's text.
 *
 * A record is an issue (`indexedIssue`): its articles one after another,
 * then its header and footer. Beside it the index keeps each article's
 * length and where its heading (its title, or the lead of an untitled item)
 * is, in words (src/lib/search/facets.ts). Pagefind reports every position
 * of a word, so the search tells which articles hold a term, and which hold
 * it in their heading (title and lead matches rank first), without
 * fetching any text.
 *
 * Records are indexed in no language (`INDEX_LANGUAGE`). The readable text
 * is rebuilt from the indexed one (the first character of each word, spaces
 * and line breaks kept as symbols), so excerpts cost no extra bytes.
 * Pagefind lower-cases what it indexes and what it is asked, so the text
 * keeps its case.
 */

/**
 * The language the records are indexed in: `und` (undetermined), for which
 * Pagefind has neither a stemmer nor a word segmenter; character pairs need
 * neither. Its search code, Pagefind's WebAssembly without a stemmer, is
 * 4.4 KB smaller gzipped than the `en` one this index used before (whose
 * stemmer left pairs alone).
 */
export const INDEX_LANGUAGE = 'und';

/**
 * Punctuation Pagefind is told to index as part of a word (its
 * `includeCharacters`): the marks of Chinese text and the ASCII ones, so a
 * query such as 《北京市文明行为促进条例》 or `2021—2023` is found exactly in
 * the index, without reading every candidate's text. Left out: the ASCII
 * double quote, which marks Pagefind's exact phrase search.
 */
export const INDEXED_MARKS = '，。、；：？！（）《》〈〉“”‘’「」『』【】〔〕〖〗—–…·～％＋－／＝＜＞＃＆＊＠＼＾｜￥' + "!#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

/**
 * Pairs the index holds together with the character that follows them
 * (文明 before 行 as 文明行; at the end of a run, `文明␃`), so that a term
 * that starts with one fetches only its own part of the pair's positions.
 * 文明 is the briefing's own word, in its name and its publisher's: in the
 * generated archives it is 3 times as frequent as the next pair (工作), 29
 * times in an average article, and at 5,000 issues its positions alone
 * were 65 KB of index a shard, fetched by every term that holds it. A term
 * that ends with a split pair asks for every word that starts with it
 * (`TermWord.prefix`), which costs what the pair did before. Changing the
 * list changes every record, so every shard is indexed again.
 */
export const SPLIT_PAIRS: ReadonlySet<string> = new Set(['文明']);

/**
 * Marks the end of a run in its last token (U+2403 SYMBOL FOR END OF TEXT,
 * never in a briefing). Pagefind answers a word it does not hold with the
 * longest word it holds that starts the query word (pagefind_web
 * search.rs, `find_word_extensions`); were a run's last character a word
 * on its own, a pair missing from a shard would be answered with every
 * place where its first character ends a run. With the mark no word is the
 * start of a pair or of a split pair with its character after.
 */
const RUN_END = '\u2403';

/** What Pagefind is told to keep in its words (its `includeCharacters`): the indexed marks and the end of a run. */
export const INDEX_CHARACTERS = INDEXED_MARKS + RUN_END;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const MARKS = new Set(INDEXED_MARKS);

/** Characters already asked about: the build asks for every character of the archive, a few thousand different ones. */
const indexedCharacters = new Map<string, boolean>();

/** Whether the index holds this character in its words. */
function isIndexed(char: string): boolean {
  let indexed = indexedCharacters.get(char);
  if (indexed === undefined) {
    indexed = MARKS.has(char) || LETTER_OR_DIGIT.test(char);
    indexedCharacters.set(char, indexed);
  }
  return indexed;
}

/**
 * Stand for the whitespace of the text, in a token between runs: Pagefind
 * splits its content on whitespace, so real whitespace would be lost, and
 * these symbols (U+2420 SYMBOL FOR SPACE, U+2424 SYMBOL FOR NEWLINE, never
 * in a briefing) are not indexed. A line break is kept apart from a space
 * so that excerpts can keep to one paragraph.
 */
const SPACE = '\u2420';
const NEWLINE = '\u2424';

/** The words of the text as the index holds it, and where each starts in the text (as an index into the string). */
export function indexedWords(text: string, split: ReadonlySet<string> = SPLIT_PAIRS): { words: string[]; starts: number[] } {
  const words: string[] = [];
  const starts: number[] = [];
  let run: string[] = [];
  let runStart = 0;
  /** Whether the last word is the marks between two runs, which the next mark joins. */
  let between = false;
  const endRun = () => {
    let at = runStart;
    for (const [index, char] of run.entries()) {
      words.push(wordAt(run, index, split));
      starts.push(at);
      at += char.length;
    }
    if (run.length > 0) between = false;
    run = [];
  };
  let at = 0;
  for (const char of text) {
    if (isIndexed(char)) {
      if (run.length === 0) runStart = at;
      run.push(char);
    } else {
      endRun();
      const mark = char === '\n' ? NEWLINE : /\s/u.test(char) ? SPACE : char;
      if (between) words[words.length - 1] = join(words[words.length - 1]!, mark);
      else if (words.length > 0 || !isWhitespace(mark)) {
        words.push(mark);
        starts.push(at);
        between = true;
      }
    }
    at += char.length;
  }
  endRun();
  return { words, starts };
}

/**
 * The word the index holds at one character of a run: the pair it starts
 * (a split pair with the character after it), or, at the run's last
 * character, that character marked as the end. A split pair that ends the
 * run is marked too (`文明␃`). The one rule for the text and for a term
 * (`termWords`), so that they agree.
 */
function wordAt(run: readonly string[], index: number, split: ReadonlySet<string>): string {
  const next = run[index + 1];
  if (next === undefined) return run[index]! + RUN_END;
  const pair = run[index]! + next;
  return isSplit(pair, split) ? pair + (run[index + 2] ?? RUN_END) : pair;
}

/** Each list of split pairs with every spelling of its pairs that lower-cases to one, so a pair is looked up as it stands. */
const spellings = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

function isSplit(pair: string, split: ReadonlySet<string>): boolean {
  let spelt = spellings.get(split);
  if (spelt === undefined) {
    spelt = new Set([...split].flatMap((lower) => caseVariants(Array.from(lower))));
    spellings.set(split, spelt);
  }
  return spelt.has(pair);
}

/** Every string whose lower case is `chars` joined. */
function caseVariants(chars: readonly string[]): string[] {
  if (chars.length === 0) return [''];
  const [first, ...rest] = chars;
  const firsts = [...new Set([first!, first!.toUpperCase()])].filter((variant) => variant.toLowerCase() === first);
  return firsts.flatMap((variant) => caseVariants(rest).map((tail) => variant + tail));
}

function isWhitespace(mark: string): boolean {
  return mark === SPACE || mark === NEWLINE;
}

/** Marks between runs with one more; a run of whitespace stays one symbol, a line break if it holds one. */
function join(marks: string, mark: string): string {
  const last = marks.at(-1);
  if (!isWhitespace(mark) || last === undefined || !isWhitespace(last)) return marks + mark;
  return last === NEWLINE ? marks : marks.slice(0, -1) + (mark === NEWLINE ? NEWLINE : SPACE);
}

/**
 * The readable text back from words of the index, those from `from` up to
 * `to` (or the last): a word of a run gives its first character, the marks
 * between runs give themselves, spaces and line breaks back from their
 * symbols, and the filler of an article's block nothing.
 */
export function readableText(words: readonly string[], from = 0, to = words.length): string {
  let text = '';
  const end = Math.min(to, words.length);
  for (let at = from; at < end; at += 1) {
    const word = words[at]!;
    if (word === '' || word === FILLER) continue;
    const first = String.fromCodePoint(word.codePointAt(0)!);
    text += isIndexed(first) ? first : readableMarks(word);
  }
  return text;
}

/** An article's text and, as a range of it (UTF-16 offsets), its heading: its title, or the lead of an untitled item. */
export interface ArticleText {
  text: string;
  heading: { from: number; to: number } | null;
}

/**
 * Where an article stands among its issue's words, as the index holds the
 * issue (`indexedIssue`): how many blocks of `ARTICLE_BLOCK` words it takes
 * (null for an issue's only article, where every match is in it), and
 * which of its words are its heading (those that start within it: none for
 * an article without one).
 */
export interface ArticleLayout {
  blocks: number | null;
  headingStart: number;
  headingLength: number;
}

/**
 * An issue of several articles gives each a whole number of blocks of this
 * many words, filled up after its text; the search is told the number of
 * blocks, not of words. At 5,000 issues this took the layout the search
 * page fetches from 29 to 21 KB for 1% more words (BENCHMARKS.md).
 */
export const ARTICLE_BLOCK = 32;

/** Fills an article's last block: a word of its own, so it takes a position, made of U+2422 BLANK SYMBOL, which is not indexed and not in briefings. */
const FILLER = '\u2422';

/**
 * An issue as the index holds it: one record, not one per article (an
 * article's words are mostly its issue's other articles' too, and its
 * header and footer theirs; one record for them all takes Pagefind a
 * quarter less time to index, BENCHMARKS.md). Each article's text, then
 * the issue's header and footer, each after a line break that stands alone
 * as a word, so that no term runs from one into the next; the layout tells
 * the search which article a word is in (`articleSpans`).
 */
export function indexedIssue(articles: readonly ArticleText[], fields: string): { content: string; layout: ArticleLayout[] } {
  const all: string[] = [];
  const alone = articles.length === 1;
  const layout = articles.map(({ text, heading }): ArticleLayout => {
    const { words, starts } = indexedWords(text);
    const start = all.length;
    all.push(...words, NEWLINE);
    if (!alone) while ((all.length - start) % ARTICLE_BLOCK !== 0) all.push(FILLER);
    const blocks = alone ? null : (all.length - start) / ARTICLE_BLOCK;
    if (heading === null) return { blocks, headingStart: 0, headingLength: 0 };
    const headingStart = firstAtOrAfter(starts, heading.from);
    return { blocks, headingStart, headingLength: firstAtOrAfter(starts, heading.to) - headingStart };
  });
  all.push(...indexedWords(fields).words);
  return { content: all.join(' '), layout };
}

/** The first of ascending `starts` at or after `offset` (their number when there is none). */
function firstAtOrAfter(starts: readonly number[], offset: number): number {
  const found = starts.findIndex((start) => start >= offset);
  return found < 0 ? starts.length : found;
}

/**
 * Word positions of an article in its issue's record: `[start, end)`, its
 * text, the line break after it and any filler, and its heading's. An
 * issue's only article ends with the record.
 */
export interface ArticleSpan {
  start: number;
  end: number;
  headingStart: number;
  headingEnd: number;
}

/**
 * Where each article of an issue's record stands (`indexedIssue`), and
 * where its header and footer start: with the record's end for an issue
 * of one article, whose header and footer are its own.
 */
export function articleSpans(layout: readonly ArticleLayout[]): { spans: ArticleSpan[]; fieldsStart: number } {
  let start = 0;
  const spans = layout.map(({ blocks, headingStart, headingLength }) => {
    const end = blocks === null ? Infinity : start + blocks * ARTICLE_BLOCK;
    const span = { start, end, headingStart: start + headingStart, headingEnd: start + headingStart + headingLength };
    start = end;
    return span;
  });
  return { spans, fieldsStart: start };
}

/**
 * The text an article is found in and quoted from: its own, then its
 * issue's header and footer, from the words of its issue's record.
 */
export function articleRecordText(words: readonly string[], { start, end }: ArticleSpan, fieldsStart: number): string {
  // The article's words end with the line break before the next part, which joins the two.
  return readableText(words, start, end) + readableText(words, fieldsStart);
}

/** The marks between two runs as the text holds them (they hold no indexed character, the end mark included). */
function readableMarks(marks: string): string {
  return marks.replaceAll(SPACE, ' ').replaceAll(NEWLINE, '\n');
}

/** Whether Pagefind's answer for the term is exact: every character of it is indexed. */
export function isIndexedTerm(term: string): boolean {
  return Array.from(term).every(isIndexed);
}

/**
 * The runs of indexed characters in a term, longest first: a term of
 * indexed characters only is one run; the marks the index leaves out split
 * the others.
 */
export function runsOf(term: string): string[] {
  const runs: string[] = [];
  let run = '';
  for (const char of term) {
    if (isIndexed(char)) run += char;
    else if (run !== '') {
      runs.push(run);
      run = '';
    }
  }
  if (run !== '') runs.push(run);
  return runs.sort((a, b) => Array.from(b).length - Array.from(a).length);
}

/** A word of the index that a term's run holds (`termWords`). */
export interface TermWord {
  /** As the index holds it: a pair, or a split pair with the character after it. */
  word: string;
  /** Where it starts in the run, in characters. */
  offset: number;
  /** How many of the run's characters it tells: 2, or 3 for a split pair with the character after it. */
  width: number;
  /**
   * Whether it is asked for every word it starts: a split pair that ends
   * the run, which the index holds with whatever follows it there.
   */
  prefix: boolean;
}

/** The index's words at each character of a run but the last, as its text would hold them (none for one character). */
export function termWords(run: string, split: ReadonlySet<string> = SPLIT_PAIRS): TermWord[] {
  const chars = Array.from(run);
  return chars.slice(0, -1).map((_, offset) => {
    const word = wordAt(chars, offset, split);
    // Only a split pair that ends the run is marked: the term's text may go on there, so it stands for every word it starts.
    const prefix = word.endsWith(RUN_END);
    return prefix ? { word: word.slice(0, -RUN_END.length), offset, width: 2, prefix } : { word, offset, width: Array.from(word).length, prefix };
  });
}

/** Whether a token of the index is a word a term is asked by: a pair, or a split pair with the character after it. */
export function isTermWord(token: string): boolean {
  const chars = Array.from(token);
  return chars.length >= 2 && chars.every(isIndexed);
}
