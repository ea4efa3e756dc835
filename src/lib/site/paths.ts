/**
 * getStaticPaths for every route, from the issues: params come from
 * validated numbers (总期号, year) or from `pathSegment` (district, section),
 * never from raw text.
 */
import type { Issue } from '../briefing/index.ts';
import { citedDocuments, type CitedDocument } from './documents.ts';
import { byDistrict, bySection, byYear, neighbourMap, newestFirst, yearSpan, type DistrictGroup, type Neighbours, type SectionGroup, type YearGroup } from './archive.ts';

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

export function districtPaths(issues: readonly Issue[]): Array<{ params: { district: string }; props: { group: DistrictGroup; years: string[] } }> {
  const years = yearSpan(issues);
  return byDistrict(issues).map((group) => ({ params: { district: group.slug }, props: { group, years } }));
}

export function sectionPaths(issues: readonly Issue[]): Array<{ params: { section: string }; props: { group: SectionGroup } }> {
  return bySection(issues).map((group) => ({ params: { section: group.slug }, props: { group } }));
}

export function documentPaths(issues: readonly Issue[]): Array<{ params: { document: string }; props: { document: CitedDocument; years: string[] } }> {
  const years = yearSpan(issues);
  return citedDocuments(issues).map((document) => ({ params: { document: document.slug }, props: { document, years } }));
}
