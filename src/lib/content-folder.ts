/**
 * The archive folder: `content/` unless `BRIEFING_CONTENT` names another
 * (a second archive, a test or benchmark archive). Every non-hidden file in
 * it, at any depth, is an issue, whatever its name (site.md §3), but for
 * the originals `briefing import` keeps beside the text: `.pdf` and `.docx`
 * files, published as they are (src/lib/site/originals.ts).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const DEFAULT_CONTENT_FOLDER = 'content';

export function contentFolder(environment: NodeJS.ProcessEnv = process.env, root = process.cwd()): string {
  return resolve(root, environment.BRIEFING_CONTENT || DEFAULT_CONTENT_FOLDER);
}

/** The extensions of originals: files of the archive folder that are not issue texts. */
export const ORIGINAL_EXTENSIONS = ['.pdf', '.docx'] as const;

const isOriginal = (path: string) => ORIGINAL_EXTENSIONS.some((extension) => path.toLowerCase().endsWith(extension));

/** Paths of the issue files under `folder`, in a stable order. */
export function listIssueFiles(folder: string): string[] {
  return listFiles(folder).filter((path) => !isOriginal(path));
}

/** Paths of every non-hidden file under `folder`, at any depth, in a stable order. */
export function listFiles(folder: string): string[] {
  const files: string[] = [];
  const visit = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(directory, entry.name);
      // A link counts as what it points at; a dangling one is left out.
      const kind = entry.isSymbolicLink() ? statSync(path, { throwIfNoEntry: false }) : entry;
      if (kind?.isDirectory()) visit(path);
      else if (kind?.isFile()) files.push(path);
    }
  };
  visit(folder);
  return files.sort();
}

/** A path as an editor would type it: relative to the working folder when inside it. */
export function displayPath(path: string, root = process.cwd()): string {
  const shown = relative(root, path);
  return shown.startsWith('..') || shown === '' ? path : shown;
}
