/** /archive.json: every issue, lowest 总期号 first, each exactly the parser's JSON (compact: it grows with the archive). */
import type { APIRoute } from 'astro';
import { loadIssues } from '../lib/site/collection.ts';
import { jsonResponse } from '../lib/site/responses.ts';

export const GET: APIRoute = async () => jsonResponse((await loadIssues()).sort((a, b) => a.totalIssue - b.totalIssue), 0);
