/**
 * `astro build` and `astro dev` of one archive, run the way an editor runs
 * them but measured: Astro's own bin on the project's Node
 * (`process.execPath`, Node 24 under `npm run`), so the measured process
 * tree is Astro and the Pagefind indexer it starts, with no npm or npx
 * wrapper in it.
 *
 * BRIEFING_CONTENT points the site at the archive; BRIEFING_CACHE_DIR (read
 * in astro.config.mjs) gives each benchmark size its own content-layer cache,
 * so "fresh cache" and "nothing changed" mean what they say and the
 * project's node_modules/.astro is never touched.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { runMeasured, startSampler, type MeasuredRun } from './process-tree.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Astro's command-line entry, as its package declares it. */
export const ASTRO_BIN = (() => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')) as { bin: string | Record<string, string> };
  return join(ROOT, 'node_modules/astro', typeof manifest.bin === 'string' ? manifest.bin : manifest.bin.astro!);
})();

export interface Archive {
  /** The archive folder (BRIEFING_CONTENT). */
  folder: string;
  /** Astro's cacheDir for this size (BRIEFING_CACHE_DIR). */
  cacheDir: string;
}

export interface BuildRun extends MeasuredRun {
  /** From the loader's line `N files in DIR: P parsed, U unchanged`. */
  files: number;
  parsed: number;
  unchanged: number;
  /** From the integration's line `indexed A articles of I issues in T s: S shards, W written, U unchanged`. */
  articles: number;
  /** Wall time of the search indexing, which runs beside the page rendering, so no phase of the log measures it. */
  indexSeconds: number;
  shards: number;
  /** Shards indexed anew (the others were copied from the cache). */
  shardsWritten: number;
  /** Seconds since the start at which each phase's closing log line arrived (see phasesOf). */
  marks: Partial<Record<BuildMark, number>>;
}

type BuildMark = 'contentSynced' | 'routesStarted' | 'routesDone' | 'indexed';

/** Log lines that close a phase of `astro build`, in order. */
const MARKS: ReadonlyArray<[BuildMark, RegExp]> = [
  ['contentSynced', /\[content\] Synced content/],
  ['routesStarted', /generating static routes/],
  ['routesDone', /\[build\] ✓ Completed in/],
  ['indexed', /\[briefing-pagefind\] indexed/],
];

