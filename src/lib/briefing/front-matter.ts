/**
 * An optional YAML block at the top of a file (format.md §4) for what the
 * text cannot say or says wrongly: corrections of parsed fields, tags, a
 * note, a link to the original PDF.
 *
 * > | ---
 * > | issue: 12
 * > | tags: [台账]
 * > | ---
 */
import { BriefingProblem } from './errors.ts';
import { frontMatterSchema, type FrontMatter } from './schema.ts';
import { readYaml } from './yaml.ts';

export interface SplitFrontMatter {
  /** Validated front matter; empty when the file has none. */
  data: FrontMatter;
  /** The text after the block. */
  body: string;
  /** Raw line number of the first line of `body`. */
  bodyFirstLine: number;
  problems: BriefingProblem[];
}

/** `---` alone on a line (trailing spaces allowed): where the block opens and where it closes. */
const OPENING = /^---[ \t]*\n/;
const CLOSING = /\n---[ \t]*(?:\n|$)/;

export function splitFrontMatter(text: string, file: string): SplitFrontMatter {
  const opening = OPENING.exec(text);
  if (opening === null) return { data: {}, body: text, bodyFirstLine: 1, problems: [] };

  // The YAML starts on line 2, with the newline that ends line 1, so its line numbers are the file's less one.
  const yamlStart = opening[0].length - 1;
  const closing = CLOSING.exec(text.slice(yamlStart));
  if (closing === null) {
    const problem = new BriefingProblem({
      file,
      place: { line: 1, column: 1 },
      field: 'front matter',
      reason: 'the YAML block is not closed',
      expected: 'a line --- after the YAML',
      found: 'the end of the file',
    });
    return { data: {}, body: text.slice(yamlStart + 1), bodyFirstLine: 2, problems: [problem] };
  }
  const yaml = text.slice(yamlStart, yamlStart + closing.index);
  const offset = yamlStart + closing.index + closing[0].length;
  const body = text.slice(offset);
  const bodyFirstLine = 1 + countLines(text.slice(0, offset));

  const read = readYaml(yaml);
  if (!read.ok) {
    const problem = new BriefingProblem({
      file,
      place: placeIn(yaml, read.offset),
      field: 'front matter',
      reason: read.reason,
      expected: read.expected,
      found: read.found.split('\n')[0]!,
    });
    // Parse the text after the block all the same, so its own problems are reported in the same run.
    return { data: {}, body, bodyFirstLine, problems: [problem] };
  }

  const data = read.value ?? {};
  const result = frontMatterSchema.safeParse(data);
  if (result.success) return { data: result.data, body, bodyFirstLine, problems: [] };

  const problems = result.error.issues.map((issue) => {
    const key = issue.path.length > 0 ? String(issue.path[0]) : (issue as { keys?: string[] }).keys?.[0];
    return new BriefingProblem({
      file,
      place: { line: key === undefined ? 1 : lineOfKey(yaml, key), column: 1 },
      field: `front matter ${key ?? ''}`.trim(),
      reason: issue.code === 'unrecognized_keys' ? 'unknown key' : 'value does not fit the field',
      expected:
        issue.code === 'unrecognized_keys'
          ? `one of ${Object.keys(frontMatterSchema.shape).join(', ')}`
          : issue.code === 'invalid_type'
            ? `a value of type ${issue.expected}`
            : issue.message,
      found: issue.path.length > 0 ? JSON.stringify(valueAt(data, issue.path)) ?? 'nothing' : key ?? '',
    });
  });
  return { data: {}, body, bodyFirstLine, problems };
}

/** The file's line and column of an offset in the YAML, which starts with the newline ending line 1. */
function placeIn(yaml: string, offset: number): { line: number; column: number } {
  const before = yaml.slice(0, offset);
  return { line: 1 + countLines(before), column: offset - before.lastIndexOf('\n') };
}

function countLines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}

function lineOfKey(yaml: string, key: string): number {
  const lines = yaml.split('\n');
  const index = lines.findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], data);
}
