/**
 * Short names for a shard's Pagefind files, and its pages' word counts
 * rounded, so that the metadata a reader fetches before any search is small.
 *
 * Why: Pagefind names each page's fragment and each index chunk by a hash
 * of its content (`en_a8a4c8b`), and its metadata lists every one with the
 * page's word count. Random names and exact counts do not compress: the
 * four shards' metadata at 5,000 issues, all of it fetched before a first
 * search, was 153 KB; with numbers in order (`3f2a0`, `3f2a1`, …) and
 * counts within 1%, 91 KB, and within 10%, 6 KB less (BENCHMARKS.md).
 *
 * A name is the shard's key, the first characters of the digest the shard
 * is cached under (src/integrations/pagefind-shard.ts), then the page's or
 * chunk's number in base 36. A shard whose records change gets another
 * key, so its files get other names and a browser never mixes a cached file
 * with a new index, as with Pagefind's own names.
 *
 * The word count only weighs a page's length in Pagefind's ranking (BM25's
 * length normalisation, against the average page), which the search page
 * does not use: it lists results in the index's order, heading matches
 * first (src/scripts/search.ts). Within 10%, it changes nothing there.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeMeta, readMeta, type PagefindMeta } from './pagefind-meta.ts';

/** Word counts are stored as the nearest power of this. */
const WORD_COUNT_STEP = 1.2;

/** The word count as stored: within 10% of the count. */
export function roundedWordCount(count: number): number {
  if (count === 0) return 0;
  return Math.round(WORD_COUNT_STEP ** Math.round(Math.log(count) / Math.log(WORD_COUNT_STEP)));
}

/**
 * Renames the fragments and index chunks of the Pagefind index in `folder`
 * to `key` and their number, rounds its word counts, and writes its
 * metadata anew, under a name of its own digest; gives that metadata.
 */
export async function shortenNames(folder: string, key: string): Promise<PagefindMeta> {
  const meta = await readMeta(folder);
  const pageNames = await renameFiles(folder, 'fragment', '.pf_fragment', meta.pages.map(([hash]) => hash), key);
  const chunkNames = await renameFiles(folder, 'index', '.pf_index', meta.chunks.map(([, , hash]) => hash), key);
  meta.pages.forEach((page, number) => {
    page[0] = pageNames[number]!;
    page[1] = roundedWordCount(page[1]);
  });
  meta.chunks.forEach((chunk, number) => (chunk[2] = chunkNames[number]!));
  await writeMeta(folder, meta);
  return meta;
}

function nameOf(key: string, number: number): string {
  return `${key}${number.toString(36)}`;
}

/** Renames the files named `names`, in order, and gives their new names; names listed twice share one file and its new name. */
async function renameFiles(folder: string, subfolder: string, extension: string, names: readonly string[], key: string): Promise<string[]> {
  const renamed = new Map<string, string>();
  for (const old of names) {
    if (renamed.has(old)) continue;
    const name = nameOf(key, renamed.size);
    renamed.set(old, name);
    await rename(join(folder, subfolder, old + extension), join(folder, subfolder, name + extension));
  }
  return names.map((old) => renamed.get(old)!);
}

/** Writes the metadata and points Pagefind's entry file at it. */
async function writeMeta(folder: string, meta: PagefindMeta): Promise<void> {
  const bytes = encodeMeta(meta.value);
  const entryFile = join(folder, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as { languages: Record<string, { hash: string }> };
  const language = Object.values(entry.languages).find(({ hash }) => meta.file === `pagefind.${hash}.pf_meta`);
  if (language === undefined) throw new Error(`${entryFile} does not name ${meta.file}`);
  const [prefix] = language.hash.split('_');
  language.hash = `${prefix}_${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}`;
  await rm(join(folder, meta.file));
  await writeFile(join(folder, `pagefind.${language.hash}.pf_meta`), bytes);
  await writeFile(entryFile, JSON.stringify(entry));
}