const ANSI = /\x1b\[[0-9;]*m/g;

function environment(archive: Archive): NodeJS.ProcessEnv {
  return { ...process.env, BRIEFING_CONTENT: archive.folder, BRIEFING_CACHE_DIR: archive.cacheDir, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' };
}

/**
 * The working folder `astro build` runs in (with --root pointing at the
 * project). Not the project itself: when outDir is outside the working
 * folder, Astro writes its prerender chunks to <cwd>/.astro/.prerender/,
 * which every such build of the project shares, so a browser-test build
 * running meanwhile deletes them under our feet (ERR_MODULE_NOT_FOUND).
 * From `work` (outDir inside it) they go to outDir/.prerender/, and a
 * node_modules link in `work` lets those chunks import Astro's packages.
 *
 * One condition: the raw-text route (src/pages/issues/[id].txt.ts) resolves
 * the loader's root-relative file path against the working folder, so
 * `work` must resolve it to the same file. Otherwise (a deep TMPDIR) the
 * builds run from the project root and share its .astro/ after all.
 */
export function buildWorkingFolder(work: string, archiveFolder: string): string {
  const sample = join(archiveFolder, '1.txt');
  if (resolve(work, relative(ROOT, sample)) !== sample || relative(work, archiveFolder).startsWith('..')) return ROOT;
  if (!existsSync(join(work, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');
  return work;
}

export async function astroBuild(archive: Archive, outDir: string, cwd: string): Promise<BuildRun> {
  const started = performance.now();
  const marks: BuildRun['marks'] = {};
  let pending = '';
  const run = await runMeasured(process.execPath, [ASTRO_BIN, 'build', '--root', ROOT, '--outDir', outDir], {
    cwd,
    env: environment(archive),
    onOutput(text) {
      // A mark is the arrival time of its line: the first line that matches, read whole.
      const lines = (pending + text).split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        for (const [mark, pattern] of MARKS) {
          if (marks[mark] !== undefined || !pattern.test(line)) continue;
          if (mark === 'routesDone' && marks.routesStarted === undefined) continue; // Astro prints “✓ Completed” for earlier steps too
          marks[mark] = (performance.now() - started) / 1000;
        }
      }
    },
  });
  const log = run.output.replace(ANSI, '');
  if (run.code !== 0) {
    const lines = log.split('\n').filter((line) => !/^\S*\s+[├└]─/.test(line));
    const first = lines.find((line) => /error/i.test(line)) ?? '';
    throw new Error(`astro build exited with ${run.code ?? run.signal}: ${first.trim()}\n${lines.slice(-40).join('\n')}`);
  }
  const loaded = /\[briefing-archive\] (\d+) files in .*?: (\d+) parsed, (\d+) unchanged/.exec(log);
  const indexed = /\[briefing-pagefind\] indexed (\d+) articles of (\d+) issues in ([\d.]+) s: (\d+) shards?, (\d+) written/.exec(log);
  if (loaded === null) throw new Error(`astro build printed no "[briefing-archive] … parsed, … unchanged" line:\n${log.slice(0, 2000)}`);
  if (indexed === null) throw new Error(`astro build printed no "[briefing-pagefind] indexed …" line:\n${log.slice(-2000)}`);
  return {
    ...run,
    output: log,
    files: Number(loaded[1]),
    parsed: Number(loaded[2]),
    unchanged: Number(loaded[3]),
    articles: Number(indexed[1]),
    indexSeconds: Number(indexed[3]),
    shards: Number(indexed[4]),
    shardsWritten: Number(indexed[5]),
    marks,
  };
}

export interface BuildPhases {
  /** Start-up, config, content layer (parsing the archive). */
  content: number;
  /** Vite bundling up to page generation. */
  bundle: number;
  /** Rendering every page. */
  pages: number;
  /** Waiting for the search index after the pages are done (indexing itself starts with the build: `indexSeconds`). */
  index: number;
  /** Anything after (closing down). */
  rest: number;
}

/** Seconds spent in each phase, from the arrival times of the lines that end them (undefined if a line was missing). */
export function phasesOf(run: BuildRun): BuildPhases | undefined {
  const { contentSynced, routesStarted, routesDone, indexed } = run.marks;
  if (contentSynced === undefined || routesStarted === undefined || routesDone === undefined || indexed === undefined) return undefined;
  return {
    content: contentSynced,
    bundle: routesStarted - contentSynced,
    pages: routesDone - routesStarted,
    index: indexed - routesDone,
    rest: run.seconds - indexed,
  };
}

/** Files under a folder (recursively), optionally only those whose name ends with `suffix`, and their total size. */
export function folderStats(folder: string, suffix = ''): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(suffix)) continue;
    files += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function status(url: string): Promise<number> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0; // not listening yet
  }
}

export interface DevRun {
  /** From spawning `astro dev` to the newest issue's page answering 200 (start-up with the whole archive). */
  readySeconds: number;
  /** From writing the new issue's file to GET /issues/{总期号}/ answering 200. */
  servedSeconds: number;
  /** Of which: until the loader logged that it had re-read the folder (`reloaded …`); the rest is the page request. */
  syncedSeconds: number | undefined;
  /** Peak memory of the dev server's process tree over the whole run. */
  peakBytes: number;
}

/**
 * `astro dev` on 127.0.0.1 with the archive; once the newest issue is
 * served, one more issue file is written and its page polled until it is
 * there. The dev server is stopped (its process group: esbuild's service is
 * a child) and the file removed before returning, whatever happens.
 *
 * `astro dev` keeps its content store in the project's .astro/ folder
 * (build uses the cacheDir), so the store found there is put back after.
 */
export async function devLatency(archive: Archive, newest: number, addition: { name: string; totalIssue: number; bytes: Buffer }): Promise<DevRun> {
  const store = join(ROOT, '.astro', 'data-store.json');
  const saved = `${archive.cacheDir}.dev-store-backup.json`;
  const hadStore = existsSync(store);
  if (hadStore) copyFileSync(store, saved);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const added = join(archive.folder, addition.name);
  const started = performance.now();
  const child = spawn(process.execPath, [ASTRO_BIN, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: environment(archive),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  let exited = false;
  let written: number | undefined;
  let synced: number | undefined;
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    if (written !== undefined && synced === undefined && /reloaded /.test(text)) synced = performance.now();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  child.once('exit', () => (exited = true));
  const sampler = startSampler(child.pid!);
  // The dev server has its own process group, so Ctrl-C on the benchmark would not reach it: pass it on.
  const interrupted = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    rmSync(added, { force: true });
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const failure = (what: string) => new Error(`astro dev: ${what}\n${output.replace(ANSI, '').split('\n').slice(-30).join('\n')}`);
  try {
    const waitFor = async (path: string, limitSeconds: number, intervalMs: number) => {
      const deadline = performance.now() + limitSeconds * 1000;
      for (;;) {
        if (exited) throw failure(`exited before ${path} answered`);
        if ((await status(origin + path)) === 200) return;
        if (performance.now() > deadline) throw failure(`${path} did not answer 200 within ${limitSeconds} s`);
        await sleep(intervalMs);
      }
    };
    await waitFor(`/issues/${newest}/`, 600, 200);
    const readySeconds = (performance.now() - started) / 1000;
    // Once more, so the first-request compile of the issue page is behind us.
    await waitFor(`/issues/${newest}/`, 60, 0);

    writeFileSync(added, addition.bytes);
    const start = performance.now();
    written = start;
    await waitFor(`/issues/${addition.totalIssue}/`, 60, 20);
    const servedSeconds = (performance.now() - start) / 1000;
    const syncedSeconds = synced === undefined ? undefined : (synced - start) / 1000;
    return { readySeconds, servedSeconds, syncedSeconds, peakBytes: sampler.stop().peakBytes };
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    sampler.stop();
    if (!exited) {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
      const killer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 10_000);
      await closed;
      clearTimeout(killer);
    }
    rmSync(added, { force: true });
    if (hadStore) {
      copyFileSync(saved, store);
      rmSync(saved, { force: true });
    } else {
      rmSync(store, { force: true });
    }
  }
}
