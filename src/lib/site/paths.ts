/**
 * getStaticPaths for every route, from the issues: params come from
 * validated numbers (总期号, year) or from `pathSegment` (district, section),
 * never from raw text.
 */
import type { Issue } from '../briefing/index.ts';
import { citedDocuments, type CitedDocument } from './documents.ts';
import { byDistrict, bySection, byYear, neighbourMap, newestFirst, yearSpan, type ArticleRef, type DistrictGroup, type Neighbours, type SectionGroup, type YearGroup } from './archive.ts';
import { listPages, yearJumps, type YearGroupOfArticles, type YearJump } from './list-pages.ts';
import { urls } from './urls.ts';

export function issuePaths(issues: readonly Issue[]): Array<{ params: { id: string }; props: { issue: Issue } & Neighbours }> {
  const neighbours = neighbourMap(issues);
  return newestFirst(issues).map((issue) => ({
    params: { id: String(issue.totalIssue) },
    props: { issue, ...neighbours.get(issue.id)! },
  }));
}

export function yearPaths(issues: readonly Issue[]): Array<{ params: { year: string }; props: { group: YearGroup } }> {
  return byYear(issues).map((group) => ({ params: { year: group.year }, props: { group } }));
}

/** One page of a long list: its years' groups, and the jump bar to every year of the list. */
export interface ListView {
  groups: YearGroupOfArticles[];
  jumps: YearJump[];
  /** `1921—1960年`, or `1921年`: the years of a page of older years; undefined on the list's own page. */
  years: string | undefined;
}

/** The pages of a list, as `[...page]` params: undefined for its own page, the oldest year for a page of older years. */
function listViews(items: readonly ArticleRef[], pageUrl: (year?: string) => string): Array<{ page: string | undefined; view: ListView }> {
  const pages = listPages(items);
  const jumps = yearJumps(pages, pageUrl);
  return pages.map(({ key, groups }) => {
    const [newest, oldest] = [groups[0]!.year, groups.at(-1)!.year];
    return { page: key, view: { groups, jumps, years: key === undefined ? undefined : newest === oldest ? `${oldest}年` : `${oldest}—${newest}年` } };
  });
}

export function districtPaths(issues: readonly Issue[]): Array<{ params: { district: string; page: string | undefined }; props: { group: DistrictGroup; years: string[]; view: ListView } }> {
  const years = yearSpan(issues);
  return byDistrict(issues).flatMap((group) =>
    listViews(group.items, (year) => urls.districtYears(group.district, year)).map(({ page, view }) => ({ params: { district: group.slug, page }, props: { group, years, view } })),
  );
}

export function sectionPaths(issues: readonly Issue[]): Array<{ params: { section: string; page: string | undefined }; props: { group: SectionGroup; view: ListView } }> {
  return bySection(issues).flatMap((group) =>
    listViews(group.articles, (year) => urls.sectionYears(group.name, year)).map(({ page, view }) => ({ params: { section: group.slug, page }, props: { group, view } })),
  );
}

export function documentPaths(issues: readonly Issue[]): Array<{ params: { document: string; page: string | undefined }; props: { document: CitedDocument; years: string[]; view: ListView } }> {
  const years = yearSpan(issues);
  return citedDocuments(issues).flatMap((document) =>
    listViews(document.articles, (year) => urls.documentYears(document.title, year)).map(({ page, view }) => ({ params: { document: document.slug, page }, props: { document, years, view } })),
  );
}

export function districtFeedPaths(issues: readonly Issue[]): Array<{ params: { district: string }; props: { group: DistrictGroup } }> {
  return byDistrict(issues).map((group) => ({ params: { district: group.slug }, props: { group } }));
}

export function sectionFeedPaths(issues: readonly Issue[]): Array<{ params: { section: string }; props: { group: SectionGroup } }> {
  return bySection(issues).map((group) => ({ params: { section: group.slug }, props: { group } }));
}

/** Documents per page of /documents/: under 200 KB of HTML a page (BENCHMARKS.md, npm run bench:lists). */
export const DOCUMENTS_PER_PAGE = 400;

export function documentIndexPaths(
  issues: readonly Issue[],
  perPage = DOCUMENTS_PER_PAGE,
): Array<{ params: { page: string | undefined }; props: { documents: CitedDocument[]; page: number; pages: number } }> {
  const documents = citedDocuments(issues);
  const pages = Math.max(1, Math.ceil(documents.length / perPage));
  return Array.from({ length: pages }, (_, index) => ({
    params: { page: index === 0 ? undefined : String(index + 1) },
    props: { documents: documents.slice(index * perPage, (index + 1) * perPage), page: index + 1, pages },
  }));
}
