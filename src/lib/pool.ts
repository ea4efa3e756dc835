/**
 * Work on many files, a few at a time. A build touches one file per issue
 * and more; started all at once, their opens pass the open-file limit
 * (256 by default on macOS) and the build fails with EMFILE, so every step
 * that reads or writes per issue goes through here.
 */

/** Files a step holds open at once: enough to keep the disk busy, far under any limit. */
export const OPEN_FILES = 32;

/** `work` for every item, at most `limit` at a time; the results in the items' order. */
export async function mapLimited<T, R>(items: readonly T[], work: (item: T, index: number) => Promise<R>, limit = OPEN_FILES): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    for (let index = next++; index < items.length; index = next++) results[index] = await work(items[index]!, index);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
