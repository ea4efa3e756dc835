/**
 * One shard of the search index, built in a worker thread (see
 * src/lib/search/shards.ts for why there are shards). Each worker loads its
 * own copy of Pagefind's Node API, and so starts its own indexer process:
 * the API keeps one indexer per loaded module, and an indexer handles its
 * requests one at a time.
 *
 * The worker answers with the number of records it indexed, or throws; a
 * worker that ends without answering (Pagefind's process died, leaving its
 * promises unsettled) is a failure too, which the caller reports.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { Issue } from '../lib/briefing/index.ts';
import { indexedText } from '../lib/search/bigrams.ts';
import { searchRecords, type SearchRecord } from '../lib/site/search-records.ts';

export interface ShardJob {
  issues: Issue[];
  /** Folder the shard's files go to. */
  outputPath: string;
}

/** Records go to Pagefind's process in batches, not one round trip each. */
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

async function indexShard({ issues, outputPath }: ShardJob): Promise<number> {
  const fail = (step: string, errors: readonly string[]): never => {
    throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
  };
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (index === undefined || errors.length > 0) return fail('start', errors);
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
    for (const issue of issues) {
      batch.push(...searchRecords(issue));
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) fail('write the index', written.errors);
    return count;
  } finally {
    await pagefind.close();
  }
}

parentPort?.postMessage(await indexShard(workerData as ShardJob));
