/** /archive.json: every issue, lowest 总期号 first, each exactly the parser's JSON (src/lib/site/data/downloads.ts). */
import type { APIRoute } from 'astro';
import { downloadAt } from '../lib/site/data/downloads.ts';
import { urls } from '../lib/site/urls.ts';

export const GET: APIRoute = ({ site }) => downloadAt(site!, urls.archiveJson);
