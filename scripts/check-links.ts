/**
 * The link checker: every internal link of a built site resolves.
 *
 *   npm run check-links -- [DIST] [--base /jianbao/] [--site https://example.org]
 *
 * It reads every `href`, `src` and `action` of the HTML pages, every link
 * of the feed, every `<loc>` of the sitemaps, every URL field of archive.json and
 * the search index's list of shards, resolves each as a browser would from
 * the page that holds it (the site published under `--base`, at `--site`
 * for absolute URLs), and checks that the built site has the file (a
 * folder's index.html for a URL ending in /) and, for `#anchor`, an element
 * with that id in it. Links to other sites are not followed; a
 * `javascript:` URL is always broken. Prints one line per broken link and
 * exits with 1 if there is any.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { normaliseBase } from '../src/lib/site/urls.ts';

export interface BrokenLink {
  /** The file holding the link, relative to the built site. */
  source: string;
  link: string;
  reason: string;
}

interface Options {
  dist: string;
  /** `/` or `/jianbao/`. */
  base: string;
  /** The origin absolute URLs of the site start with. */
  site: string;
}

const LOCAL = 'http://local.invalid';

/** Every link each file of the built site holds, with the URL of that file as a browser would have it. */
function linksOf(options: Options): Array<{ source: string; page: URL; links: string[] }> {
  const { dist, base } = options;
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'));
  const found: Array<{ source: string; page: URL; links: string[] }> = [];
  for (const file of files) {
    const page = new URL(`${base}${file.replace(/(^|\/)index\.html$/, '$1')}`, LOCAL);
    const text = () => readFileSync(join(dist, file), 'utf8');
    let links: string[] = [];
    if (file.endsWith('.html')) links = [...text().matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((match) => decodeEntities(match[1]!));
    else if (/(^|\/)(feed|sitemap[\w-]*)\.xml$/.test(file)) links = [...text().matchAll(/<loc>([^<]*)<\/loc>|<link[^>]*\shref="([^"]*)"/g)].map((match) => decodeEntities(match[1] ?? match[2]!));
    else if (file === 'archive.json') links = urlsIn(JSON.parse(text()));
    // A shard is a folder the search page loads Pagefind's entry from.
    else if (file === 'pagefind/shards.json') links = (JSON.parse(text()) as { shards: string[] }).shards.map((shard) => `${shard}pagefind-entry.json`);
    if (links.length > 0) found.push({ source: file, page, links });
  }
  return found;
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" })[name]!);
}

/** The values of every `url`, `…Url` and `pdf` field, at any depth (the rest is the briefings' text). */
function urlsIn(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return /^(url|pdf)$|Url$/.test(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => urlsIn(item, key));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([name, item]) => urlsIn(item, name));
  return [];
}

/** The ids (and names) in a page, read once per page. */
function anchorsIn(dist: string, file: string, cache: Map<string, Set<string>>): Set<string> {
  let anchors = cache.get(file);
  if (anchors === undefined) {
    const html = readFileSync(join(dist, file), 'utf8');
    anchors = new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((match) => decodeEntities(match[1]!)));
    cache.set(file, anchors);
  }
  return anchors;
}

/** Why `link`, found in `page`, does not resolve in the built site; undefined when it does or leaves the site. */
function brokenBecause(link: string, page: URL, options: Options, anchors: Map<string, Set<string>>): string | undefined {
  if (/^\s*javascript:/i.test(link)) return 'a javascript: URL';
  if (/^(mailto|tel|data):/i.test(link)) return undefined;
  const site = new URL(options.site);
  let url = new URL(link, page);
  if (url.origin === site.origin) url = new URL(url.pathname + url.search + url.hash, LOCAL);
  else if (url.origin !== LOCAL) return undefined;
  const path = decodeURIComponent(url.pathname);
  if (!path.startsWith(options.base)) return `outside the site's base ${options.base}`;
  let file = path.slice(options.base.length);
  if (file === '' || file.endsWith('/')) file += 'index.html';
  const absolute = join(options.dist, file);
  if (!existsSync(absolute)) return 'no such file in the built site';
  if (statSync(absolute).isDirectory()) {
    if (!existsSync(join(absolute, 'index.html'))) return 'a folder without index.html';
    file += '/index.html';
  }
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (anchor !== '' && file.endsWith('.html') && !anchorsIn(options.dist, file, anchors).has(anchor)) return `no element with id “${anchor}” in ${file}`;
  return undefined;
}

export function checkLinks(options: Options): { checked: number; broken: BrokenLink[] } {
  const anchors = new Map<string, Set<string>>();
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const { source, page, links } of linksOf(options)) {
    for (const link of links) {
      checked += 1;
      const reason = brokenBecause(link, page, options, anchors);
      if (reason !== undefined) broken.push({ source, link, reason });
    }
  }
  return { checked, broken };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { base: { type: 'string' }, site: { type: 'string' } } });
  const options = {
    dist: positionals[0] ?? 'dist',
    base: normaliseBase(values.base ?? process.env.BRIEFING_BASE),
    site: values.site ?? process.env.BRIEFING_SITE ?? 'https://example.org',
  };
  const { checked, broken } = checkLinks(options);
  for (const { source, link, reason } of broken) console.error(`${source}: ${link}: ${reason}`);
  console.log(`${checked} links in ${options.dist} (base ${options.base}): ${broken.length} broken`);
  process.exitCode = broken.length > 0 ? 1 : 0;
}
