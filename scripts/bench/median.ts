/**
 * Medians: these machines share their CPU with others, and one run of a
 * build can take half again as long as the next (BENCHMARKS.md).
 */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A run picked as the median of several, with every run's figure beside it. */
export type MedianRun<T> = T & {
  /** The figure the median was taken by, of every run, smallest first. */
  spread: number[];
};

/**
 * `measure` run `runs` times, one after the other, and the run whose `by`
 * is the median (the lower middle of an even count). A whole run is kept,
 * so that its figures (time, memory, phases) belong together.
 */
export async function medianRun<T>(runs: number, measure: () => Promise<T>, by: (run: T) => number): Promise<MedianRun<T>> {
  const all: T[] = [];
  for (let run = 0; run < runs; run += 1) all.push(await measure());
  const sorted = all.sort((a, b) => by(a) - by(b));
  return { ...sorted[Math.floor((sorted.length - 1) / 2)]!, spread: sorted.map(by) };
}
