/** A worker thread of the import pool: converts the inputs it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { convert } from './convert.ts';

parentPort!.on('message', async ({ id, path, name }: { id: number; path: string; name: string }) => {
  try {
    parentPort!.postMessage({ id, conversion: await convert(path, name) });
  } catch (error) {
    // The importer reports bad input as data; reaching here is a bug, still named by its file.
    parentPort!.postMessage({ id, conversion: { status: 'failed', path, message: `internal error: ${error instanceof Error ? error.message : String(error)}` } });
  }
});
