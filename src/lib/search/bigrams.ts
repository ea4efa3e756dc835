/**
 * Exact substring search on Pagefind, by character bigrams (the search issue).
 *
 * Pagefind finds words; Chinese has none to find, and how the indexer and the
 * browser segment a phrase differ (西城|区 against 西|城区). So the index does
 * not hold words but every pair of neighbouring letters or digits:
 *
 * > | 垃圾分类。  →  垃圾 圾分 分类 类。
 *
 * Each run of letters and digits becomes its overlapping bigrams and then
 * its last character alone; punctuation and spaces end a run, and
 * punctuation is glued to the token before it (or after it, at the start) so
 * it takes no word position. A query is the same pairs in a row: 分类 is
 * found as the exact phrase `"分类"`, 圾分类 as `"圾分 分类"`, and a word
 * split by punctuation (`健康，生活`) as `"健康 康 生活"`, since the lone
 * last character of a run stands where the punctuation was.
 *
 * Records are indexed as language `en`: Pagefind's English stemmer leaves
 * tokens of two characters alone. The readable text is rebuilt from the
 * indexed one (the first character of each pair, spaces kept as a symbol),
 * so excerpts cost no extra bytes. Pagefind lower-cases what it indexes and
 * what it is asked, so the text keeps its case.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Stands for a space of the text, glued to the token before it: Pagefind
 * splits its content on whitespace, so a real space would be lost, and this
 * symbol (U+2420 SYMBOL FOR SPACE, never in a briefing) is not a letter, so it
 * is not indexed.
 */
const SPACE = '\u2420';

/** The text as the index holds it. */
export function indexedText(text: string): string {
  const tokens: string[] = [];
  let pending = ''; // punctuation seen before the first token
  let run: string[] = [];
  const endRun = () => {
    for (let index = 0; index < run.length; index += 1) {
      const token = index + 1 < run.length ? run[index]! + run[index + 1]! : run[index]!;
      tokens.push(pending + token);
      pending = '';
    }
    run = [];
  };
  for (const char of text) {
    if (LETTER_OR_DIGIT.test(char)) {
      run.push(char);
      continue;
    }
    endRun();
    const mark = /\s/u.test(char) ? SPACE : char;
    if (tokens.length > 0) tokens[tokens.length - 1] = glue(tokens[tokens.length - 1]!, mark);
    else if (pending !== '' || mark !== SPACE) pending = glue(pending, mark);
  }
  endRun();
  if (pending !== '') tokens.push(pending);
  return tokens.join(' ');
}

/** A mark added to a token; a run of spaces stays one. */
function glue(token: string, mark: string): string {
  return mark === SPACE && token.endsWith(SPACE) ? token : token + mark;
}

/** The readable text back from the indexed text: each pair gives its first character. */
export function readableText(indexed: string): string {
  let text = '';
  for (const token of indexed.split(' ')) {
    const chars = Array.from(token);
    const letters = chars.filter((char) => LETTER_OR_DIGIT.test(char));
    if (letters.length < 2) {
      text += token;
    } else {
      // A pair: keep every character but the second letter, which the next token starts with.
      const second = chars.indexOf(letters[1]!, chars.indexOf(letters[0]!) + 1);
      text += chars.filter((_, index) => index !== second).join('');
    }
  }
  return text.replaceAll(SPACE, ' ');
}

/**
 * The exact phrase that finds a query term: its tokens as the index writes
 * them, but for the lone last character of its last run, which in the text
 * may be followed by more letters. Undefined for a term of one letter or
 * digit: that is a prefix search, since every occurrence of a character
 * starts a token.
 */
export function phraseOf(term: string): string | undefined {
  const tokens = indexedText(term)
    .split(' ')
    .map((token) => Array.from(token).filter((char) => LETTER_OR_DIGIT.test(char)).join(''))
    .filter((token) => token !== '');
  if (tokens.length < 2) return undefined;
  return `"${tokens.slice(0, -1).join(' ')}"`;
}

/** The one letter or digit of a single-character term, or undefined. */
export function singleCharacter(term: string): string | undefined {
  const letters = Array.from(term).filter((char) => LETTER_OR_DIGIT.test(char));
  return letters.length === 1 ? letters[0] : undefined;
}
