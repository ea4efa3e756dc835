/**
 * Builds the search index at the end of `astro build`.
 *
 * Why the Pagefind Node API and not the CLI over dist/: search results are
 * ARTICLES (`/issues/2178/#a3`), each with its issue's header and footer
 * text (责编, 核稿, 报/送/发), and the CLI indexes whole pages and skips text
 * in <nav> and <footer>. Custom records give one record per article with
 * exactly the text, meta, filters and sort key we choose. Running in the
 * `astro:build:done` hook keeps it inside `astro build`, so every way of
 * building makes the index, and an error thrown here fails the build.
 *
 * The records come from dist/archive.json, the archive the build has just
 * written from the content collection, so the index and the pages can never
 * disagree and nothing is parsed twice. The index is written in shards
 * (src/lib/search/shards.ts), each by its own indexer in a worker thread
 * (./pagefind-shard.ts), a few at a time; a shard whose records have not
 * changed since the last build is copied from Astro's cache folder instead.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import { issueSchema, type Issue } from '../lib/briefing/index.ts';
import { ISSUES_PER_SHARD, planShards, shardPath, SHARDS_MANIFEST, type ShardsManifest } from '../lib/search/shards.ts';
import { urls } from '../lib/site/urls.ts';
import type { ShardDone, ShardJob } from './pagefind-shard.ts';

/**
 * Indexers at work at once. Each holds about 2 GB for a full shard, so
 * memory, not cores, sets the limit: two fit the 6 GB budget with the build
 * beside them (BENCHMARKS.md).
 */
const CONCURRENT_SHARDS = Math.min(2, availableParallelism());

/**
 * Word positions per index chunk (Pagefind's default: 20,000). A search
 * fetches the chunk of each of its words from every shard, so chunks are a
 * quarter of the default, which at 5,000 issues (four shards) fetches about
 * what one index would. It stays fixed as shards are added, so that adding
 * one does not change the others. Pagefind reads it from an environment
 * variable it calls unstable: if that goes away, searches fetch larger
 * chunks, and stay exact.
 */
const CHUNK_SIZE = 5000;

function runShard(job: ShardJob): Promise<ShardDone> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pagefind-shard.ts', import.meta.url), {
      workerData: job,
      env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(CHUNK_SIZE) },
    });
    let done: ShardDone | undefined;
    worker.once('message', (message: ShardDone) => (done = message));
    worker.once('error', reject);
    worker.once('exit', () => {
      if (done === undefined) reject(new Error(`Pagefind stopped before ${job.outputPath} was written (see its message above)`));
      else resolve(done);
    });
  });
}

/** Shards of earlier builds that this one did not use are removed, so the cache holds one archive's shards. */
async function pruneCache(cachePath: string, kept: ReadonlySet<string>): Promise<void> {
  for (const entry of await readdir(cachePath)) {
    if (!kept.has(entry)) await rm(`${cachePath}/${entry}`, { recursive: true, force: true });
  }
}

export default function pagefindIntegration(): AstroIntegration {
  let cacheDir: URL | undefined;
  return {
    name: 'briefing-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const archive: Issue[] = z.array(issueSchema).parse(JSON.parse(await readFile(new URL(urls.archiveJson.slice(1), dir), 'utf8')));
        const cachePath = fileURLToPath(new URL('pagefind-shards/', cacheDir));
        await mkdir(cachePath, { recursive: true });
        const jobs: ShardJob[] = planShards(archive, Number(process.env.BRIEFING_ISSUES_PER_SHARD) || ISSUES_PER_SHARD).map((issues, index) => ({
          issues,
          outputPath: fileURLToPath(new URL(shardPath(index).slice(1), dir)),
          cachePath,
        }));
        const done: ShardDone[] = [];
        let next = 0;
        await Promise.all(
          Array.from({ length: Math.min(CONCURRENT_SHARDS, jobs.length) }, async () => {
            while (next < jobs.length) done.push(await runShard(jobs[next++]!));
          }),
        );
        await pruneCache(cachePath, new Set(done.map((shard) => shard.digest)));
        const manifest: ShardsManifest = { shards: jobs.map((_, index) => shardPath(index)) };
        const manifestFile = new URL(SHARDS_MANIFEST.slice(1), dir);
        await mkdir(new URL('.', manifestFile), { recursive: true });
        await writeFile(manifestFile, JSON.stringify(manifest));
        const articles = done.reduce((sum, shard) => sum + shard.articles, 0);
        const written = done.filter((shard) => shard.indexed).length;
        logger.info(`indexed ${articles} articles of ${archive.length} issues: ${jobs.length} shard${jobs.length === 1 ? '' : 's'}, ${written} written, ${jobs.length - written} unchanged`);
      },
    },
  };
}
