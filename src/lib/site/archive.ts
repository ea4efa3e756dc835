/**
 * The archive as the pages see it: issues in order, articles with their
 * anchors, and the groupings by year, district and section. Pages receive
 * these already computed; nothing here reads files.
 */
import { compareDistricts, type Article, type Issue } from '../briefing/index.ts';
import { yearOf } from './dates.ts';
import { articleAnchor, pathSegment, urls } from './urls.ts';

/** One article of one issue, with the place the site gives it. */
export interface ArticleRef {
  issue: Issue;
  /** The 栏目 it is printed under; null when the issue has no marker. */
  section: string | null;
  article: Article;
  /** 1-based position in the issue, across sections: the `aN` anchor. */
  position: number;
  anchor: string;
  /** `/issues/2178/#a1` */
  url: string;
}

/** Newest first: by date, then by 总期号 (two issues may share a date). */
export function compareNewestFirst(a: Issue, b: Issue): number {
  return a.date < b.date ? 1 : a.date > b.date ? -1 : b.totalIssue - a.totalIssue;
}

export function newestFirst(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(compareNewestFirst);
}

/** The articles of an issue in print order, each with its anchor. */
export function articlesOf(issue: Issue): ArticleRef[] {
  let position = 0;
  return issue.sections.flatMap((section) =>
    section.articles.map((article) => {
      position += 1;
      return {
        issue,
        section: section.name,
        article,
        position,
        anchor: articleAnchor(position),
        url: urls.article(issue.totalIssue, position),
      };
    }),
  );
}

/** The issue's sections, each with its articles' refs. */
export function sectionsOf(issue: Issue): Array<{ name: string | null; articles: ArticleRef[] }> {
  const refs = articlesOf(issue);
  let start = 0;
  return issue.sections.map((section) => {
    const articles = refs.slice(start, start + section.articles.length);
    start += section.articles.length;
    return { name: section.name, articles };
  });
}

/** Every article of the archive, newest issue first, print order within an issue. */
export function allArticles(issues: readonly Issue[]): ArticleRef[] {
  return newestFirst(issues).flatMap(articlesOf);
}

/** What a list shows for an article: its title, else its lead, else the start of its text. */
export function articleLabel(article: Article, length = 40): string {
  const text = article.title ?? article.lead ?? article.blocks[0]?.text ?? '';
  const chars = Array.from(text);
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : text;
}

export interface Neighbours {
  /** The issue with the next lower 总期号 held in the archive. */
  previous: Issue | undefined;
  /** The issue with the next higher 总期号 held in the archive. */
  next: Issue | undefined;
}

/** Previous and next issue by 总期号 (the running number; gaps are skipped). */
export function neighbours(issues: readonly Issue[], issue: Issue): Neighbours {
  let previous: Issue | undefined;
  let next: Issue | undefined;
  for (const other of issues) {
    if (other.totalIssue < issue.totalIssue && (previous === undefined || other.totalIssue > previous.totalIssue)) previous = other;
    if (other.totalIssue > issue.totalIssue && (next === undefined || other.totalIssue < next.totalIssue)) next = other;
  }
  return { previous, next };
}

/** Map each issue id to its neighbours in one pass (for getStaticPaths over thousands of issues). */
export function neighbourMap(issues: readonly Issue[]): Map<string, Neighbours> {
  const ordered = [...issues].sort((a, b) => a.totalIssue - b.totalIssue);
  return new Map(ordered.map((issue, index) => [issue.id, { previous: ordered[index - 1], next: ordered[index + 1] }]));
}

export interface YearGroup {
  year: string;
  /** Newest first. */
  issues: Issue[];
}

/** Issues by year, newest year first, newest issue first within a year. */
export function byYear(issues: readonly Issue[]): YearGroup[] {
  const groups = new Map<string, Issue[]>();
  for (const issue of newestFirst(issues)) {
    const year = yearOf(issue.date);
    push(groups, year, issue);
  }
  return [...groups].map(([year, grouped]) => ({ year, issues: grouped }));
}

export interface DistrictGroup {
  district: string;
  /** Folder name of the district's page. */
  slug: string;
  /** Newest first. */
  items: ArticleRef[];
}

/** Every article by district, districts in the official order, items newest first. */
export function byDistrict(issues: readonly Issue[]): DistrictGroup[] {
  const groups = new Map<string, ArticleRef[]>();
  for (const ref of allArticles(issues)) {
    for (const district of ref.article.districts) push(groups, district, ref);
  }
  return [...groups.keys()]
    .sort(compareDistricts)
    .map((district) => ({ district, slug: pathSegment(district), items: groups.get(district)! }));
}

export interface SectionGroup {
  name: string;
  slug: string;
  /** Newest first. */
  articles: ArticleRef[];
}

const collator = new Intl.Collator('zh-CN');

/** Every article by 栏目 (articles outside any 栏目 are left out), sections in pinyin order. */
export function bySection(issues: readonly Issue[]): SectionGroup[] {
  const groups = new Map<string, ArticleRef[]>();
  for (const ref of allArticles(issues)) {
    if (ref.section === null) continue;
    push(groups, ref.section, ref);
  }
  return [...groups.keys()]
    .sort(collator.compare)
    .map((name) => ({ name, slug: pathSegment(name), articles: groups.get(name)! }));
}

export interface YearCount {
  year: string;
  count: number;
}

/** Items per year over `years` (every year shown, zero included), oldest first. */
export function countPerYear(items: readonly ArticleRef[], years: readonly string[]): YearCount[] {
  const counts = new Map(years.map((year) => [year, 0]));
  for (const item of items) {
    const year = yearOf(item.issue.date);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([year, count]) => ({ year, count }));
}

/** Every year from the archive's first to its last, oldest first. */
export function yearSpan(issues: readonly Issue[]): string[] {
  if (issues.length === 0) return [];
  const years = issues.map((issue) => Number(yearOf(issue.date)));
  const span: string[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year += 1) span.push(String(year));
  return span;
}

export interface ArchiveFigures {
  count: number;
  /** Oldest and newest issue by date; undefined for an empty archive. */
  first: Issue | undefined;
  last: Issue | undefined;
  lowestTotal: number | undefined;
  highestTotal: number | undefined;
  /** 总期号 between the lowest and highest held that no file has, as ranges. */
  missing: Array<{ from: number; to: number }>;
  missingCount: number;
}

export function archiveFigures(issues: readonly Issue[]): ArchiveFigures {
  const ordered = newestFirst(issues);
  const totals = issues.map((issue) => issue.totalIssue).sort((a, b) => a - b);
  const missing: Array<{ from: number; to: number }> = [];
  for (let index = 1; index < totals.length; index += 1) {
    const [below, above] = [totals[index - 1]!, totals[index]!];
    if (above - below > 1) missing.push({ from: below + 1, to: above - 1 });
  }
  return {
    count: issues.length,
    first: ordered.at(-1),
    last: ordered[0],
    lowestTotal: totals[0],
    highestTotal: totals.at(-1),
    missing,
    missingCount: missing.reduce((sum, range) => sum + range.to - range.from + 1, 0),
  };
}

/** `2170`, `2172–2176` */
export function formatRange({ from, to }: { from: number; to: number }): string {
  return from === to ? String(from) : `${from}–${to}`;
}

function push<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const group = groups.get(key);
  if (group === undefined) groups.set(key, [value]);
  else group.push(value);
}
