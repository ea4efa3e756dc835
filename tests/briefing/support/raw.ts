/** The real issues of the archive's first content, as text. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_FOLDER = join(import.meta.dirname, '../../../content');

export const CORPUS_FILES = readdirSync(CORPUS_FOLDER)
  .filter((name) => name.endsWith('.txt'))
  .sort();

export function corpusText(name: string): string {
  return readFileSync(join(CORPUS_FOLDER, name), 'utf-8');
}
