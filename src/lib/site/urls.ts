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

export const urls = {
  home: '/',
  years: '/years/',
  districts: '/districts/',
  sections: '/sections/',
  search: '/search/',
  feed: '/feed.xml',
  sitemap: '/sitemap.xml',
  archiveJson: '/archive.json',
  /** /data/: every download for data users, and the files it lists. */
  data: '/data/',
  dataArticles: '/data/articles.csv',
  dataSchema: '/data/issue.schema.json',
  dataYear: (year: string) => `/data/${checkedYear(year)}.zip`,
  favicon: '/favicon.svg',
  desk: '/desk/',
  /** The numbering index the desk checks a new issue against (src/lib/desk/numbering.ts). */
  deskNumbering: '/desk/numbering.json',
  issue: (totalIssue: number) => `/issues/${checkedNumber(totalIssue)}/`,
  issueText: (totalIssue: number) => `/issues/${checkedNumber(totalIssue)}.txt`,
  issueJson: (totalIssue: number) => `/issues/${checkedNumber(totalIssue)}.json`,
  article: (totalIssue: number, position: number) => `/issues/${checkedNumber(totalIssue)}/#${articleAnchor(position)}`,
  /** Citation files of an issue (`/issues/2178.bib`) and of one of its articles (`/issues/2178/a1.bib`). */
  issueCitation: (totalIssue: number, format: CitationFormat) => `/issues/${checkedNumber(totalIssue)}.${format}`,
  articleCitation: (totalIssue: number, position: number, format: CitationFormat) =>
    `/issues/${checkedNumber(totalIssue)}/${articleAnchor(position)}.${format}`,
  year: (year: string) => `/years/${checkedYear(year)}/`,
  district: (name: string) => `/districts/${encodeURIComponent(pathSegment(name))}/`,
  /** A page of a long list's older years, named by its oldest year (src/lib/site/list-pages.ts); no year: the list's own page. */
  districtYears: (name: string, year?: string) => listPage('districts', name, year),
  districtFeed: (name: string) => `/districts/${encodeURIComponent(pathSegment(name))}/feed.xml`,
  section: (name: string) => `/sections/${encodeURIComponent(pathSegment(name))}/`,
  sectionYears: (name: string, year?: string) => listPage('sections', name, year),
  sectionFeed: (name: string) => `/sections/${encodeURIComponent(pathSegment(name))}/feed.xml`,
  documents: '/documents/',
  /** The list of documents is cut into numbered pages: `/documents/`, `/documents/2/`, … (a document's title always has a letter). */
  documentsPage: (page: number) => (checkedNumber(page) === 1 ? '/documents/' : `/documents/${page}/`),
  document: (title: string) => `/documents/${encodeURIComponent(pathSegment(title))}/`,
  documentYears: (title: string, year?: string) => listPage('documents', title, year),
  /** The OpenSearch description of the search page. */
  openSearch: '/opensearch.xml',
  /** A search link: `/search/?q=垃圾分类&区=房山区`. */
  searchFor: (params: Readonly<Record<string, string | readonly string[]>>) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      for (const item of typeof value === 'string' ? [value] : value) query.append(key, item);
    }
    const text = query.toString();
    return text === '' ? '/search/' : `/search/?${text}`;
  },
} as const;

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

function listPage(folder: 'districts' | 'sections' | 'documents', name: string, year: string | undefined): string {
  const list = `/${folder}/${encodeURIComponent(pathSegment(name))}/`;
  return year === undefined ? list : `${list}${checkedYear(year)}/`;
}

function checkedNumber(value: number): number {
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`not a positive whole number: ${value}`);
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
