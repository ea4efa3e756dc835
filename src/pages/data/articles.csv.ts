/** /data/articles.csv: one row per article or item (src/lib/site/data/articles-csv.ts). */
import type { APIRoute } from 'astro';
import { downloadAt } from '../../lib/site/data/downloads.ts';
import { urls } from '../../lib/site/urls.ts';

export const GET: APIRoute = ({ site }) => downloadAt(site!, urls.dataArticles);
