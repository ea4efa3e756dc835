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
 * (./pagefind-shard.ts), a few at a time.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import { issueSchema, type Issue } from '../lib/briefing/index.ts';
import { ISSUES_PER_SHARD, planShards, shardPath, SHARDS_MANIFEST, type ShardsManifest } from '../lib/search/shards.ts';
import { urls } from '../lib/site/urls.ts';
import type { ShardJob } from './pagefind-shard.ts';

/**
 * Indexers at work at once. Each holds about 2 GB for a full shard, so
 * memory, not cores, sets the limit: two fit the 6 GB budget with the build
 * beside them (BENCHMARKS.md).
 */
const CONCURRENT_SHARDS = Math.min(2, availableParallelism());

/**
 * Pagefind's default index chunk holds 20,000 word positions, and a search
 * fetches the chunk of each word from every shard; chunks shrink with the
 * number of shards, so a search fetches about what one index would need.
 * Pagefind reads this from an environment variable it calls unstable: if
 * it goes away, searches fetch larger chunks, and stay exact.
 */
const PAGEFIND_CHUNK = 20_000;

function runShard(job: ShardJob, chunkSize: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pagefind-shard.ts', import.meta.url), {
      workerData: job,
      env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(chunkSize) },
    });
    let count: number | undefined;
    worker.once('message', (indexed: number) => (count = indexed));
    worker.once('error', reject);
    worker.once('exit', () => {
      if (count === undefined) reject(new Error(`Pagefind stopped before ${job.outputPath} was written (see its message above)`));
      else resolve(count);
    });
  });
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'briefing-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const archive: Issue[] = z.array(issueSchema).parse(JSON.parse(await readFile(new URL(urls.archiveJson.slice(1), dir), 'utf8')));
        const shards = planShards(archive, Number(process.env.BRIEFING_ISSUES_PER_SHARD) || ISSUES_PER_SHARD);
        const chunkSize = Math.max(1000, Math.round(PAGEFIND_CHUNK / shards.length));
        const jobs = shards.map((issues, index) => ({ issues, outputPath: fileURLToPath(new URL(shardPath(index).slice(1), dir)) }));
        let next = 0;
        let indexed = 0;
        await Promise.all(
          Array.from({ length: Math.min(CONCURRENT_SHARDS, jobs.length) }, async () => {
            while (next < jobs.length) indexed += await runShard(jobs[next++]!, chunkSize);
          }),
        );
        const manifest: ShardsManifest = { shards: jobs.map((_, index) => shardPath(index)) };
        const manifestFile = new URL(SHARDS_MANIFEST.slice(1), dir);
        await mkdir(new URL('.', manifestFile), { recursive: true });
        await writeFile(manifestFile, JSON.stringify(manifest));
        logger.info(`indexed ${indexed} articles of ${archive.length} issues in ${jobs.length} shard${jobs.length === 1 ? '' : 's'}`);
      },
    },
  };
}
