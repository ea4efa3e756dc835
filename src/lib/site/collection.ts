/**
 * The one place pages read the content collection, and the parsed issues
 * its entries point to (src/loaders/parsed-issues.ts). Everything after
 * this works on plain `Issue` values (see archive.ts).
 */
import { getCollection, getEntry } from 'astro:content';
import { PROBLEMS_ENTRY } from '../../loaders/briefing.ts';
import { readParsedIssue } from '../../loaders/parsed-issues.ts';
import type { Issue } from '../briefing/index.ts';

export interface IssueEntry {
  issue: Issue;
  /** The raw file, relative to the project root (or absolute), for the .txt copy. */
  filePath: string | undefined;
}

export async function loadEntries(): Promise<IssueEntry[]> {
  const entries = await getCollection('issues');
  return Promise.all(entries.map(async (entry) => ({ issue: await readParsedIssue(entry.data), filePath: entry.filePath })));
}

export async function loadIssues(): Promise<Issue[]> {
  return (await loadEntries()).map((entry) => entry.issue);
}

/** The problems of files that did not parse; only `astro dev` keeps any (a build fails instead). */
export async function loadProblems(): Promise<Array<{ file: string; messages: string[] }>> {
  if (!import.meta.env.DEV) return [];
  const entry = await getEntry('problems', PROBLEMS_ENTRY);
  return entry?.data.files ?? [];
}
