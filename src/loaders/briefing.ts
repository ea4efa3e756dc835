/**
 * The archive loader: a thin adapter from the archive folder to Astro's
 * content layer (like Astro's own `file()` loader). It reads every
 * non-hidden file of the folder at any depth (as `briefing check` does), parses it with the briefing parser, keeps
 * the parsed issue in a file of its own (./parsed-issues.ts: Astro's store
 * holds where it is, and the numbers the check across files needs), and
 * stores that with a digest of the raw bytes (and of the parser's source)
 * so an unchanged file is not parsed again, even across builds (both outlive
 * the process: Astro keeps a build's store in node_modules/.astro/, and the
 * parsed issues are in that cache folder too).
 *
 * A file with an error, or files that clash (the parser's `checkArchive`:
 * two files with one 总期号, a 期号 or date out of step), fail `astro build`
 * with the parser's `FILE:LINE:COL: field: reason` lines. In `astro dev` the
 * same lines go to the `problems` collection instead, and every page shows
 * them, so an editor sees what to fix in the browser.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'zod';
import { listIssueFiles } from '../lib/content-folder.ts';
import { checkArchive, parseBriefing, type ArchiveEntry, type BriefingProblem, type Issue } from '../lib/briefing/index.ts';
import { keepParsedIssues, pruneParsedIssues, reusable, useParsedIssuesFolder, type StoredIssue } from './parsed-issues.ts';

/**
 * The archive's problems as the pages show them in `astro dev`: one entry,
 * `current`, always present (empty when all is well), so pages never ask for
 * an empty collection.
 */
export const problemSchema = z.object({
  files: z.array(
    z.object({
      /** The file as the editor names it: relative to the project root when inside it. */
      file: z.string().min(1),
      /** `FILE:LINE:COL: field: reason (expected …, found …)` lines. */
      messages: z.array(z.string()).min(1),
    }),
  ),
});

/** The id of the one entry of the problems collection. */
export const PROBLEMS_ENTRY = 'current';

export interface BriefingArchiveOptions {
  /** The archive folder, relative to the project root (or absolute). */
  directory: string;
}

type Store = LoaderContext['store'];

type Places = ArchiveEntry['places'];

/** What one file gave on this sync. */
interface FileResult {
  /** The file as messages name it: relative to the project root (posix), or absolute when outside it. */
  file: string;
  /** Relative to the project root, as the store keeps it (Astro requires a relative path). */
  filePath: string;
  absolute: string;
  digest: string;
  /** What the store holds for the issue, when it holds it from these very bytes. */
  stored: StoredIssue | undefined;
  /** Otherwise the issue parsed on this sync; undefined when the file has an error. */
  parsed: Issue | undefined;
  errors: BriefingProblem[];
}

/**
 * The two collections' loaders share one view of the folder: the `issues`
 * loader syncs it, and both write their part to their own store.
 */
