/**
 * Shards of the search index, built in a worker thread, one after another
 * as the build sends them (see src/lib/search/shards.ts for why there are
 * shards). Each worker loads its own copy of Pagefind's Node API, and so
 * starts its own indexer process for each shard: the API keeps one indexer
 * per loaded module, and an indexer handles its requests one at a time.
 *
 * A shard is written into the build's cache, in a folder named by the
 * digest of everything that makes it (its records, the code that indexes
 * them, Pagefind's version and chunk size), and left there when that folder exists already:
 * a new issue re-indexes only the newest shard. The build links the folders
 * into dist/.
 *
 * The worker answers each shard with what it did, or throws; a worker that
 * ends without answering (Pagefind's process died, leaving its promises
 * unsettled) is a failure too, which the build reports.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { Issue } from '../lib/briefing/index.ts';
import { INDEX_CHARACTERS, INDEX_LANGUAGE, indexedIssue, isTermWord, type ArticleLayout } from '../lib/search/bigrams.ts';
import { FACETS_FILE, shardFacets, type ShardFacets } from '../lib/search/facets.ts';
import { CHUNK_STARTS_FILE, HEAVY_WORDS_FILE } from '../lib/search/shards.ts';
import { issueRecord, type IssueRecord } from '../lib/site/search-records.ts';
import { chunkStarts } from './pagefind-meta.ts';
import { shortenNames } from './pagefind-names.ts';

export interface ShardJob {
  issues: Issue[];
  /** Folder of cached shards, one folder each, named by digest. */
  cachePath: string;
}

export interface ShardDone {
  articles: number;
  /** Name of the shard's folder in the cache. */
  digest: string;
  /** Whether it was indexed now (or found in the cache). */
  indexed: boolean;
}

/** Records go to Pagefind's process in batches, not one round trip each. */
const BATCH = 200;

/**
 * The issue as Pagefind holds it: its articles, then its header and footer,
 * as character bigrams, so every substring can be found exactly
 * (src/lib/search/bigrams.ts), indexed in no language, so without Chinese
 * word segmentation (the costliest step of Pagefind's indexing). Its
 * articles' layout and filter values go to the shard's facets
 * (src/lib/search/facets.ts).
 */
export function indexRecord({ url, articles, fields, meta }: IssueRecord): { record: IndexRecord; layout: ArticleLayout[] } {
  const { content, layout } = indexedIssue(articles, fields);
  return { record: { url, content, meta, language: INDEX_LANGUAGE }, layout };
}

interface IndexRecord {
  url: string;
  content: string;
  meta: IssueRecord['meta'];
  language: string;
}

/** Positions Pagefind puts in an index chunk before it starts the next: what the build sets, or Pagefind's default (pagefind/src/options.rs). */
function chunkSize(): number {
  return Number(process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE) || 20_000;
}

/**
 * The words a term is asked by (pairs, and split pairs with the character
 * after them) with at least a chunk's worth of positions in the shard.
 * Pagefind closes an index chunk once it holds that many positions, so each
 * of these words makes its chunk at least twice a common one (文明 at 5,000
 * issues, before it was split: 65 KB a shard against a median of 6 KB),
 * and a long query goes round it where it can (src/lib/search/cover.ts).
 * Counted as Pagefind indexes them: lower-cased.
 */
function heavyWords(records: readonly IndexRecord[]): string[] {
  // Tokens are counted as they stand, and each different one is looked at once: a shard holds millions of tokens, far fewer different ones.
  const tokens = new Map<string, number>();
  for (const { content } of records) for (const token of content.split(' ')) tokens.set(token, (tokens.get(token) ?? 0) + 1);
  const words = new Map<string, number>();
  for (const [token, count] of tokens) {
    if (!isTermWord(token)) continue;
    const word = token.toLowerCase();
    words.set(word, (words.get(word) ?? 0) + count);
  }
  const threshold = chunkSize();
  return [...words].filter(([, count]) => count >= threshold).map(([word]) => word).sort();
}

/**
 * What Pagefind writes beside an index that the search page never loads:
 * its ready-made search interfaces, its highlighter and its web worker (the
 * page searches with Pagefind's API, in the page: src/scripts/search.ts),
 * 476 KB a shard.
 */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\.(js|css)$/;

async function removeUnused(folder: string): Promise<void> {
  for (const name of await readdir(folder)) if (UNUSED.test(name)) await rm(join(folder, name));
}

