/**
 * Parsed issues kept outside Astro's content store, in Astro's cache
 * folder: each sync of the loader writes the issues it parsed into one
 * JSON file, named by the digests of their files (bytes and parser), and
 * the store holds, for each issue, that file and its place in it.
 *
 * Why not in the store: `astro dev` writes the whole store to disk after
 * every change, reads it back and evaluates it as one JavaScript module.
 * With every article's text in it (38 MB at 5,000 issues) an edited issue
 * took 6 s to show; now a change rewrites the small store and one file of
 * one issue (BENCHMARKS.md). Why one file a sync and not one an issue: a
 * first build writes thousands of issues while the search indexers keep
 * both cores busy, and creating a file then takes milliseconds (5,000
 * files: 10 s, against a fraction of a second for one file of them all).
 *
 * A file's name changes whenever what it holds would, so a file once read
 * is never stale, and readers keep what they read.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { issueSchema, type Issue } from '../lib/briefing/index.ts';
import { mapLimited } from '../lib/pool.ts';

/**
 * What the content store holds for an issue: where its parsed issue is, and
 * the numbers and date the loader's check across files reads on every sync
 * (so that a sync reads no parsed issue). Nothing in it names the project's
 * folder, so a project moved or renamed with its cache reuses it.
 */
export const storedIssueSchema = issueSchema.pick({ issue: true, totalIssue: true, date: true }).extend({
  /** The digest of the file's bytes and the parser that read them. */
  source: z.string().min(1),
  /** The file of parsed issues that holds it: a name in the folder of parsed issues. */
  parsed: z.string().regex(/^[\w-]+\.json$/),
  /** Its place in that file. */
  index: z.number().int().nonnegative(),
});

export type StoredIssue = z.output<typeof storedIssueSchema>;

/**
 * Where the pages find the files of parsed issues: the loader's folder,
 * which only the loader knows (it lives in the cache folder Astro gives it).
 * Kept on `globalThis` because the pages run as modules of their own,
 * bundled apart from the loader, in the same process.
 */
const FOLDER_KEY = Symbol.for('briefing.parsedIssuesFolder');
const READ_KEY = Symbol.for('briefing.parsedIssues');
const globals = globalThis as { [FOLDER_KEY]?: string; [READ_KEY]?: Map<string, Promise<Issue[]>> };

/**
 * Files of parsed issues read so far, by path. Kept on `globalThis`
 * because `astro dev` evaluates the pages' modules again after every
 * change, and a file's content never changes under its name.
 */
const read = (globals[READ_KEY] ??= new Map());

/**
 * The folder of parsed issues inside Astro's cache folder. `astro dev` and
 * `astro build` keep stores of their own (in .astro/ and the cache folder),
 * and each has its own folder here, so that neither removes what the other
 * still names. The pages of this process read from it from now on.
 */
export function useParsedIssuesFolder(cacheDir: URL, watching: boolean): string {
  const folder = fileURLToPath(new URL(watching ? 'parsed-issues/dev' : 'parsed-issues/build', cacheDir));
  globals[FOLDER_KEY] = folder;
  return folder;
}

/**
 * The store entry's data, when it is of this version's shape, from these
 * very bytes and parser, and its parsed issue can be read: a cleared,
 * deleted or truncated file, or a store written by another version of the
 * loader, makes the file parsed again instead of failing the pages. The
 * read is kept for the pages.
 */
export async function reusable(data: unknown, source: string): Promise<StoredIssue | undefined> {
  const stored = storedIssueSchema.safeParse(data);
  if (!stored.success || stored.data.source !== source) return undefined;
  const issues = await readIssuesFile(stored.data.parsed).catch(() => undefined);
  return Array.isArray(issues) && issues[stored.data.index] !== undefined ? stored.data : undefined;
}

/**
 * The issues of one sync into one file of `folder`, in order; the store's
 * entries for them, each with its file's digest. Written under another name
 * first, so a reader never sees half a file.
 */
export function keepParsedIssues(folder: string, parsed: ReadonlyArray<{ digest: string; issue: Issue }>): StoredIssue[] {
  if (parsed.length === 0) return [];
  const hash = createHash('sha256');
  for (const { digest } of parsed) hash.update(digest).update('\n');
  const name = `${hash.digest('base64url')}.json`;
  mkdirSync(folder, { recursive: true });
  const partial = join(folder, `${name}.${process.pid}.partial`);
  writeFileSync(partial, JSON.stringify(parsed.map(({ issue }) => issue)));
  renameSync(partial, join(folder, name));
  // A file rewritten under a name read before (its earlier copy was cut short) is read afresh.
  read.delete(join(folder, name));
  return parsed.map(({ digest, issue: { issue, totalIssue, date } }, index) => ({ issue, totalIssue, date, source: digest, parsed: name, index }));
}

function readIssuesFile(name: string): Promise<Issue[]> {
  const folder = globals[FOLDER_KEY];
  if (folder === undefined) return Promise.reject(new Error('parsed issues asked for before the archive loader ran'));
  const path = join(folder, name);
  let issues = read.get(path);
  if (issues === undefined) {
    issues = readFile(path, 'utf8').then((text) => JSON.parse(text) as Issue[]);
    read.set(path, issues);
    // A failed read is not kept, so the next request tries again.
    issues.catch(() => read.delete(path));
  }
  return issues;
}

export async function readParsedIssue({ parsed, index }: StoredIssue): Promise<Issue> {
  const issue = (await readIssuesFile(parsed))[index];
  if (issue === undefined) throw new Error(`${parsed} holds no issue ${index}: the cache folder was changed by hand; build again`);
  return issue;
}

/** Removes the files of `folder` that no stored issue names: issues of earlier versions of the archive, and writes cut short. */
export async function pruneParsedIssues(folder: string, kept: readonly StoredIssue[]): Promise<void> {
  const names = new Set(kept.map(({ parsed }) => parsed));
  const present = await readdir(folder).catch(() => [] as string[]);
  await mapLimited(present.filter((name) => !names.has(name)), (name) => rm(join(folder, name), { force: true }));
}