export function briefingArchive(options: BriefingArchiveOptions): { issues: Loader; problems: Loader } {
  let problemStore: { store: Store; parseData: LoaderContext['parseData'] } | undefined;
  let currentProblems: Array<{ file: string; messages: string[] }> = [];
  let queue: Promise<void> = Promise.resolve();
  /** Whether this process has synced before: `astro dev` prunes its parsed issues only then, when no page is reading them. */
  let synced = false;
  /** Where each file's header fields stand, for cross-file messages; a file skipped by its digest is parsed again only if it needs one. */
  const placesOf = new Map<string, Places>();
  /** Size, time, parser and digest of each file when this process last read it. */
  const lastRead = new Map<string, { size: number; mtimeMs: number; parser: string; digest: string }>();

  /** Problems across files (format.md §3: one file per 总期号, 期号 and dates that agree), by the parser's own check. */
  async function archiveProblems(results: readonly FileResult[]): Promise<BriefingProblem[]> {
    const parsed = results.flatMap((result) => {
      const issue = result.stored ?? result.parsed;
      return issue === undefined || result.errors.length > 0 ? [] : [{ ...result, issue }];
    });
    const check = () => checkArchive(parsed.map(({ file, filePath, issue }) => ({ file, issue, places: placesOf.get(filePath) ?? {} })));
    const problems = check();
    const unplaced = parsed.filter(({ file, filePath }) => !placesOf.has(filePath) && problems.some((problem) => problem.file === file));
    if (unplaced.length === 0) return problems;
    for (const { absolute, file, filePath } of unplaced) placesOf.set(filePath, parseBriefing(await readFile(absolute), file).places);
    return check();
  }

  async function writeProblems(): Promise<void> {
    if (problemStore === undefined) return;
    const { store, parseData } = problemStore;
    const data = await parseData({ id: PROBLEMS_ENTRY, data: { files: currentProblems } });
    store.set({ id: PROBLEMS_ENTRY, data, digest: JSON.stringify(currentProblems) });
  }

  async function sync(context: LoaderContext): Promise<void> {
    const { store, parseData, config, logger } = context;
    const root = fileURLToPath(config.root);
    const watching = context.watcher !== undefined;
    const parsedFolder = useParsedIssuesFolder(config.cacheDir, watching);
    const folder = path.resolve(root, options.directory);
    const relativePath = (absolute: string) => path.relative(root, absolute).split(path.sep).join('/');
    const display = (absolute: string) => (relativePath(absolute).startsWith('../') ? absolute : relativePath(absolute));

    // A stored issue is reused only if the same bytes went through the same parser.
    const parser = await parserFingerprint();

    // file → id, from what the store already holds (it persists between runs).
    const idOfFile = new Map<string, string>();
    for (const entry of store.values()) if (entry.filePath !== undefined) idOfFile.set(entry.filePath, entry.id);

    const results: FileResult[] = [];
    for (const absolute of listArchive(folder, display(folder))) {
      const file = display(absolute);
      const filePath = relativePath(absolute);
      const known = idOfFile.get(filePath);
      const entry = known === undefined ? undefined : store.get(known);
      // Reused only from these very bytes, and while its parsed issue can still be read where the store says.
      const storedFrom = (digest: string) => (entry === undefined ? undefined : reusable(entry.data, digest));
      // In a running `astro dev`, a file whose size and time are as last read is not read again.
      const { size, mtimeMs } = statSync(absolute);
      const last = lastRead.get(filePath);
      const unchanged = last !== undefined && last.size === size && last.mtimeMs === mtimeMs && last.parser === parser;
      if (unchanged) {
        const stored = await storedFrom(last.digest);
        if (stored !== undefined) {
          results.push({ file, filePath, absolute, digest: last.digest, stored, parsed: undefined, errors: [] });
          continue;
        }
      }
      const bytes = await readFile(absolute);
      const digest = createHash('sha256').update(parser).update(bytes).digest('base64url');
      lastRead.set(filePath, { size, mtimeMs, parser, digest });
      const stored = await storedFrom(digest);
      if (stored !== undefined) {
        results.push({ file, filePath, absolute, digest, stored, parsed: undefined, errors: [] });
        continue;
      }
      const { issue, problems, places } = parseBriefing(bytes, file);
      placesOf.set(filePath, places);
      for (const warning of problems.filter((problem) => problem.severity === 'warning')) logger.warn(String(warning));
      const errors = problems.filter((problem) => problem.severity === 'error');
      results.push({ file, filePath, absolute, digest, stored: undefined, parsed: issue, errors });
    }

    for (const problem of await archiveProblems(results)) {
      results.find((result) => result.file === problem.file)?.errors.push(problem);
    }

    const parsedCount = results.filter((result) => result.parsed !== undefined).length;
    logger.info(`${results.length} files in ${display(folder)}: ${parsedCount} parsed, ${results.length - parsedCount} unchanged`);

    const published = results.filter((result) => result.errors.length === 0);
    const fresh = published.filter((result): result is FileResult & { parsed: Issue } => result.parsed !== undefined);
    const kept = keepParsedIssues(parsedFolder, fresh.map(({ digest, parsed }) => ({ digest, issue: parsed })));
    for (const [index, { digest, filePath }] of fresh.entries()) {
      const id = String(kept[index]!.totalIssue);
      // The store's digest names the parsed issue's place too: Astro keeps an entry whose digest is unchanged as it was.
      const { parsed, index: place } = kept[index]!;
      store.set({ id, data: await parseData({ id, data: kept[index]!, filePath }), digest: `${digest}/${parsed}/${place}`, filePath });
    }
    const ids = new Set(published.flatMap(({ stored, parsed }) => (stored ?? parsed)?.totalIssue ?? []).map(String));
    for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
    // Only this archive's parsed issues are left; a running `astro dev` keeps those of its earlier syncs, which a page may still be reading.
    if (!watching || !synced) await pruneParsedIssues(parsedFolder, [...published.flatMap((result) => result.stored ?? []), ...kept]);
    synced = true;

    const failed = results.filter((result) => result.errors.length > 0);
    currentProblems = failed.map((result) => ({ file: result.file, messages: result.errors.map(String) }));
    await writeProblems();
    if (failed.length === 0) return;

    const lines = failed.flatMap((result) => result.errors.map(String));
    if (context.watcher === undefined) throw archiveError(lines, failed.length);
    for (const line of lines) logger.error(line);
  }

  const issues: Loader = {
    name: 'briefing-archive',
    async load(context) {
      await sync(context);
      const { watcher, config, logger } = context;
      if (watcher === undefined) return;

      // `astro dev`: re-sync when a file of the folder is added, changed or removed.
      const folder = path.resolve(fileURLToPath(config.root), options.directory);
      watcher.add(folder);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onEvent = (changed: string) => {
        const inside = path.relative(folder, path.resolve(changed));
        if (inside.startsWith('..') || inside.split(path.sep).some((part) => part.startsWith('.'))) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          queue = queue
            .then(() => sync(context))
            .then(() => logger.info(`reloaded ${options.directory}`))
            .catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
        }, 50);
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onEvent);
    },
  };

  const problems: Loader = {
    name: 'briefing-archive-problems',
    async load({ store, parseData }) {
      problemStore = { store, parseData };
      await writeProblems();
    },
  };

  return { issues, problems };
}

/**
 * A hash of the parser's source (src/lib/briefing/) and of this loader's
 * (src/loaders/: what it keeps and how), so that another version of either
 * parses every file again instead of reusing issues stored by the old one
 * (the store outlives builds).
 */
async function parserFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  for (const folder of [new URL('../lib/briefing/', import.meta.url), new URL('./', import.meta.url)]) {
    const files = (await readdir(folder, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
    for (const name of files.sort()) hash.update(name).update(await readFile(new URL(name, folder)));
  }
  return hash.digest('base64url');
}

/** The archive's issue files, as `briefing check` sees them; a missing folder is an error with a hint. */
function listArchive(folder: string, shown: string): string[] {
  try {
    return listIssueFiles(folder);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (error as Error).message;
    throw new AstroError(`${shown}: the archive folder cannot be read (${reason})`, 'Create the folder, or point BRIEFING_CONTENT=DIR at the archive folder.');
  }
}

function archiveError(lines: readonly string[], files: number): AstroError {
  const error = new AstroError(
    lines.join('\n'),
    `${files} file(s) of the archive cannot be published. Fix the lines above (npm run check lists them), then build again.`,
  );
  // The lines say where the problem is; a stack trace of the loader would only hide them.
  error.stack = '';
  return error;
}
