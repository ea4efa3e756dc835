/**
 * Builds the search index during `astro build`.
 *
 * Why the Pagefind Node API and not the CLI over dist/: search results are
 * ARTICLES (`/issues/2178/#a3`), each with its issue's header and footer
 * text (责编, 核稿, 报/送/发), and the CLI indexes whole pages and skips text
 * in <nav> and <footer>. Custom records give one record per issue with
 * exactly the text and meta we choose, its articles told apart by a layout
 * kept beside the index (src/lib/search/bigrams.ts). Running inside
 * `astro build` means every way of building makes the index, and an error
 * thrown here fails the build.
 *
 * The index is written in shards (src/lib/search/shards.ts), each by its
 * own indexer, from worker threads (./pagefind-shard.ts), a few at a time,
 * into Astro's cache folder, where a shard whose records have not changed
 * is kept from the last build. Indexing starts as soon as `astro build` has
 * its configuration, from the archive read afresh, so that it runs beside
 * the content layer, the bundling and the rendering of the pages, which
 * leave a core idle, rather than after them. At `astro:build:done` it is checked against
 * dist/archive.json, the archive the pages were made from: if they differ
 * (a file changed during the build), the index is made again from that, so
 * the index and the pages never disagree. The shards are then linked into
 * dist/.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { Issue } from '../lib/briefing/index.ts';
import { HEAVY_WORDS_FILE, ISSUES_PER_SHARD, issuesPerShard, planShards, type ShardsManifest } from '../lib/search/shards.ts';
import { inBuiltSite, routes, urls } from '../lib/site/urls.ts';
import { readBuiltArchive, readContentArchive, sameArchive } from './archive.ts';
import type { ShardDone, ShardJob } from './pagefind-shard.ts';

/**
 * Indexers at work at once. Each holds about 1.8 GB for a full shard, so
 * memory, not cores, sets the limit: two fit the 6 GB budget with the build
 * beside them (BENCHMARKS.md).
 */
const CONCURRENT_SHARDS = Math.min(2, availableParallelism());

/**
 * Word positions per index chunk (Pagefind's default: 20,000), for shards
 * of `perShard` issues. A search fetches the chunk of each of its words
 * from every shard, and once, every shard's list of its chunks: for ranges
 * of 1,250 issues, a quarter of the default, which at 5,000 issues (four
 * shards) fetches about what one index would. Smaller ranges make more
 * shards of an archive, so their chunks are smaller, by the square root of
 * the range (1,600 positions for ranges of 125, where a first search for
 * 《北京市文明行为促进条例》 at 500 issues fetched 342 KB of index in chunks
 * of 5,000), which keeps fewer bytes in chunks than the longer lists of them
 * cost. It is fixed for a range size, so adding a shard does not change the
 * others. Pagefind reads it from an environment variable it calls
 * unstable: if that goes away, searches fetch larger chunks, and stay
 * exact. Set in the environment, that variable wins (tests make small
 * archives' chunks smaller with it).
 */
export function chunkPositionsFor(perShard: number): string {
  const positions = FULL_RANGE_CHUNK_POSITIONS * Math.sqrt(perShard / ISSUES_PER_SHARD);
  return process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? String(Math.round(positions / 100) * 100);
}

/** Word positions per index chunk for ranges of `ISSUES_PER_SHARD` issues. */
const FULL_RANGE_CHUNK_POSITIONS = 5000;

/**
 * How the indexer's allocator (jemalloc, in Pagefind's Linux builds) hands
 * freed memory back. By default it keeps freed pages for 10 s and then
 * releases them lazily (MADV_FREE), which leaves them counted in the
 * process's resident memory until the kernel needs them; the index is
 * built in a few seconds of allocating and freeing, so those pages were
 * 14% of an indexer's peak (1,250 issues: 2.03–2.11 GB against 1.76–1.79 GB
 * released after 1 s and at once, in the same time; BENCHMARKS.md). Set in
 * the environment, that variable wins.
 */
const ALLOCATOR_CONFIG = process.env._RJEM_MALLOC_CONF ?? 'dirty_decay_ms:1000,muzzy_decay_ms:0';

/**
 * The young generation of each indexing worker's heap, in MB. Building a
 * shard's records allocates millions of short strings, and with Node's
 * default the workers kept ~75 MB more each resident for the rest of the
 * build (2,000 issues indexed alone: Node 559–571 MB, 404–409 MB so; 4 to
 * 32 MB all gave about that, in the same time).
 */
const WORKER_YOUNG_GENERATION_MB = 16;

/**
 * One worker indexing the shards it takes from `queue`, one after another,
 * into `done` at their places. A worker indexes several shards, so that
 * each is not also the start of a thread and the loading of its modules.
 */
