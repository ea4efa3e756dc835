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
 * a row (`termWords`): 分类 is found as the exact phrase `"分类"`,
 * 《垃圾分类》 as `"《垃 垃圾 圾分 分类 类》"`, or by some of its words at
 * their distances (cover.ts). A term made only of indexed characters is
 * found exactly this way; any other term gets a superset (its longest run
 * of indexed characters), which the search then checks against each
 * candidate's text.
 *
 * A record starts with a copy of its article's heading (its title, or the
 * lead of an untitled item) in a block of `HEADING_POSITIONS` word
 * positions, filled up with a symbol Pagefind does not index. Pagefind
 * reports where each result matched, so a match before the end of that
 * block is a match in the heading, and the search lists those first (title
 * and lead matches rank first) without asking the index anything more. The
 * block is not part of the readable text.
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

/** The text as the index holds it. */
export function indexedText(text: string, split: ReadonlySet<string> = SPLIT_PAIRS): string {
  const tokens: string[] = [];
  let run: string[] = [];
  /** Whether the last token is the marks between two runs, which the next mark joins. */
  let between = false;
  const endRun = () => {
    tokens.push(...runTokens(run, split));
    if (run.length > 0) between = false;
    run = [];
  };
  for (const char of text) {
    if (isIndexed(char)) {
      run.push(char);
      continue;
    }
    endRun();
    const mark = char === '\n' ? NEWLINE : /\s/u.test(char) ? SPACE : char;
    if (between) tokens[tokens.length - 1] = join(tokens[tokens.length - 1]!, mark);
    else if (tokens.length > 0 || !isWhitespace(mark)) {
      tokens.push(mark);
      between = true;
    }
  }
  endRun();
  return tokens.join(' ');
}

/** A run's words, one at each of its characters (`wordAt`). */
function runTokens(run: readonly string[], split: ReadonlySet<string>): string[] {
  return run.map((_, index) => wordAt(run, index, split));
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
 * Word positions at the start of every record that hold its heading's copy
 * (a heading of up to 127 characters: the generated archives' longest is
 * 68; a longer one is copied in part, and a match beyond is ranked as one
 * in the text).
 */
export const HEADING_POSITIONS = 128;

/**
 * Fills the heading block: a word of its own, so it takes a position, made
 * of U+2422 BLANK SYMBOL, which is not indexed and not in briefings.
 */
const FILLER = '\u2422';

/** A record as the index holds it: the heading block, then the text (both as `indexedText`). */
export function indexedRecord(heading: string, text: string): string {
  const copy = heading === '' ? [] : indexedText(heading).split(' ').slice(0, HEADING_POSITIONS - 1);
  const block = [...copy, ...Array<string>(HEADING_POSITIONS - copy.length).fill(FILLER)];
  return `${block.join(' ')} ${indexedText(text)}`;
}

/** The readable text of a record (`indexedRecord`): its text, without the heading block. */
export function recordText(indexed: string): string {
  let start = 0;
  for (let word = 0; word < HEADING_POSITIONS; word += 1) {
    start = indexed.indexOf(' ', start) + 1;
    if (start === 0) return '';
  }
  return readableText(indexed, start);
}

/** Whether a result matched in its heading: at a word position (Pagefind's `words`) within the heading block. */
export function matchedInHeading(positions: readonly number[]): boolean {
  return positions.some((position) => position < HEADING_POSITIONS);
}

/**
 * The readable text back from the indexed text (from the word at `start`):
 * a word of a run gives its first character, the marks between runs give
 * themselves, spaces and line breaks back from their symbols. Run for
 * every result a search shows, so it looks at each word's first character
 * only, and copies the rest by the word.
 */
export function readableText(indexed: string, start = 0): string {
  let text = '';
  for (let from = start; from < indexed.length; ) {
    const space = indexed.indexOf(' ', from);
    const to = space === -1 ? indexed.length : space;
    if (to > from) {
      const first = String.fromCodePoint(indexed.codePointAt(from)!);
      text += isIndexed(first) ? first : readableMarks(indexed.slice(from, to));
    }
    from = to + 1;
  }
  return text;
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

/**
 * The exact phrase that finds a query term (or a superset, for a term with
 * marks the index leaves out: the phrase of its longest run): its words
 * in a row, up to the first that tells its last character, which in the
 * text may be followed by more characters. Undefined for a term of one
 * indexed character (a prefix search, since every occurrence of a character
 * starts a word) and for one that ends with a split pair (which no exact
 * word tells: src/lib/search/cover.ts finds it).
 */
export function phraseOf(term: string, split: ReadonlySet<string> = SPLIT_PAIRS): string | undefined {
  const run = runsOf(term)[0] ?? '';
  const length = Array.from(run).length;
  const words = termWords(run, split);
  const last = words.findIndex(({ offset, width }) => offset + width >= length);
  if (last < 0 || words[last]!.prefix) return undefined;
  return `"${words
    .slice(0, last + 1)
    .map(({ word }) => word)
    .join(' ')}"`;
}

/** Whether a token of the index is a word a term is asked by: a pair, or a split pair with the character after it. */
export function isTermWord(token: string): boolean {
  const chars = Array.from(token);
  return chars.length >= 2 && chars.every(isIndexed);
}

/** The one indexed character of a single-character term, or undefined. */
export function singleCharacter(term: string): string | undefined {
  const indexed = Array.from(term).filter(isIndexed);
  return indexed.length === 1 ? indexed[0] : undefined;
}
