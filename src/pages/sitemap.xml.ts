/** /sitemap.xml: every page of the site. */
import type { APIRoute } from 'astro';
import { loadIssues } from '../lib/site/collection.ts';
import { sitePages } from '../lib/site/sitemap.ts';
import { sitemapXml } from '../lib/site/xml.ts';
import { absoluteUrl } from '../lib/site/urls.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(sitemapXml(sitePages(await loadIssues()).map((page) => absoluteUrl(site!, page))), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
