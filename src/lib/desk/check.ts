/**
 * What the editor's desk says of a draft: exactly what `briefing check`
 * would say of it in the archive folder. The draft's own problems come from
 * the parser; the problems across files from the parser's `checkArchive`,
 * against the published issues of the numbering index. A published file of
 * the same name is the one the draft replaces, so it is left out, as the
 * folder would hold only the new one.
 */
import { checkArchive, parseBriefing, summarise, type ArchiveEntry, type BriefingProblem, type Encoding, type Issue } from '../briefing/index.ts';

export interface DraftCheck {
  /** The issue, when the draft parses (problems across files may remain). */
  issue: Issue | undefined;
  /** The draft's problems, in the order `briefing check` prints them. */
  problems: BriefingProblem[];
  /** `briefing check`'s summary line (without the file), when nothing is wrong. */
  summary: string | undefined;
  encoding: Encoding | undefined;
}

export function checkDraft(bytes: Uint8Array, file: string, published: readonly ArchiveEntry[]): DraftCheck {
  const { issue, problems, encoding, places } = parseBriefing(bytes, file);
  const others = published.filter((entry) => baseName(entry.file) !== baseName(file));
  const across = issue === undefined ? [] : checkArchive([...others, { file, issue, places }]).filter((problem) => problem.file === file);
  const all = [...problems, ...across];
  const failing = all.some((problem) => problem.severity === 'error');
  return { issue, problems: all, summary: issue !== undefined && !failing ? summarise(issue) : undefined, encoding };
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}
