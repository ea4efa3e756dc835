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
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { issueSchema, type Issue } from '../lib/briefing/index.ts';

/**
 * What the content store holds for an issue: where its parsed issue is, and
 * the numbers and date the loader's check across files reads on every sync
 * (so that a sync reads no parsed issue).
 */
export const storedIssueSchema = issueSchema.pick({ issue: true, totalIssue: true, date: true }).extend({
  /** The file of parsed issues that holds it (an absolute path). */
  parsed: z.string().min(1),
  /** Its place in that file. */
  index: z.number().int().nonnegative(),
});

export type StoredIssue = z.output<typeof storedIssueSchema>;

/**
 * The folder of parsed issues inside Astro's cache folder. `astro dev` and
 * `astro build` keep stores of their own (in .astro/ and the cache folder),
 * and each has its own folder here, so that neither removes what the other
 * still names.
 */
export function parsedIssuesFolder(cacheDir: URL, watching: boolean): string {
  return fileURLToPath(new URL(watching ? 'parsed-issues/dev' : 'parsed-issues/build', cacheDir));
}

/**
 * Whether a store entry's data names a parsed issue in `folder` that is
 * still there: a cleared or moved cache folder leaves the store's
 * references dangling, and a store written by another version of the
 * loader may hold data of another shape.
 */
export function isKept(folder: string, data: unknown): data is StoredIssue {
  const stored = storedIssueSchema.safeParse(data);
  return stored.success && dirname(stored.data.parsed) === folder && existsSync(stored.data.parsed);
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
  const path = join(folder, `${hash.digest('base64url')}.json`);
  mkdirSync(folder, { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(parsed.map(({ issue }) => issue)));
  renameSync(partial, path);
  return parsed.map(({ issue: { issue, totalIssue, date } }, index) => ({ issue, totalIssue, date, parsed: path, index }));
}

/**
 * Files of parsed issues read so far, by path. Kept on `globalThis`
 * because `astro dev` evaluates the pages' modules again after every
 * change, and a file's content never changes under its name.
 */
const READ_KEY = Symbol.for('briefing.parsedIssues');
const globals = globalThis as Record<symbol, Map<string, Promise<Issue[]>> | undefined>;
const read = (globals[READ_KEY] ??= new Map());

export async function readParsedIssue({ parsed, index }: StoredIssue): Promise<Issue> {
  let issues = read.get(parsed);
  if (issues === undefined) {
    issues = readFile(parsed, 'utf8').then((text) => JSON.parse(text) as Issue[]);
    read.set(parsed, issues);
    // A failed read is not kept, so the next request tries again.
    issues.catch(() => read.delete(parsed));
  }
  const issue = (await issues)[index];
  if (issue === undefined) throw new Error(`${parsed} holds no issue ${index}: the cache folder was changed by hand; build again`);
  return issue;
}

/** Removes the files of `folder` that no stored issue names: issues of earlier versions of the archive, and writes cut short. */
export async function pruneParsedIssues(folder: string, kept: readonly StoredIssue[]): Promise<void> {
  const names = new Set(kept.map(({ parsed }) => basename(parsed)));
  const present = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(present.filter((name) => !names.has(name)).map((name) => rm(join(folder, name), { force: true })));
}
