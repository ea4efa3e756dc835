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
import matter from 'gray-matter';
import { BriefingProblem } from './errors.ts';
import { frontMatterSchema, type FrontMatter } from './schema.ts';

export interface SplitFrontMatter {
  /** Validated front matter; empty when the file has none. */
  data: FrontMatter;
  /** The text after the block. */
  body: string;
  /** Raw line number of the first line of `body`. */
  bodyFirstLine: number;
  problems: BriefingProblem[];
}

export function splitFrontMatter(text: string, file: string): SplitFrontMatter {
  if (!/^---[ \t]*\n/.test(text)) return { data: {}, body: text, bodyFirstLine: 1, problems: [] };

  let parsed: { data: Record<string, unknown>; content: string };
  try {
    // Options disable gray-matter's cache, which would keep every file of the archive in memory.
    parsed = matter(text, {});
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const problem = new BriefingProblem({
      file,
      place: { line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 },
      field: 'front matter',
      reason: 'the YAML block cannot be read',
      expected: 'YAML between two --- lines',
      found: String((error as Error).message).split('\n')[0]!,
    });
    // Parse the text after the block all the same, so its own problems are reported in the same run.
    const closing = /\n---[ \t]*(?:\n|$)/.exec(text.slice(3));
    const offset = closing === null ? text.length : 3 + closing.index + closing[0].length;
    return { data: {}, body: text.slice(offset), bodyFirstLine: 1 + countLines(text.slice(0, offset)), problems: [problem] };
  }

  const offset = text.length - parsed.content.length;
  const bodyFirstLine = 1 + countLines(text.slice(0, offset));
  const yaml = text.slice(0, offset);
  const result = frontMatterSchema.safeParse(withIsoDates(parsed.data));
  if (result.success) return { data: result.data, body: parsed.content, bodyFirstLine, problems: [] };

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
      found: issue.path.length > 0 ? JSON.stringify(valueAt(parsed.data, issue.path)) ?? 'nothing' : key ?? '',
    });
  });
  return { data: {}, body: parsed.content, bodyFirstLine, problems };
}

/** YAML reads `date: 2021-03-08` as a Date; the schema speaks ISO strings. */
function withIsoDates(data: Record<string, unknown>): Record<string, unknown> {
  const date = data.date;
  return date instanceof Date ? { ...data, date: date.toISOString().slice(0, 10) } : data;
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
