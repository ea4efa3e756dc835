/**
 * The values the search page offers for each filter, known at build time:
 * districts in the official order, 栏目 in pinyin order, years newest first.
 */
import type { Issue } from '../briefing/index.ts';
import { byDistrict, bySection, byYear } from './archive.ts';
import type { FilterName } from './search-fields.ts';

export function filterOptions(issues: readonly Issue[]): Array<{ name: FilterName; values: string[] }> {
  return [
    { name: '区', values: byDistrict(issues).map((group) => group.district) },
    { name: '栏目', values: bySection(issues).map((group) => group.name) },
    { name: '年份', values: byYear(issues).map((group) => group.year) },
  ];
}
