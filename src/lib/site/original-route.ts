/** The `astro dev` routes of the originals (/issues/N.pdf, .docx): one per issue that has one, none in a build. */
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadIssues } from './collection.ts';
import { ORIGINAL_CONTENT_TYPES, type OriginalKind } from './issue-links.ts';
import { findOriginal } from './originals.ts';

export function originalRoute(kind: OriginalKind): { getStaticPaths: GetStaticPaths; GET: APIRoute<{ path: string }> } {
  return {
    getStaticPaths: async () =>
      import.meta.env.DEV
        ? (await loadIssues()).flatMap((issue) => {
            const original = findOriginal(issue.totalIssue);
            // The file name comes from the validated 总期号 only.
            return original?.kind === kind ? [{ params: { id: String(issue.totalIssue) }, props: { path: original.path } }] : [];
          })
        : [],
    GET: async ({ props }) => new Response(await readFile(props.path), { headers: { 'Content-Type': ORIGINAL_CONTENT_TYPES[kind] } }),
  };
}
