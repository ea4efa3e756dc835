/** Every HTML page of the site, as paths, for the sitemap. */
import type { Issue } from '../briefing/index.ts';
import { byDistrict, bySection, byYear, newestFirst } from './archive.ts';
import { urls } from './urls.ts';

export function sitePages(issues: readonly Issue[]): string[] {
  return [
    urls.home,
    urls.search,
    urls.years,
    ...byYear(issues).map((group) => urls.year(group.year)),
    urls.districts,
    ...byDistrict(issues).map((group) => urls.district(group.district)),
    urls.sections,
    ...bySection(issues).map((group) => urls.section(group.name)),
    ...newestFirst(issues).map((issue) => urls.issue(issue.totalIssue)),
  ];
}
