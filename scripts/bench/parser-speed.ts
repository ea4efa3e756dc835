/**
 * The parser alone on one archive: every file parsed in memory (no disk, no
 * Astro), median of 5 runs after one warm-up run for the JIT.
 */
import { parseBriefing } from '../../src/lib/briefing/index.ts';
import type { ArchiveFile } from './archive.ts';

export interface ParserSpeed {
  megabytes: number;
  medianSeconds: number;
  megabytesPerSecond: number;
  issuesPerSecond: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function parserSpeed(files: readonly ArchiveFile[], runs = 5): ParserSpeed {
  const parseAll = () => {
    const started = performance.now();
    for (const { path, bytes } of files) {
      if (parseBriefing(bytes, path).issue === undefined) throw new Error(`${path} does not parse`);
    }
    return (performance.now() - started) / 1000;
  };
  parseAll();
  const medianSeconds = median(Array.from({ length: runs }, parseAll));
  const megabytes = files.reduce((sum, file) => sum + file.bytes.length, 0) / 1024 / 1024;
  return { megabytes, medianSeconds, megabytesPerSecond: megabytes / medianSeconds, issuesPerSecond: files.length / medianSeconds };
}
