/**
 * YAML read with limits, for a block that comes from a file anyone may have
 * written. A few hundred bytes of nested aliases expand to gigabytes, and a
 * deep nesting overflows the stack of a recursive reader: both are refused
 * before any value is built, with the offset where the limit was passed.
 * Pure JavaScript (the `yaml` package), so it runs in a browser as in Node.
 */
import { Lexer, parseDocument, Parser, visit, type Document } from 'yaml';

/** Longer than any correction an editor writes by hand, and read in milliseconds. */
export const MAX_YAML_CHARACTERS = 64 * 1024;
/** Collections within collections; the front matter's fields are at most two deep (a list of strings). */
export const MAX_YAML_NESTING = 16;
/** Values reached through aliases (`*name`), however deep the expansion. */
export const MAX_YAML_ALIAS_VALUES = 100;

export type YamlReading =
  | { ok: true; value: unknown }
  | { ok: false; offset: number; reason: string; expected: string; found: string };

export function readYaml(source: string): YamlReading {
  if (source.length > MAX_YAML_CHARACTERS) {
    return {
      ok: false,
      offset: 0,
      reason: 'the YAML block is too long',
      expected: `at most ${MAX_YAML_CHARACTERS.toLocaleString('en')} characters`,
      found: `${source.length.toLocaleString('en')} characters`,
    };
  }
  const tooDeep = offsetPastNesting(source, MAX_YAML_NESTING);
  if (tooDeep !== undefined) {
    return {
      ok: false,
      offset: tooDeep,
      reason: 'the YAML block is nested too deeply',
      expected: `at most ${MAX_YAML_NESTING} levels of lists and maps`,
      found: source.slice(tooDeep, tooDeep + 40),
    };
  }

  const document = parseDocument(source, { prettyErrors: false });
  const [error] = document.errors;
  if (error !== undefined) {
    const offset = error.pos[0];
    const rest = source.slice(offset).split('\n')[0]!;
    return { ok: false, offset, reason: 'the YAML block cannot be read', expected: error.message, found: rest === '' ? 'the end of the line' : rest };
  }
  try {
    return { ok: true, value: document.toJS({ maxAliasCount: MAX_YAML_ALIAS_VALUES }) };
  } catch {
    // The one failure left once the document parsed: aliases expanding past the limit.
    const alias = firstAliasOffset(document);
    return {
      ok: false,
      offset: alias,
      reason: 'the YAML block repeats too much through aliases',
      expected: `at most ${MAX_YAML_ALIAS_VALUES} values reached through aliases (*name)`,
      found: source.slice(alias, alias + 40),
    };
  }
}

/**
 * Where the nesting first passes `limit`, seen by the CST parser, which keeps
 * its open collections on a stack of its own instead of recursing: one pass
 * over the text, before anything recursive runs. The document itself is
 * the stack's first entry.
 */
function offsetPastNesting(source: string, limit: number): number | undefined {
  const parser = new Parser();
  for (const lexeme of new Lexer().lex(source)) {
    // The tokens are not needed, only the parser's state after each lexeme.
    Array.from(parser.next(lexeme));
    if (parser.stack.length > limit + 1) return parser.offset;
  }
  return undefined;
}

function firstAliasOffset(document: Document): number {
  let offset = 0;
  visit(document, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}
