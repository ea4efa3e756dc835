/**
 * Every download of /data/, made once per build: the /data/ page states
 * each file's size and SHA-256, and the routes serve the same bytes. A
 * build renders the page and the routes in one process, so they share the
 * one making of them (`astro dev` makes them again on each request, seeing
 * the archive as it is now).
 */
import { createHash } from 'node:crypto';
import { cacheDir } from 'astro:config/server';
import type { Issue } from '../../briefing/index.ts';
import { byYear } from '../archive.ts';
import { loadPublishedIssues } from '../collection.ts';
import { jsonText } from '../responses.ts';
import { absoluteUrl, urls } from '../urls.ts';
import { articlesCsv } from './articles-csv.ts';
import { issueJsonSchema } from './schema-json.ts';
import { cachedYearZip } from './zip-cache.ts';

export type DownloadKind = 'archive' | 'articles' | 'schema' | 'year';

export interface Download {
  kind: DownloadKind;
  /** The file's name, as the /data/ page lists it. */
  name: string;
  /** Site path, from urls.ts. */
  href: string;
  /** The year of a per-year zip. */
  year?: string;
  contentType: string;
  bytes: Uint8Array;
  sha256: string;
}

const encoder = new TextEncoder();
/** The per-year zips kept between builds (zip-cache.ts), in Astro's cache folder. */
const ZIP_CACHE = new URL('briefing-downloads/', cacheDir.href.endsWith('/') ? cacheDir : `${cacheDir.href}/`);

let made: Promise<Download[]> | undefined;

export function dataDownloads(site: URL | string): Promise<Download[]> {
  if (import.meta.env.DEV) return makeDownloads(site);
  made ??= makeDownloads(site);
  return made;
}

async function makeDownloads(site: URL | string): Promise<Download[]> {
  const published = await loadPublishedIssues();
  const issues = published.map((entry) => entry.issue);
  const bytesById = new Map(published.map((entry) => [entry.issue.id, entry.bytes]));
  const download = (kind: DownloadKind, href: string, contentType: string, bytes: Uint8Array, year?: string): Download => ({
    kind,
    name: href.slice(href.lastIndexOf('/') + 1),
    href,
    ...(year === undefined ? {} : { year }),
    contentType,
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  });
  return [
    download('archive', urls.archiveJson, 'application/json; charset=utf-8', encoder.encode(archiveJsonText(issues))),
    download('articles', urls.dataArticles, 'text/csv; charset=utf-8', encoder.encode(articlesCsv(issues, site))),
    download('schema', urls.dataSchema, 'application/schema+json; charset=utf-8', encoder.encode(jsonText(issueJsonSchema(absoluteUrl(site, urls.dataSchema))))),
    ...(await Promise.all(
      byYear(issues).map(async (group) => {
        const zip = await cachedYearZip(ZIP_CACHE, group.year, group.issues.map((issue) => ({ issue, bytes: bytesById.get(issue.id)! })));
        return download('year', urls.dataYear(group.year), 'application/zip', zip, group.year);
      }),
    )),
  ];
}

/** /archive.json: every issue, lowest 总期号 first, each exactly the parser's JSON (compact: it grows with the archive). */
export function archiveJsonText(issues: readonly Issue[]): string {
  return jsonText([...issues].sort((a, b) => a.totalIssue - b.totalIssue), 0);
}

/** The download at `href`, for its route. */
export async function downloadAt(site: URL | string, href: string): Promise<Response> {
  const found = (await dataDownloads(site)).find((candidate) => candidate.href === href);
  if (found === undefined) return new Response(null, { status: 404 });
  return new Response(found.bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': found.contentType } });
}
