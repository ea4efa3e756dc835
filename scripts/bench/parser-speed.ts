/**
 * The parser alone on one archive: every file parsed in memory (no disk, no
 * Astro), median of 7 runs after warming up the JIT for at least 2 s (a
 * small archive parses in tens of milliseconds, and its first runs measure
 * the JIT: 30 MB/s at 200 issues after 3 runs, where 500 give 68).
 *
 * It runs in a process of its own (`parserSpeedOf` starts this file), so
 * that what the benchmark holds in memory by then (the parsed archive, the
 * browser's connection) does not slow the parser's garbage collection: in
 * the benchmark's own process the same code measured 48 MB/s on 500 issues,
 * alone 68 MB/s.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseBriefing } from '../../src/lib/briefing/index.ts';
import { readArchive, type ArchiveFile } from './archive.ts';

export interface ParserSpeed {
  megabytes: number;
  medianSeconds: number;
  megabytesPerSecond: number;
  issuesPerSecond: number;
}

const WARM_UP_SECONDS = 2;
const WARM_UP_RUNS = 3;
const RUNS = 7;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function parserSpeed(files: readonly ArchiveFile[]): ParserSpeed {
  const parseAll = () => {
    const started = performance.now();
    for (const { path, bytes } of files) {
      if (parseBriefing(bytes, path).issue === undefined) throw new Error(`${path} does not parse`);
    }
    return (performance.now() - started) / 1000;
  };
  let warming = 0;
  for (let run = 0; run < WARM_UP_RUNS || warming < WARM_UP_SECONDS; run += 1) warming += parseAll();
  const medianSeconds = median(Array.from({ length: RUNS }, parseAll));
  const megabytes = files.reduce((sum, file) => sum + file.bytes.length, 0) / 1024 / 1024;
  return { megabytes, medianSeconds, megabytesPerSecond: megabytes / medianSeconds, issuesPerSecond: files.length / medianSeconds };
}

/** The parser's speed on the archive in `folder`, measured in a fresh process. */
export function parserSpeedOf(folder: string): ParserSpeed {
  const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), folder], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(output) as ParserSpeed;
}

if (import.meta.main) {
  const folder = process.argv[2];
  if (folder === undefined) throw new Error('usage: node scripts/bench/parser-speed.ts ARCHIVE_FOLDER');
  process.stdout.write(JSON.stringify(parserSpeed(readArchive(folder))));
}
