/**
 * Converts inputs on `jobs` worker threads, each holding one file at a time:
 * memory grows with `jobs`, not with the batch. Results come back in the
 * order they finish; `onResult` sees each as it comes.
 */
import { Worker } from 'node:worker_threads';
import type { Conversion } from './convert.ts';

export interface Input {
  path: string;
  /** What the problems call the text (its name in the review folder). */
  name: string;
}

export async function convertAll(inputs: readonly Input[], jobs: number, onResult: (conversion: Conversion) => void): Promise<Conversion[]> {
  const results: Conversion[] = new Array(inputs.length);
  let next = 0;
  const lane = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= inputs.length) {
          resolve();
          return;
        }
        const id = next++;
        worker.postMessage({ id, ...inputs[id]! });
      };
      worker.on('message', ({ id, conversion }: { id: number; conversion: Conversion }) => {
        results[id] = conversion;
        onResult(conversion);
        send();
      });
      worker.on('error', reject);
      send();
    });
  const workers = Array.from({ length: Math.max(1, Math.min(jobs, inputs.length)) }, () => new Worker(new URL('./worker.ts', import.meta.url)));
  try {
    await Promise.all(workers.map(lane));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
