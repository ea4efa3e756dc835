/** /desk/numbering.json: what the editor's desk checks a new issue against (src/lib/desk/numbering.ts). */
import path from 'node:path';
import type { APIRoute } from 'astro';
import { contentFolder } from '../../lib/content-folder.ts';
import { issueFileName, numberingIndex } from '../../lib/desk/numbering.ts';
import { loadEntries } from '../../lib/site/collection.ts';
import { jsonResponse } from '../../lib/site/responses.ts';

export const GET: APIRoute = async () => {
  const folder = contentFolder();
  const published = (await loadEntries()).map(({ issue, filePath }) => ({
    file: filePath === undefined ? issueFileName(issue.totalIssue) : path.relative(folder, path.resolve(filePath)).split(path.sep).join('/'),
    issue,
  }));
  return jsonResponse(numberingIndex(published), 0);
};
