/**
 * The archive a benchmark size works on: generated from content/ with seed 1,
 * read back through the parser (the truth search quality is measured
 * against), and "the next issue" an editor would add.
 */
import { readFileSync } from 'node:fs';
import { parseBriefing, type Issue } from '../../src/lib/briefing/index.ts';
import { listIssueFiles } from '../../src/lib/content-folder.ts';
import { writeArchive, type WriteSummary } from '../../src/lib/synthetic/index.ts';

export const SEED = 1;

export function generate(count: number, out: string): WriteSummary {
  return writeArchive({ count, seed: SEED, out });
}

export interface ArchiveFile {
  path: string;
  bytes: Buffer;
}

export function readArchive(folder: string): ArchiveFile[] {
  return listIssueFiles(folder).map((path) => ({ path, bytes: readFileSync(path) }));
}

/** Every issue of the archive, parsed; a file that does not parse is a broken benchmark, not a figure. */
export function parseArchive(files: readonly ArchiveFile[]): Issue[] {
  return files.map(({ path, bytes }) => {
    const { issue, problems } = parseBriefing(bytes, path);
    if (issue === undefined) throw new Error(`generated file does not parse: ${problems.map(String).join('\n')}`);
    return issue;
  });
}

/**
 * What an editor adds next: the last issue's text with 期号 and 总期号 one
 * higher (same date, so the year and its 期号 sequence stay valid), to be
 * written as a new file. `steps` = 2 makes the one after that. Checked by
 * the parser before it is used.
 */
export function nextIssue(last: { issue: Issue; text: string }, steps = 1): { name: string; totalIssue: number; bytes: Buffer } {
  const issueNumber = last.issue.issue + steps;
  const totalIssue = last.issue.totalIssue + steps;
  const text = last.text
    .replace(/^第\s*\d+\s*期$/m, `第 ${issueNumber} 期`)
    .replace(/^([（(])\s*总第\s*\d+\s*期\s*([）)])$/m, `$1总第 ${totalIssue} 期$2`);
  const bytes = Buffer.from(text, 'utf8');
  const name = `${totalIssue}.txt`;
  const { issue, problems } = parseBriefing(bytes, name);
  if (issue?.issue !== issueNumber || issue.totalIssue !== totalIssue) {
    throw new Error(`could not make the next issue from the last one: ${problems.map(String).join('\n') || `read back 第${issue?.issue}期 总第${issue?.totalIssue}期`}`);
  }
  return { name, totalIssue, bytes };
}
