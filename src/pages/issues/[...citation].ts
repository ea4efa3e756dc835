/**
 * /issues/{总期号}.bib, .ris and /issues/{总期号}/aN.bib, .ris: the citation
 * files. Served from here by `astro dev`; `astro build` writes these files
 * itself (src/integrations/issue-files.ts), so this route lists no paths there.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CITATION_CONTENT_TYPES, citationFiles, type CitationFile } from '../../lib/site/citation/files.ts';
import { loadIssues } from '../../lib/site/collection.ts';

export const getStaticPaths = (async () =>
  import.meta.env.DEV
    ? (await loadIssues())
        .flatMap((issue) => citationFiles(issue, import.meta.env.SITE))
        // The path comes from urls.ts, made of the validated 总期号 and position only.
        .map((file) => ({ params: { citation: file.path.replace(/^.*?\/issues\//, '') }, props: { file } }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: CitationFile }> = ({ props }) =>
  new Response(props.file.text, { headers: { 'Content-Type': CITATION_CONTENT_TYPES[props.file.format] } });
