/**
 * Every text file of the built site beside a gzip and a brotli copy of
 * itself (`page.html.gz`, `page.html.br`), for a web server that sends a
 * file's compressed copy as it is (nginx's `gzip_static` and `brotli_static`,
 * deploy/nginx.conf) instead of compressing it again for every request.
 * Pagefind's index files are compressed by Pagefind already and are left
 * alone. It runs after every other integration has written its files.
 *
 * `BRIEFING_PRECOMPRESS=0` leaves the copies out, for a host that
 * compresses by itself or counts files (README: deployment).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { mapLimited } from '../lib/pool.ts';

/** What is sent as text: pages, styles, scripts, data, feeds, the sitemap, the raw issues, the search's own lists. */
export const COMPRESSED_TYPES = /\.(html|css|js|mjs|json|xml|txt|svg)$/;

const gzipped = promisify(gzip);
const brotlied = promisify(brotliCompress);

/**
 * The compressed copies of one file, at the levels a server would choose
 * for itself: zlib's default for gzip, and brotli's quality 6, which over
 * tens of thousands of pages costs a small part of what its top qualities
 * do for a few percent more (BENCHMARKS.md: precompression).
 */
async function precompressFile(path: string): Promise<void> {
  const bytes = await readFile(path);
  await writeFile(`${path}.gz`, await gzipped(bytes));
  await writeFile(`${path}.br`, await brotlied(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
}

/** Every file of `folder` that is sent as text, at any depth. */
export async function textFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && COMPRESSED_TYPES.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
}

export async function precompress(folder: string): Promise<number> {
  const files = await textFiles(folder);
  await mapLimited(files, precompressFile);
  return files.length;
}

export default function precompressIntegration(): AstroIntegration {
  return {
    name: 'briefing-precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.BRIEFING_PRECOMPRESS === '0') return;
        const count = await precompress(fileURLToPath(dir));
        logger.info(`wrote gzip and brotli copies of ${count} files`);
      },
    },
  };
}
