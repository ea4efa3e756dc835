/**
 * The OpenSearch 1.1 description (/opensearch.xml), which every page
 * announces, so a browser can add the archive's search: its template is the
 * search page's own query URL (site.md §2), absolute as OpenSearch requires.
 */
import { t } from './strings.ts';
import { absoluteUrl, urls } from './urls.ts';
import { escapeXml } from './xml.ts';

export function openSearchDescription(site: URL | string): string {
  // OpenSearch's {searchTerms} is written as is: a URL built with it would percent-encode its braces.
  const template = `${absoluteUrl(site, urls.search)}?q={searchTerms}`;
  return `<?xml version="1.0" encoding="utf-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escapeXml(t('site.short'))}</ShortName>
  <Description>${escapeXml(t('site.description'))}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>zh-CN</Language>
  <Image type="image/svg+xml">${escapeXml(absoluteUrl(site, urls.favicon))}</Image>
  <Url type="text/html" method="get" template="${escapeXml(template)}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${escapeXml(absoluteUrl(site, urls.openSearch))}"/>
</OpenSearchDescription>
`;
}
