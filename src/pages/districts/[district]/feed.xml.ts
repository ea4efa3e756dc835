/** /districts/{区}/feed.xml: an Atom feed of the district's newest items. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { DistrictGroup } from '../../../lib/site/archive.ts';
import { loadIssues } from '../../../lib/site/collection.ts';
import { articleFeed } from '../../../lib/site/feed.ts';
import { districtFeedPaths } from '../../../lib/site/paths.ts';
import { atomResponse } from '../../../lib/site/responses.ts';
import { urls } from '../../../lib/site/urls.ts';

export const getStaticPaths = (async () => districtFeedPaths(await loadIssues())) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: DistrictGroup }> = ({ props: { group }, site }) =>
  atomResponse(articleFeed({ title: group.district, page: urls.district(group.district), self: urls.districtFeed(group.district), articles: group.items }, site!));