async function writeIndex(records: readonly IndexRecord[], facets: ShardFacets, outputPath: string, key: string): Promise<void> {
  const fail = (step: string, errors: readonly string[]): never => {
    throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
  };
  try {
    const { index, errors } = await pagefind.createIndex({ includeCharacters: INDEX_CHARACTERS });
    if (index === undefined || errors.length > 0) return fail('start', errors);
    for (let start = 0; start < records.length; start += BATCH) {
      const batch = records.slice(start, start + BATCH);
      const added = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
      added.forEach(({ errors: recordErrors }, offset) => {
        if (recordErrors.length > 0) fail(`index ${batch[offset]!.url}`, recordErrors);
      });
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) fail('write the index', written.errors);
    await removeUnused(outputPath);
    const meta = await shortenNames(outputPath, key);
    await writeFile(join(outputPath, CHUNK_STARTS_FILE), JSON.stringify(chunkStarts(meta)));
    await writeFile(join(outputPath, HEAVY_WORDS_FILE), JSON.stringify(heavyWords(records)));
    await writeFile(join(outputPath, FACETS_FILE), JSON.stringify(facets));
  } finally {
    await pagefind.close();
  }
}

/** The code that makes a shard's files from its records: a change to it makes every shard again. */
const SOURCES = [import.meta.url, import.meta.resolve('./pagefind-meta.ts'), import.meta.resolve('./pagefind-names.ts'), import.meta.resolve('../lib/search/bigrams.ts'), import.meta.resolve('../lib/search/facets.ts')];

/** Characters of the digest that start the names of the shard's files (src/integrations/pagefind-names.ts). */
const KEY_LENGTH = 4;

async function digestOf(records: readonly IndexRecord[], facets: ShardFacets): Promise<string> {
  const pagefindPackage = new URL('../package.json', import.meta.resolve('pagefind'));
  const { version } = JSON.parse(await readFile(pagefindPackage, 'utf8')) as { version: string };
  const hash = createHash('sha256');
  for (const source of SOURCES) hash.update(await readFile(fileURLToPath(source)));
  hash.update(`\0${version}\0${chunkSize()}\0`);
  // Record by record (JSON holds no raw line break), not as one string of them all: ~40 MB at 1,000 issues.
  for (const record of records) hash.update(JSON.stringify(record)).update('\n');
  return hash.update(JSON.stringify(facets)).digest('hex').slice(0, 20);
}

export async function buildShard({ issues, cachePath }: ShardJob): Promise<ShardDone> {
  const issueRecords = issues.map(issueRecord);
  const indexed = issueRecords.map(indexRecord);
  const records = indexed.map(({ record }) => record);
  // Rows in the order the records are added, which is the order Pagefind lists its pages in.
  const pages = issueRecords.map(({ articles }, page) => articles.map(({ filters }, article) => ({ layout: indexed[page]!.layout[article]!, filters })));
  const facets = shardFacets(pages);
  const digest = await digestOf(records, facets);
  const cached = join(cachePath, digest);
  const fresh = !(await isWhole(cached));
  if (fresh) {
    // Written aside and renamed when whole, so an interrupted build never leaves a half shard to be reused.
    const partial = `${cached}.partial`;
    await rm(partial, { recursive: true, force: true });
    await rm(cached, { recursive: true, force: true });
    await writeIndex(records, facets, partial, digest.slice(0, KEY_LENGTH));
    await rename(partial, cached);
    await writeFile(sumsFile(cached), await sumsOf(cached));
  }
  return { articles: pages.flat().length, digest, indexed: fresh };
}

/** Beside a cached shard (`DIGEST.sums`): each of its files with its digest, written once the shard is whole. */
function sumsFile(cached: string): string {
  return `${cached}.sums`;
}

/** Whether a cached shard's files are all there as written: one deleted or cut short in the cache makes the shard again. */
async function isWhole(cached: string): Promise<boolean> {
  if (!existsSync(cached)) return false;
  const [written, present] = await Promise.all([readFile(sumsFile(cached), 'utf8').catch(() => undefined), sumsOf(cached).catch(() => '')]);
  return written === present;
}

/** The files of a folder, one after another (never all open at once), each with its SHA-256. */
async function sumsOf(folder: string): Promise<string> {
  const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const lines: string[] = [];
  for (const path of files.map((entry) => join(entry.parentPath, entry.name)).sort()) {
    lines.push(`${createHash('sha256').update(await readFile(path)).digest('base64url')} ${path.slice(folder.length + 1)}`);
  }
  return lines.join('\n');
}

// A shard that fails throws out of the worker, which the build reports. While a shard is indexed, only
// Pagefind's requests keep the worker alive, so if its process dies, leaving them unsettled, the worker ends.
parentPort?.on('message', async (job: ShardJob) => {
  parentPort!.unref();
  parentPort!.postMessage(await buildShard(job));
  parentPort!.ref();
});
