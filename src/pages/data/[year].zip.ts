/** /data/{year}.zip: the year's issues, raw text and JSON (src/lib/site/data/year-zip.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { byYear } from '../../lib/site/archive.ts';
import { loadIssues } from '../../lib/site/collection.ts';
import { downloadAt } from '../../lib/site/data/downloads.ts';
import { urls } from '../../lib/site/urls.ts';

export const getStaticPaths = (async () => byYear(await loadIssues()).map((group) => ({ params: { year: group.year } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => downloadAt(site!, urls.dataYear(params.year!));
