/**
 * /issues/{总期号}.txt: the file exactly as the editor saved it, byte for
 * byte. Served from here by `astro dev`; `astro build` writes these files
 * itself (src/integrations/issue-files.ts), so this route lists no paths
 * there.
 */
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { root } from 'astro:config/server';
import { loadEntries } from '../../lib/site/collection.ts';
import { textContentType } from '../../lib/site/raw.ts';

export const getStaticPaths = (async () =>
  import.meta.env.DEV
    ? (await loadEntries()).map(({ issue, filePath }) => ({
        // The file name comes from the validated 总期号 only.
        params: { id: String(issue.totalIssue) },
        props: { filePath: filePath! },
      }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ filePath: string }> = async ({ props }) => {
  // The loader stores the path relative to the project root, wherever the build was started from.
  const bytes = await readFile(new URL(props.filePath, root));
  return new Response(bytes, { headers: { 'Content-Type': textContentType(bytes) } });
};
