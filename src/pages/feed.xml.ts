/** /feed.xml: an Atom feed of the newest issues. */
import type { APIRoute } from 'astro';
import { loadIssues } from '../lib/site/collection.ts';
import { issueFeed } from '../lib/site/feed.ts';
import { atomResponse } from '../lib/site/responses.ts';

export const GET: APIRoute = async ({ site }) => atomResponse(issueFeed(await loadIssues(), site!));
