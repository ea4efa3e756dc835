/**
 * The per-year zips kept between builds in Astro's cache folder: a year's
 * zip is made again only when what goes into it changed (its issues' raw
 * files and JSON, or the zip's layout), so a build after one new issue
 * deflates one year, not the archive. The cache can only make a build
 * faster (site.md §5): a zip whose key or SHA-256 does not match what is
 * written beside it, a missing or damaged file, or a folder that cannot be
 * written is no cache, and the zip is made.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { jsonText } from '../responses.ts';
import { ZIP_LAYOUT, yearZip, type PublishedIssue } from './year-zip.ts';

interface CacheEntry {
  /** What went into the zip. */
  key: string;
  /** The zip's own digest, to tell a damaged file. */
  sha256: string;
}

export async function cachedYearZip(folder: URL, year: string, issues: readonly PublishedIssue[]): Promise<Uint8Array> {
  const key = zipKey(year, issues);
  const zipFile = new URL(`${year}.zip`, folder);
  const entryFile = new URL(`${year}.json`, folder);
  const cached = await readCached(zipFile, entryFile, key);
  if (cached !== undefined) return cached;
  const zip = yearZip(year, issues);
  const entry: CacheEntry = { key, sha256: sha256(zip) };
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(zipFile, zip);
    await writeFile(entryFile, JSON.stringify(entry));
  } catch {
    // A cache that cannot be written only means the next build makes the zip again.
  }
  return zip;
}

async function readCached(zipFile: URL, entryFile: URL, key: string): Promise<Uint8Array | undefined> {
  try {
    const entry = JSON.parse(await readFile(entryFile, 'utf8')) as Partial<CacheEntry>;
    if (entry.key !== key) return undefined;
    const zip = await readFile(zipFile);
    return sha256(zip) === entry.sha256 ? zip : undefined;
  } catch {
    return undefined;
  }
}

function zipKey(year: string, issues: readonly PublishedIssue[]): string {
  const hash = createHash('sha256').update(`${ZIP_LAYOUT}\n${year}\n`);
  for (const { issue, bytes } of [...issues].sort((a, b) => a.issue.totalIssue - b.issue.totalIssue)) {
    hash.update(`${issue.totalIssue}\n${bytes.length}\n`).update(bytes).update(jsonText(issue));
  }
  return hash.digest('hex');
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
