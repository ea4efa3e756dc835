/** /opensearch.xml: the OpenSearch description of the archive's search. */
import type { APIRoute } from 'astro';
import { openSearchDescription } from '../lib/site/opensearch.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(openSearchDescription(site!), { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
