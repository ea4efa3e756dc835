/** /feed.xml: an Atom feed of the newest issues. */
import type { APIRoute } from 'astro';
import { loadIssues } from '../lib/site/collection.ts';
import { issueFeed } from '../lib/site/feed.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(issueFeed(await loadIssues(), site!), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
