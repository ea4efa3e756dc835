/**
 * Parser throughput: MB/s and issues/s over the corpus repeated to about
 * 10 MB, and linearity (time per MB for one issue whose body is made 1×,
 * 4× and 16× longer). Prints medians and writes them into BENCHMARKS.md.
 *
 *   npm run bench:parser [-- --runs 7]
 */
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseBriefing } from '../src/lib/briefing/index.ts';
import { listIssueFiles } from '../src/lib/content-folder.ts';

const ROOT = join(import.meta.dirname, '..');
const TARGET_BYTES = 10 * 1024 * 1024;
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;

const corpus = listIssueFiles(join(ROOT, 'content')).map((file) => readFileSync(file));
const files: Buffer[] = [];
for (let total = 0; total < TARGET_BYTES; ) {
  const next = corpus[files.length % corpus.length]!;
  files.push(next);
  total += next.length;
}
const totalBytes = files.reduce((sum, bytes) => sum + bytes.length, 0);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

function parseAll(): void {
  for (const [index, bytes] of files.entries()) {
    if (parseBriefing(bytes, `${index}.txt`).issue === undefined) throw new Error('a corpus file failed to parse');
  }
}

parseAll(); // warm up the JIT
const corpusMs = median(Array.from({ length: runs }, () => time(parseAll)));
const megabytesPerSecond = totalBytes / 1024 / 1024 / (corpusMs / 1000);
const issuesPerSecond = files.length / (corpusMs / 1000);

/** One issue whose body paragraphs are repeated `factor` times, for the linearity check. */
function longIssue(factor: number): Buffer {
  const text = readFileSync(join(ROOT, 'content/2178.txt'), 'utf-8');
  const bodyStart = text.indexOf('一、');
  const bodyEnd = text.indexOf('三、');
  const middle = text.slice(bodyStart, bodyEnd);
  return Buffer.from(text.slice(0, bodyStart) + middle.repeat(factor) + text.slice(bodyEnd));
}

const scaling = [64, 256, 1024].map((factor) => {
  const bytes = longIssue(factor);
  parseBriefing(bytes, 'long.txt');
  const ms = median(Array.from({ length: runs }, () => time(() => parseBriefing(bytes, 'long.txt'))));
  return { factor, megabytes: bytes.length / 1024 / 1024, ms, msPerMegabyte: ms / (bytes.length / 1024 / 1024) };
});
const linearity = scaling[scaling.length - 1]!.msPerMegabyte / scaling[0]!.msPerMegabyte;

const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}`;
const commit = (() => {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf-8' }).trim();
  } catch {
    return 'unknown';
  }
})();

const report = [
  '<!-- parser:start -->',
  '## Parser throughput',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} at commit ${commit} on ${machine}; median of ${runs} runs. Reproduce with \`npm run bench:parser\`.`,
  '',
  '| input | size | median time | throughput |',
  '|---|---|---|---|',
  `| the ${corpus.length} corpus issues repeated (${files.length} files) | ${(totalBytes / 1024 / 1024).toFixed(1)} MB | ${corpusMs.toFixed(0)} ms | **${megabytesPerSecond.toFixed(1)} MB/s**, ${issuesPerSecond.toFixed(0)} issues/s |`,
  ...scaling.map(
    (row) => `| one issue, body ×${row.factor} | ${row.megabytes.toFixed(2)} MB | ${row.ms.toFixed(0)} ms | ${(1000 / row.msPerMegabyte).toFixed(1)} MB/s |`,
  ),
  '',
  `Linearity: time per MB of the longest single issue ÷ that of the shortest = **${linearity.toFixed(2)}** (1.00 is perfectly linear).`,
  `Budget (scale issue): parser ≥ 50 MB/s — ${megabytesPerSecond >= 50 ? 'PASS' : 'FAIL'}.`,
  '<!-- parser:end -->',
].join('\n');

console.log(report);

const path = join(ROOT, 'BENCHMARKS.md');
const previous = existsSync(path) ? readFileSync(path, 'utf-8') : '# Benchmarks\n\nFigures are medians measured on the machine named with each table; these machines are noisy, so compare ratios rather than single runs.\n';
const section = /<!-- parser:start -->[\s\S]*<!-- parser:end -->/;
writeFileSync(path, section.test(previous) ? previous.replace(section, report) : `${previous.trimEnd()}\n\n${report}\n`);
