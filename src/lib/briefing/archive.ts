/**
 * Checks that need the whole archive (format.md §3): one file per 总期号,
 * 期号 that agree with their neighbours of the same year, and dates that do
 * not run backwards against 总期号.
 */
import { BriefingProblem, type Place } from './errors.ts';
import type { HeaderPlaces } from './parse.ts';
import type { Issue } from './schema.ts';

/** What the checks read of an issue: its numbers and date. */
export type IssueNumbering = Pick<Issue, 'issue' | 'totalIssue' | 'date'>;

export interface ArchiveEntry<Numbered extends IssueNumbering = IssueNumbering> {
  file: string;
  issue: Numbered;
  places: HeaderPlaces;
}

const START: Place = { line: 1, column: 1 };

export function checkArchive(entries: readonly ArchiveEntry[]): BriefingProblem[] {
  const ordered = [...entries].sort((a, b) => a.issue.totalIssue - b.issue.totalIssue || compareText(a.file, b.file));
  return [...duplicateTotalIssues(ordered), ...clashingIssueNumbers(ordered), ...datesRunningBackwards(ordered)];
}

function duplicateTotalIssues(ordered: readonly ArchiveEntry[]): BriefingProblem[] {
  const problems: BriefingProblem[] = [];
  for (const group of groupBy(ordered, (entry) => entry.issue.totalIssue).values()) {
    if (group.length < 2) continue;
    for (const entry of group) {
      const others = group.filter((other) => other !== entry).map(fileAndLine);
      problems.push(
        new BriefingProblem({
          file: entry.file,
          place: entry.places.totalIssue ?? START,
          field: '总期号 (totalIssue)',
          reason: `总第${entry.issue.totalIssue}期 is also in ${others.join(', ')}`,
          expected: 'one file per 总期号',
          found: `${group.length} files`,
        }),
      );
    }
  }
  return problems;
}

/**
 * Within a year 期号 and 总期号 advance together, so 总期号 − 期号 is the same
 * for every issue of the year (2021: 总第2169期 is 第3期, 总第2178期 第12期).
 * The offset most of the year agrees on is taken as right.
 */
/**
 * `content/2178.txt:5`, or the file alone where the line of its 总期号 is not
 * known (set by front matter, or a published issue the desk knows by its
 * numbers only).
 */
function fileAndLine(entry: ArchiveEntry): string {
  const place = entry.places.totalIssue;
  return place === undefined ? entry.file : `${entry.file}:${place.line}`;
}

function clashingIssueNumbers(ordered: readonly ArchiveEntry[]): BriefingProblem[] {
  const problems: BriefingProblem[] = [];
  for (const [year, group] of groupBy(ordered, (entry) => entry.issue.date.slice(0, 4))) {
    const offsets = groupBy(group, (entry) => entry.issue.totalIssue - entry.issue.issue);
    if (offsets.size < 2) continue;
    const [usual, agreeing] = [...offsets].sort((a, b) => b[1].length - a[1].length || a[0] - b[0])[0]!;
    const witness = agreeing[0]!;
    for (const entry of group) {
      const offset = entry.issue.totalIssue - entry.issue.issue;
      if (offset === usual) continue;
      problems.push(
        new BriefingProblem({
          file: entry.file,
          place: entry.places.issue ?? START,
          field: '期号 (issue)',
          reason: `clashes with its neighbours of ${year}: 总第${witness.issue.totalIssue}期 is 第${witness.issue.issue}期 (${witness.file})`,
          expected: `第${entry.issue.totalIssue - usual}期 for 总第${entry.issue.totalIssue}期`,
          found: `第${entry.issue.issue}期`,
        }),
      );
    }
  }
  return problems;
}

function datesRunningBackwards(ordered: readonly ArchiveEntry[]): BriefingProblem[] {
  const problems: BriefingProblem[] = [];
  let latest: ArchiveEntry | undefined;
  for (const entry of ordered) {
    if (latest !== undefined && entry.issue.totalIssue !== latest.issue.totalIssue && entry.issue.date < latest.issue.date) {
      problems.push(
        new BriefingProblem({
          file: entry.file,
          place: entry.places.date ?? START,
          field: '日期 (date)',
          reason: `earlier than 总第${latest.issue.totalIssue}期 (${latest.file}), though its 总期号 is higher`,
          expected: `${latest.issue.date} or later`,
          found: entry.issue.date,
        }),
      );
    }
    if (latest === undefined || entry.issue.date >= latest.issue.date) latest = entry;
  }
  return problems;
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
