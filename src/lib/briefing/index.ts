/**
 * The briefing parser: bytes → text → lines → blocks → issue.
 * Bad input never throws: every problem comes back with its place, and an
 * issue comes out only when there is no error.
 */
import { decode, type Encoding } from './decode.ts';
import { BriefingProblem } from './errors.ts';
import { splitFrontMatter } from './front-matter.ts';
import { normaliseLines } from './normalise.ts';
import { parseLines, type HeaderPlaces } from './parse.ts';
import { issueSchema, type Issue } from './schema.ts';

export interface ParseResult {
  /** The issue, when the file has no error (warnings allowed). */
  issue: Issue | undefined;
  /** Errors and warnings, in file order. */
  problems: BriefingProblem[];
  encoding: Encoding | undefined;
  /** Where the header fields stand in the file (empty for an undecodable file). */
  places: HeaderPlaces;
}

export function parseBriefing(bytes: Uint8Array, file: string): ParseResult {
  const decoded = decode(bytes, file);
  if (!decoded.ok) return { issue: undefined, problems: [decoded.problem], encoding: undefined, places: {} };
  const { text, encoding } = decoded.value;

  const frontMatter = splitFrontMatter(text, file);
  const parsed = parseLines(normaliseLines(frontMatter.body, frontMatter.bodyFirstLine), file);
  // Front matter corrects what the text says wrongly or not at all.
  const settled = new Set(Object.keys(frontMatter.data));
  const problems = [
    ...frontMatter.problems,
    ...parsed.problems.filter(({ key }) => key === undefined || !settled.has(key)).map(({ problem }) => problem),
  ].sort((a, b) => a.line - b.line || a.column - b.column);
  const { places } = parsed;
  if (problems.some((problem) => problem.severity === 'error')) return { issue: undefined, problems, encoding, places };

  const { tags, note, pdf, ...corrections } = frontMatter.data;
  const merged = { ...parsed.value, ...corrections, tags: tags ?? [], note: note ?? null, pdf: pdf ?? null };
  const checked = issueSchema.safeParse({ id: String(merged.totalIssue), ...merged });
  if (!checked.success) {
    const schemaProblems = checked.error.issues.map(
      (issue) =>
        new BriefingProblem({
          file,
          place: { line: 1, column: 1 },
          field: issue.path.join('.') || 'issue',
          reason: 'the issue does not fit the schema',
          expected: issue.message,
        }),
    );
    return { issue: undefined, problems: [...problems, ...schemaProblems], encoding, places };
  }
  return { issue: orderKeys(checked.data), problems, encoding, places };
}

/** The JSON contract's field order (format.md §2), whatever order corrections came in. */
function orderKeys(issue: Issue): Issue {
  const { id, publication, issue: number, totalIssue, publisher, date, sections, editor, reviewer, contact, distribution, unplaced, tags, note, pdf } = issue;
  return { id, publication, issue: number, totalIssue, publisher, date, sections, editor, reviewer, contact, distribution, unplaced, tags, note, pdf };
}

export { BriefingError, BriefingProblem } from './errors.ts';
export type { Encoding } from './decode.ts';
export type { HeaderPlaces } from './parse.ts';
export { checkArchive, type ArchiveEntry, type IssueNumbering } from './archive.ts';
export { summarise } from './summary.ts';
export * from './schema.ts';
export * from './districts.ts';
