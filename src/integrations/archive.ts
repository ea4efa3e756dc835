/**
 * The archive as the build's integrations read it: the content folder's
 * files parsed (as the loader parses them, once for all integrations), and the archive the pages were
 * made from (dist/archive.json), to tell whether a file changed while the
 * site was built.
 */
import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { issueSchema, parseBriefing, type Issue } from '../lib/briefing/index.ts';
import { contentFolder, displayPath, listIssueFiles } from '../lib/content-folder.ts';
import { inBuiltSite, routes } from '../lib/site/urls.ts';

export interface ArchiveFile {
  /** The file exactly as the editor saved it. */
  bytes: Buffer;
  issue: Issue;
}

/**
 * The last read of the archive folder, and what its files were (path, size
 * and time of last change of each): the search index's integration reads
 * the folder when a build starts, and the other integrations get that read
 * instead of parsing every file again. A file changed since makes a new read.
 */
let lastRead: { files: string; read: Promise<ArchiveFile[] | undefined> } | undefined;

/** Every file of the archive folder, parsed; undefined if one does not parse (the build stops on it anyway). */
export function readContentArchive(): Promise<ArchiveFile[] | undefined> {
  const listed = listIssueFiles(contentFolder());
  const files = JSON.stringify(
    listed.map((file) => {
      const { size, mtimeMs } = statSync(file);
      return [file, size, mtimeMs];
    }),
  );
  if (lastRead?.files !== files) {
    const read = parseFiles(listed);
    lastRead = { files, read };
    // A read that failed is not kept: the next one tries again.
    read.catch(() => {
      if (lastRead?.read === read) lastRead = undefined;
    });
  }
  return lastRead.read;
}

/**
 * Files are read synchronously: the build's search index waits for this
 * read, which a file at a time through the event loop shared the main
 * thread with the content layer's own reading (5,000 issues: read 6.1 s
 * after the build started, 1.8 s so; the build 62.6–64.6 s against
 * 64.2–65.1 s). Only builds read the archive this way (`astro dev` reads
 * through the loader).
 */
async function parseFiles(listed: readonly string[]): Promise<ArchiveFile[] | undefined> {
  const files: ArchiveFile[] = [];
  for (const file of listed) {
    const bytes = readFileSync(file);
    const { issue } = parseBriefing(bytes, displayPath(file));
    if (issue === undefined) return undefined;
    files.push({ bytes, issue });
  }
  return files;
}

/** The archive the pages in `dir` were made from. */
export async function readBuiltArchive(dir: URL): Promise<Issue[]> {
  return z.array(issueSchema).parse(JSON.parse(await readFile(inBuiltSite(dir, routes.archiveJson), 'utf8')));
}

/** The same issues, compared as the archive's JSON holds them. */
export function sameArchive(a: readonly Issue[], b: readonly Issue[]): boolean {
  const text = (issues: readonly Issue[]) => JSON.stringify([...issues].sort((x, y) => x.totalIssue - y.totalIssue));
  return a.length === b.length && text(a) === text(b);
}
