/**
 * The search page's state as it lives in the URL:
 * `/search/?q=垃圾分类&区=房山区&区=昌平区&年份=2021&sort=date`.
 * Reading and writing go through here, so a shared link reloads the same search.
 */
import { FILTERS, type FilterName } from './search-fields.ts';

export type SortOrder = 'relevance' | 'date';

export interface SearchState {
  query: string;
  filters: Partial<Record<FilterName, string[]>>;
  sort: SortOrder;
}

export function readSearchParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of FILTERS) {
    const values = [...new Set(params.getAll(name).map((value) => value.trim()).filter((value) => value !== ''))];
    if (values.length > 0) filters[name] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

/** The query string for a state; relevance (the default) and empty values are left out. */
export function writeSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query !== '') params.set('q', state.query);
  for (const name of FILTERS) for (const value of state.filters[name] ?? []) params.append(name, value);
  if (state.sort === 'date') params.set('sort', 'date');
  return params;
}

export function hasFilters(filters: SearchState['filters']): boolean {
  return FILTERS.some((name) => (filters[name]?.length ?? 0) > 0);
}