function runLane(queue: Iterator<[number, ShardJob]>, done: ShardDone[], chunkPositions: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pagefind-shard.ts', import.meta.url), {
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: chunkPositions, _RJEM_MALLOC_CONF: ALLOCATOR_CONFIG },
    });
    let current: [number, ShardJob] | undefined;
    const next = () => {
      current = queue.next().value;
      if (current === undefined) void worker.terminate();
      else worker.postMessage(current[1]);
    };
    worker.on('message', (message: ShardDone) => {
      done[current![0]] = message;
      next();
    });
    worker.once('error', reject);
    worker.once('exit', () => {
      if (current === undefined) resolve();
      else reject(new Error(`Pagefind stopped before a shard of ${current[1].issues.length} issues was written (see its message above)`));
    });
    next();
  });
}

/** Shards of earlier builds that this one did not use are removed (with the files beside them, `DIGEST.…`), so the cache holds one archive's shards. */
async function pruneCache(cachePath: string, kept: ReadonlySet<string>): Promise<void> {
  for (const entry of await readdir(cachePath)) {
    if (!kept.has(entry.split('.')[0]!)) await rm(join(cachePath, entry), { recursive: true, force: true });
  }
}

interface Indexed {
  shards: ShardDone[];
  /** Wall time from the start of indexing to its end, which the build log reports (it runs beside the pages, so no phase of the log shows it). */
  seconds: number;
}

/** Every shard of `archive` into the cache (indexed, or found there), a few at a time. */
export async function indexArchive(archive: readonly Issue[], cachePath: string): Promise<Indexed> {
  const started = performance.now();
  await mkdir(cachePath, { recursive: true });
  const asked = Number(process.env.BRIEFING_ISSUES_PER_SHARD);
  const perShard = Number.isInteger(asked) && asked > 0 ? asked : issuesPerShard(archive.length);
  const jobs: ShardJob[] = planShards(archive, perShard).map((issues) => ({ issues, cachePath }));
  const done: ShardDone[] = new Array(jobs.length);
  // One queue for all the lanes: each takes the next shard when it has written its last.
  const queue = jobs.entries();
  const chunkPositions = chunkPositionsFor(perShard);
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_SHARDS, jobs.length) }, () => runLane(queue, done, chunkPositions)));
  return { shards: done, seconds: (performance.now() - started) / 1000 };
}

interface EarlyIndex {
  archive: Issue[];
  done: Promise<Indexed>;
}

/** The archive read and its indexing started; undefined if a file does not parse. */
async function startIndexing(cachePath: string): Promise<EarlyIndex | undefined> {
  const archive = (await readContentArchive())?.map((file) => file.issue);
  if (archive === undefined) return undefined;
  const done = indexArchive(archive, cachePath);
  // Awaited at build:done; a failure there fails the build, not the process now.
  done.catch(() => undefined);
  return { archive, done };
}

/**
 * A cached shard into the output folder as hard links (copies where the
 * file system has none, or the folders are on different devices): thousands
 * of small files, which take fs.cp ~2 s a shard and links a tenth of that.
 * Synchronously: the build waits for nothing else by then, and the 16,700
 * files of 5,000 issues took 1.0 s through the promise API, 0.4 s so.
 * Nothing writes to these files after; a build replaces them.
 */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else linkOrCopy(source, target);
  }
}

function linkOrCopy(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

export default function pagefindIntegration(): AstroIntegration {
  let cachePath = '';
  let building = false;
  let early: Promise<EarlyIndex | undefined> | undefined;
  return {
    name: 'briefing-pagefind',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        cachePath = fileURLToPath(new URL('pagefind-shards/', config.cacheDir));
        if (!building) return;
        // Not awaited: Astro goes on with the content layer meanwhile.
        early = startIndexing(cachePath);
        early.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const archive = await readBuiltArchive(dir);
        // A read that failed at the start is read again here, from the pages' archive.
        const started = await early?.catch(() => undefined);
        let indexed: Indexed;
        if (started !== undefined && sameArchive(started.archive, archive)) {
          indexed = await started.done;
        } else {
          if (started !== undefined) logger.warn('the archive changed while the site was built; indexing it again');
          await started?.done.catch(() => undefined);
          indexed = await indexArchive(archive, cachePath);
        }
        const done = indexed.shards;
        for (const [index, shard] of done.entries()) linkTree(join(cachePath, shard.digest), fileURLToPath(inBuiltSite(dir, routes.searchShard(index))));
        await pruneCache(cachePath, new Set(done.map((shard) => shard.digest)));
        const heavyWords = new Set((await Promise.all(done.map(async (shard) => JSON.parse(await readFile(join(cachePath, shard.digest, HEAVY_WORDS_FILE), 'utf8')) as string[]))).flat());
        const manifest: ShardsManifest = { shards: done.map((_, index) => urls.searchShard(index)), heavyWords: [...heavyWords].sort() };
        const manifestFile = inBuiltSite(dir, routes.searchManifest);
        await mkdir(new URL('.', manifestFile), { recursive: true });
        await writeFile(manifestFile, JSON.stringify(manifest));
        const articles = done.reduce((sum, shard) => sum + shard.articles, 0);
        const written = done.filter((shard) => shard.indexed).length;
        logger.info(`indexed ${articles} articles of ${archive.length} issues in ${indexed.seconds.toFixed(1)} s: ${done.length} shard${done.length === 1 ? '' : 's'}, ${written} written, ${done.length - written} unchanged`);
      },
    },
  };
}
