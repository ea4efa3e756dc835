/**
 * What the search index and the search page agree on: filter names. Kept
 * free of imports, since the page's script bundles it.
 */

/** Filter names, exactly as the URL and the index spell them. */
export const FILTERS = ['区', '栏目', '年份'] as const;
export type FilterName = (typeof FILTERS)[number];
