/**
 * /issues/{总期号}.json: the structured issue, exactly the parser's JSON
 * (format.md §2). Served from here by `astro dev`; `astro build` writes
 * these files itself (src/integrations/issue-files.ts), so this route lists
 * no paths there.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Issue } from '../../lib/briefing/index.ts';
import { loadIssues } from '../../lib/site/collection.ts';
import { jsonResponse } from '../../lib/site/responses.ts';

export const getStaticPaths = (async () =>
  import.meta.env.DEV ? (await loadIssues()).map((issue) => ({ params: { id: String(issue.totalIssue) }, props: { issue } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ issue: Issue }> = ({ props }) => jsonResponse(props.issue);
