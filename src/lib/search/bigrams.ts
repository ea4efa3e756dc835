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
 * alone. Whitespace and any other mark end a run and stand as a token of
 * their own, which Pagefind does not index but counts as a word position,
 * so the first pair of a run is never two positions after the last pair of
 * the run before (src/lib/search/cover.ts relies on it). A query term is
 * the same pairs in a row: 分类 is found as the exact phrase `"分类"`,
 * 《垃圾分类》 as `"《垃 垃圾 圾分 分类 类》"`, or by some of its pairs at
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
 * is rebuilt from the indexed one (the first character of each pair, spaces
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

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const MARKS = new Set(INDEXED_MARKS);

/** Whether the index holds this character in its words. */
function isIndexed(char: string): boolean {
  return MARKS.has(char) || LETTER_OR_DIGIT.test(char);
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
export function indexedText(text: string): string {
  const tokens: string[] = [];
  let run: string[] = [];
  /** Whether the last token is the marks between two runs, which the next mark joins. */
  let between = false;
  const endRun = () => {
    for (let index = 0; index < run.length; index += 1) tokens.push(index + 1 < run.length ? run[index]! + run[index + 1]! : run[index]!);
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
  return readableText(indexed.split(' ').slice(HEADING_POSITIONS).join(' '));
}

/** Whether a result matched in its heading: at a word position (Pagefind's `words`) within the heading block. */
export function matchedInHeading(positions: readonly number[]): boolean {
  return positions.some((position) => position < HEADING_POSITIONS);
}

/**
 * The readable text back from the indexed text: each pair gives its first
 * character. Run for every result a search shows, so it walks the string
 * once, without splitting tokens into arrays.
 */
export function readableText(indexed: string): string {
  const parts: string[] = [];
  let indexedInToken = 0;
  for (const char of indexed) {
    if (char === ' ') indexedInToken = 0;
    else if (char === SPACE) parts.push(' ');
    else if (char === NEWLINE) parts.push('\n');
    else if (!isIndexed(char) || (indexedInToken += 1) !== 2) parts.push(char);
    // A pair's second indexed character is left out: the next token starts with it.
  }
  return parts.join('');
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
  return indexedText(term)
    .split(' ')
    .filter((token) => Array.from(token).every(isIndexed))
    .reduce<string[][]>((runs, token, index, tokens) => {
      // A token that is a run's last character alone ends it; the next token starts another.
      const startsRun = index === 0 || Array.from(tokens[index - 1]!).length === 1;
      if (startsRun) runs.push([]);
      runs.at(-1)!.push(Array.from(token)[0]!);
      return runs;
    }, [])
    .map((chars) => chars.join(''))
    .sort((a, b) => Array.from(b).length - Array.from(a).length);
}

/**
 * The exact phrase that finds a query term (or a superset, for a term with
 * marks the index leaves out: the phrase of its longest run): the run's
 * pairs in a row, leaving out its lone last character, which in the text
 * may be followed by more characters. Undefined for a term of one indexed
 * character: that is a prefix search, since every occurrence of a
 * character starts a token.
 */
export function phraseOf(term: string): string | undefined {
  const run = Array.from(runsOf(term)[0] ?? '');
  if (run.length < 2) return undefined;
  return `"${run.slice(0, -1).map((char, index) => char + run[index + 1]!).join(' ')}"`;
}

/** The one indexed character of a single-character term, or undefined. */
export function singleCharacter(term: string): string | undefined {
  const indexed = Array.from(term).filter(isIndexed);
  return indexed.length === 1 ? indexed[0] : undefined;
}
