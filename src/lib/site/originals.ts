/**
 * An issue's original, when the archive keeps one: `{总期号}.pdf` or
 * `{总期号}.docx` at the top of the archive folder, beside the text
 * (`briefing import` puts it there). Published byte for byte at
 * /issues/{总期号}.pdf or .docx; the front matter's `pdf:` link stays for an
 * original kept elsewhere.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { contentFolder } from '../content-folder.ts';
import type { OriginalKind } from './issue-links.ts';

export interface Original {
  kind: OriginalKind;
  /** Absolute path in the archive folder. */
  path: string;
}

export function findOriginal(totalIssue: number, folder: string = contentFolder()): Original | undefined {
  for (const kind of ['pdf', 'docx'] as const) {
    const path = join(folder, `${totalIssue}.${kind}`);
    if (statSync(path, { throwIfNoEntry: false })?.isFile()) return { kind, path };
  }
  return undefined;
}
