/**
 * Builds the search index at the end of `astro build`.
 *
 * Why the Pagefind Node API and not the CLI over dist/: search results are
 * ARTICLES (`/issues/2178/#a3`), each with its issue's header and footer
 * text (责编, 核稿, 报/送/发), and the CLI indexes whole pages and skips text
 * in <nav> and <footer>. Custom records give one record per article with
 * exactly the text, meta, filters and sort key we choose. Running in the
 * `astro:build:done` hook keeps it inside `astro build`, so every way of
 * building makes the index, and an error thrown here fails the build.
 *
 * The records come from dist/archive.json, the archive the build has just
 * written from the content collection, so the index and the pages can never
 * disagree and nothing is parsed twice.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import * as pagefind from 'pagefind';
import { issueSchema } from '../lib/briefing/index.ts';
import { indexedText } from '../lib/search/bigrams.ts';
import { searchRecords, type SearchRecord } from '../lib/site/search-records.ts';
import { urls } from '../lib/site/urls.ts';

const BATCH = 200;

/**
 * The record as Pagefind holds it: its text as character bigrams, so every
 * substring can be found exactly (src/lib/search/bigrams.ts), indexed as
 * `en`, whose stemmer leaves two-character tokens alone and which needs no
 * Chinese word segmentation (the costliest step of Pagefind's indexing).
 */
function indexRecord(record: SearchRecord) {
  return { ...record, content: indexedText(record.content), language: 'en' };
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'briefing-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const archive = z.array(issueSchema).parse(JSON.parse(await readFile(new URL(urls.archiveJson.slice(1), dir), 'utf8')));
        const fail = (step: string, errors: readonly string[]) => {
          throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
        };
        // If Pagefind's service process dies (it panics on some I/O errors), its
        // promises never settle and Node would exit quietly with status 0: make
        // that a failed build.
        let finished = false;
        const stalled = () => {
          if (finished) return;
          logger.error('Pagefind stopped before the search index was written (see its message above)');
          process.exitCode = 1;
        };
        process.once('beforeExit', stalled);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (index === undefined || errors.length > 0) return fail('start', errors);
          // Records go to Pagefind's service in batches (not one round trip each), made as they are sent.
          let count = 0;
          let batch: SearchRecord[] = [];
          const flush = async () => {
            const added = await Promise.all(batch.map((record) => index.addCustomRecord(indexRecord(record))));
            added.forEach(({ errors: recordErrors }, offset) => {
              if (recordErrors.length > 0) fail(`index ${batch[offset]!.url}`, recordErrors);
            });
            count += batch.length;
            batch = [];
          };
          for (const issue of archive) {
            batch.push(...searchRecords(issue));
            if (batch.length >= BATCH) await flush();
          }
          await flush();
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          if (written.errors.length > 0) fail('write the index', written.errors);
          logger.info(`indexed ${count} articles of ${archive.length} issues`);
        } finally {
          finished = true;
          process.off('beforeExit', stalled);
          await pagefind.close();
        }
      },
    },
  };
}
