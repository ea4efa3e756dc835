/** /sections/{栏目}/feed.xml: an Atom feed of the section's newest articles. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { SectionGroup } from '../../../lib/site/archive.ts';
import { loadIssues } from '../../../lib/site/collection.ts';
import { articleFeed } from '../../../lib/site/feed.ts';
import { sectionFeedPaths } from '../../../lib/site/paths.ts';
import { atomResponse } from '../../../lib/site/responses.ts';
import { t } from '../../../lib/site/strings.ts';
import { urls } from '../../../lib/site/urls.ts';

export const getStaticPaths = (async () => sectionFeedPaths(await loadIssues())) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: SectionGroup }> = ({ props: { group }, site }) =>
  atomResponse(articleFeed({ title: t('sections.heading', { section: group.name }), page: urls.section(group.name), self: urls.sectionFeed(group.name), articles: group.articles }, site!));
