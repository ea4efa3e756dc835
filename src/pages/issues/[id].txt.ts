/** /issues/{总期号}.txt: the file exactly as the editor saved it, byte for byte. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadEntries } from '../../lib/site/collection.ts';
import { textContentType } from '../../lib/site/raw.ts';

export const getStaticPaths = (async () =>
  (await loadEntries()).map(({ issue, filePath }) => ({
    // The file name comes from the validated 总期号 only.
    params: { id: String(issue.totalIssue) },
    props: { filePath: filePath! },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ filePath: string }> = async ({ props }) => {
  const bytes = await readFile(path.resolve(process.cwd(), props.filePath));
  return new Response(bytes, { headers: { 'Content-Type': textContentType(bytes) } });
};
