/**
 * The feed (Atom), written as an XML string. Every value
 * passes through `escapeXml`; element names are fixed here.
 */

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escape text for XML content or an attribute; drop characters XML 1.0 forbids. */
export function escapeXml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (character) => XML_ESCAPES[character]!);
}

export interface FeedEntry {
  /** Absolute URL: also the entry's id. */
  url: string;
  title: string;
  /** ISO date YYYY-MM-DD. */
  date: string;
  /** Plain text. */
  summary: string;
}

export interface Feed {
  title: string;
  /** Absolute URL of the site's home. */
  home: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** Who publishes the feed's entries. */
  author: string;
  entries: readonly FeedEntry[];
}

/** An Atom 1.0 feed (RFC 4287). Issues carry a date only; it is written as midnight in Beijing. */
export function atomFeed(feed: Feed): string {
  const updated = feed.entries.map((entry) => entry.date).sort().at(-1) ?? '1970-01-01';
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <title>${escapeXml(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>
    <id>${escapeXml(entry.url)}</id>
    <updated>${atomDate(entry.date)}</updated>
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <title>${escapeXml(feed.title)}</title>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.home)}"/>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>
  <id>${escapeXml(feed.home)}</id>
  <updated>${atomDate(updated)}</updated>
  <author><name>${escapeXml(feed.author)}</name></author>
${entries.join('')}</feed>
`;
}

function atomDate(date: string): string {
  return `${date}T00:00:00+08:00`;
}
