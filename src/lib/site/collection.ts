/**
 * The one place pages read the content collection, and the parsed issues
 * its entries point to (src/loaders/parsed-issues.ts). Everything after
 * this works on plain `Issue` values (see archive.ts).
 */
import { readFile } from 'node:fs/promises';
import { mapLimited } from '../pool.ts';
import { root } from 'astro:config/server';
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

/** Every issue with its raw file's bytes (for the downloads that hold the original text). */
export async function loadPublishedIssues(): Promise<Array<{ issue: Issue; bytes: Uint8Array }>> {
  // The loader stores the path relative to the project root, wherever the build was started from.
  // A few files at a time: all of them at once pass the open-file limit (EMFILE) in a large archive.
  return mapLimited(await loadEntries(), async ({ issue, filePath }) => ({ issue, bytes: await readFile(new URL(filePath!, root)) }));
}

/** The problems of files that did not parse; only `astro dev` keeps any (a build fails instead). */
export async function loadProblems(): Promise<Array<{ file: string; messages: string[] }>> {
  if (!import.meta.env.DEV) return [];
  const entry = await getEntry('problems', PROBLEMS_ENTRY);
  return entry?.data.files ?? [];
}
