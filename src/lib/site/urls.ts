/**
 * Every URL the site links to, built in one place. Pages are folders
 * (`/issues/2178/`); files keep their extension (`/issues/2178.txt`).
 * Path segments made from text (districts, sections) go through
 * `pathSegment`, so no value from a file can name a path outside its folder.
 */

/** `a1`, `a2`, …: an article's anchor, by its position (1-based) in the issue. */
export function articleAnchor(position: number): string {
  return `a${position}`;
}

/** The citation files the site writes: BibTeX and RIS. */
export type CitationFormat = 'bib' | 'ris';

/**
 * Where the site is published: `/`, or a sub-path such as `/jianbao/`.
 * `BRIEFING_BASE` sets it (and Astro's `base`, astro.config.mjs); code that
 * runs in the browser has no environment and gets the base the build was
 * made with from Vite (`import.meta.env.BASE_URL`).
 */
export function siteBase(): string {
  const fromEnvironment = typeof process === 'undefined' ? undefined : process.env.BRIEFING_BASE;
  return normaliseBase(fromEnvironment ?? import.meta.env?.BASE_URL);
}

/** `jianbao`, `/jianbao` or `/jianbao/` → `/jianbao/`; nothing → `/`. Only plain path segments are a base. */
export function normaliseBase(value: string | undefined): string {
  const segments = (value ?? '').split('/').filter((segment) => segment !== '');
  for (const segment of segments) {
    if (!/^[\w.~-]+$/.test(segment) || /^\.+$/.test(segment)) throw new RangeError(`not a base path: ${JSON.stringify(value)} (expected a path like /jianbao/)`);
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/** Every URL of a site published under `base`. */
export function urlsUnder(base: string) {
  const at = (path: string) => `${base}${path}`;
  /** A page of a long list's older years, named by its oldest year (src/lib/site/list-pages.ts); no year: the list's own page. */
  const listPage = (folder: 'districts' | 'sections' | 'documents', name: string, year: string | undefined) => {
    const list = at(`${folder}/${encodeURIComponent(pathSegment(name))}/`);
    return year === undefined ? list : `${list}${checkedYear(year)}/`;
  };
  return {
    home: at(''),
    years: at('years/'),
    districts: at('districts/'),
    sections: at('sections/'),
    search: at('search/'),
    feed: at('feed.xml'),
    /** Written by @astrojs/sitemap, which names it so. */
    sitemap: at('sitemap-index.xml'),
    archiveJson: at('archive.json'),
    /** /data/: every download for data users, and the files it lists. */
    data: at('data/'),
    dataArticles: at('data/articles.csv'),
    dataSchema: at('data/issue.schema.json'),
    dataYear: (year: string) => at(`data/${checkedYear(year)}.zip`),
    favicon: at('favicon.svg'),
    /** The reading aids' classic script (public/reading-aids.js), loaded in every page's head. */
    readingAids: at('reading-aids.js'),
    desk: at('desk/'),
    /** The numbering index the desk checks a new issue against (src/lib/desk/numbering.ts). */
    deskNumbering: at('desk/numbering.json'),
    /** PDF.js's character maps, which the desk reads a PDF with (src/integrations/pdf-cmaps.ts). */
    deskCMaps: at('desk/cmaps/'),
    /** Where the search page learns which shards of the index there are (written after them). */
    searchManifest: at('pagefind/shards.json'),
    /** The folder of shard `index` of the search index. */
    searchShard: (index: number) => at(`pagefind/${checkedIndex(index)}/`),
    issue: (totalIssue: number) => at(`issues/${checkedNumber(totalIssue)}/`),
    issueText: (totalIssue: number) => at(`issues/${checkedNumber(totalIssue)}.txt`),
    issueJson: (totalIssue: number) => at(`issues/${checkedNumber(totalIssue)}.json`),
    /** The original the archive keeps beside the text (src/lib/site/originals.ts). */
    issueOriginal: (totalIssue: number, kind: 'pdf' | 'docx') => at(`issues/${checkedNumber(totalIssue)}.${kind === 'pdf' ? 'pdf' : 'docx'}`),
    article: (totalIssue: number, position: number) => at(`issues/${checkedNumber(totalIssue)}/#${articleAnchor(position)}`),
    /** Citation files of an issue (`/issues/2178.bib`) and of one of its articles (`/issues/2178/a1.bib`). */
    issueCitation: (totalIssue: number, format: CitationFormat) => at(`issues/${checkedNumber(totalIssue)}.${format}`),
    articleCitation: (totalIssue: number, position: number, format: CitationFormat) =>
      at(`issues/${checkedNumber(totalIssue)}/${articleAnchor(position)}.${format}`),
    year: (year: string) => at(`years/${checkedYear(year)}/`),
    district: (name: string) => at(`districts/${encodeURIComponent(pathSegment(name))}/`),
    districtYears: (name: string, year?: string) => listPage('districts', name, year),
    districtFeed: (name: string) => at(`districts/${encodeURIComponent(pathSegment(name))}/feed.xml`),
    section: (name: string) => at(`sections/${encodeURIComponent(pathSegment(name))}/`),
    sectionYears: (name: string, year?: string) => listPage('sections', name, year),
    sectionFeed: (name: string) => at(`sections/${encodeURIComponent(pathSegment(name))}/feed.xml`),
    documents: at('documents/'),
    /** The list of documents is cut into numbered pages: `/documents/`, `/documents/2/`, … (a document's title always has a letter). */
    documentsPage: (page: number) => (checkedNumber(page) === 1 ? at('documents/') : at(`documents/${page}/`)),
    document: (title: string) => at(`documents/${encodeURIComponent(pathSegment(title))}/`),
    documentYears: (title: string, year?: string) => listPage('documents', title, year),
    /** The OpenSearch description of the search page. */
    openSearch: at('opensearch.xml'),
    /** A search link: `/search/?q=垃圾分类&区=房山区`. */
    searchFor: (params: Readonly<Record<string, string | readonly string[]>>) => {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(params)) {
        for (const item of typeof value === 'string' ? [value] : value) query.append(key, item);
      }
      const text = query.toString();
      return text === '' ? at('search/') : at(`search/?${text}`);
    },
  } as const;
}

/** The site's URLs, under its base: what pages, feeds, data and the search page link to. */
export const urls = urlsUnder(siteBase());

/**
 * The same places as paths in the built site's folder (dist/), which holds
 * the site without its base: `routes.issueText(2178)` is
 * `/issues/2178.txt` there, whatever the base.
 */
export const routes = urlsUnder('/');

/** A route's file in the built site: `routes.archiveJson` → `archive.json` inside `dir`. */
export function inBuiltSite(dir: URL, route: string): URL {
  return new URL(route.slice(1), dir);
}

/** An absolute URL on the site, for the feed, the sitemap and canonical links. */
export function absoluteUrl(site: URL | string, path: string): string {
  return new URL(path, site).href;
}

/**
 * A folder name made from a name in the text: letters, marks and digits of
 * any script, `-` and `_` are kept; anything else (slashes, dots, quotes,
 * brackets, spaces) is dropped, and then a short hash of the full name keeps
 * two names that differ only there apart. Official district names pass
 * unchanged: `东城区` → `东城区`; `../../x` → `x-1d6f…`.
 */
export function pathSegment(name: string): string {
  const normalised = name.normalize('NFC');
  const kept = Array.from(normalised.matchAll(/[\p{L}\p{M}\p{N}_-]+/gu), (match) => match[0]).join('');
  if (kept === normalised && kept !== '' && !kept.startsWith('-')) return kept;
  const hash = fnv1a(normalised);
  return kept === '' ? hash : `${kept.replace(/^-+/, '')}-${hash}`.replace(/^-/, '');
}


function checkedNumber(value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`not a positive whole number: ${value}`);
  return value;
}

function checkedIndex(value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a shard number: ${value}`);
  return value;
}

function checkedYear(year: string): string {
  if (!/^\d{4}$/.test(year)) throw new RangeError(`not a year: ${year}`);
  return year;
}

/** 32-bit FNV-1a of the UTF-16 code units, as 8 hex digits: short, stable, no dependencies. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
