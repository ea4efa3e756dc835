/**
 * The numbering index the build publishes for the editor's desk: every
 * published issue's 总期号, 期号 and date, and its file's name when that is
 * not `{总期号}.txt`, so the desk can check a new issue against the archive
 * (duplicate 总期号, 期号 out of step for its year, a date before an earlier
 * 总期号) without fetching archive.json, which holds every article.
 *
 * > [[2177, 11, "2021-02-25"], [2178, 12, "2021-03-08", "2021/第12期.txt"]]
 *
 * Rows, not objects: at 5,000 issues the keys alone would double its size.
 */
import { z } from 'zod';
import { isoDateSchema, type ArchiveEntry, type IssueNumbering } from '../briefing/index.ts';

const count = z.number().int().positive();
const rowSchema = z.union([z.tuple([count, count, isoDateSchema]), z.tuple([count, count, isoDateSchema, z.string().min(1)])]);
export const numberingIndexSchema = z.array(rowSchema);

export type NumberingIndex = z.output<typeof numberingIndexSchema>;

export interface PublishedIssue {
  /** The file's path inside the archive folder, `/`-separated. */
  file: string;
  issue: IssueNumbering;
}

/** The name the desk gives the file it downloads, and the name a published issue's file has unless the index says otherwise. */
export function issueFileName(totalIssue: number): string {
  return `${totalIssue}.txt`;
}

export function numberingIndex(published: readonly PublishedIssue[]): NumberingIndex {
  return [...published]
    .sort((a, b) => a.issue.totalIssue - b.issue.totalIssue)
    .map(({ file, issue: { totalIssue, issue, date } }) =>
      file === issueFileName(totalIssue) ? [totalIssue, issue, date] : [totalIssue, issue, date, file],
    );
}

/**
 * The index as entries for the parser's `checkArchive`. Where a published
 * file's 总期号 stands is not in the index, so messages name the file alone.
 */
export function publishedEntries(index: NumberingIndex): ArchiveEntry[] {
  return index.map(([totalIssue, issue, date, file]) => ({ file: file ?? issueFileName(totalIssue), issue: { totalIssue, issue, date }, places: {} }));
}
