/**
 * The parser alone on one archive: every file parsed in memory (no disk, no
 * Astro): the median of the runs of at least 3 s (7 runs or more), after
 * warming up the JIT for at least 2 s. A small archive parses in tens of
 * milliseconds: its first runs measure the JIT (30 MB/s at 200 issues after
 * 3 runs, where 500 give 68), and a few runs fit in a moment when another
 * machine on the host takes the CPU (42 MB/s at 500 issues in a benchmark
 * run, 65–76 alone just after).
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
import { median } from './median.ts';

export interface ParserSpeed {
  megabytes: number;
  medianSeconds: number;
  megabytesPerSecond: number;
  issuesPerSecond: number;
}

const WARM_UP_SECONDS = 2;
const WARM_UP_RUNS = 3;
const MEASURED_SECONDS = 3;
const MEASURED_RUNS = 7;

/** Runs `run` (which returns its own time in seconds) at least `runs` times and for at least `seconds`; the times. */
function timesOf(run: () => number, runs: number, seconds: number): number[] {
  const times: number[] = [];
  let spent = 0;
  while (times.length < runs || spent < seconds) {
    times.push(run());
    spent += times.at(-1)!;
  }
  return times;
}


function parserSpeed(files: readonly ArchiveFile[]): ParserSpeed {
  const parseAll = () => {
    const started = performance.now();
    for (const { path, bytes } of files) {
      if (parseBriefing(bytes, path).issue === undefined) throw new Error(`${path} does not parse`);
    }
    return (performance.now() - started) / 1000;
  };
  timesOf(parseAll, WARM_UP_RUNS, WARM_UP_SECONDS);
  const medianSeconds = median(timesOf(parseAll, MEASURED_RUNS, MEASURED_SECONDS));
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
