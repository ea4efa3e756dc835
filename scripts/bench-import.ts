/**
 * `npm run bench:import`: importing a folder of generated PDFs with
 * `briefing import`, as an editor would (bin/briefing.js in its own
 * process, worker threads as many as cores): issues per second, pages per
 * second and the peak memory of the whole process tree, median of several
 * runs, against the budget (≥ 10 issues/s, ≤ 1 GB). Beside it, the peer:
 * poppler's pdftotext on the same files, as many at once (text only, no
 * layout, no parsing), when it is installed. Written into BENCHMARKS.md
 * between `<!-- import:start -->` and `<!-- import:end -->`.
 *
 *   npm run bench:import [-- --count 500] [--runs 3] [--producer chromium] [--no-write]
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { median } from './bench/median.ts';
import { runMeasured, type MeasuredRun } from './bench/process-tree.ts';
import { fixturesOf, type Producer } from './import-fixtures/index.ts';
import { generatedIssues } from './import-fixtures/generated.ts';

const ROOT = join(import.meta.dirname, '..');
const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1]!;
};
const count = Number(option('count', '500'));
const runs = Number(option('runs', '3'));
const producer = option('producer', 'chromium') as Producer;
const jobs = availableParallelism();
const BUDGET = { issuesPerSecond: 10, peakBytes: 1024 ** 3 };

const started = performance.now();
const issues = generatedIssues(count, 'bench-import');
const pdfs = await fixturesOf(issues, producer);
const fixtureSeconds = (performance.now() - started) / 1000;
console.log(`${count} ${producer} PDFs ready in ${fixtureSeconds.toFixed(1)} s (cached under node_modules/.cache/ after the first run)`);

const work = mkdtempSync(join(tmpdir(), 'briefing-bench-import-'));
const inputs = join(work, 'inputs');
mkdirSync(inputs);
let pages = 0;
for (const [index, pdf] of pdfs.entries()) {
  writeFileSync(join(inputs, `${issues[index]!.totalIssue}.pdf`), pdf);
  pages += (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
}

const load = loadavg()[0]!.toFixed(1);
const importRuns: MeasuredRun[] = [];
const peerRuns: MeasuredRun[] = [];
const hasPeer = (() => {
  try {
    execSync('command -v pdftotext', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
try {
  for (let run = 0; run < runs; run += 1) {
    rmSync(join(work, 'archive'), { recursive: true, force: true });
    rmSync(join(work, 'review'), { recursive: true, force: true });
    const measured = await runMeasured(process.execPath, [join(ROOT, 'bin/briefing.js'), 'import', inputs, '--out', join(work, 'archive'), '--review', join(work, 'review'), '--jobs', String(jobs)], { cwd: work, env: process.env });
    const summary = measured.output.trim().split('\n').at(-1)!;
    if (!summary.startsWith(`导入 ${count} 期`)) throw new Error(`the import did not take every issue:\n${measured.output.split('\n').filter((line) => !line.startsWith('OK') && !line.startsWith('  略去')).join('\n')}`);
    importRuns.push(measured);
    console.log(`import run ${run + 1}: ${measured.seconds.toFixed(1)} s, peak ${(measured.peakBytes / 1024 ** 2).toFixed(0)} MB`);
    if (hasPeer) {
      mkdirSync(join(work, 'peer'), { recursive: true });
      const peer = await runMeasured('sh', ['-c', `ls "${inputs}"/*.pdf | xargs -P ${jobs} -I{} sh -c 'pdftotext -layout "{}" "${join(work, 'peer')}/$(basename "{}" .pdf).txt"'`], { cwd: work, env: process.env });
      peerRuns.push(peer);
      console.log(`pdftotext run ${run + 1}: ${peer.seconds.toFixed(1)} s, peak ${(peer.peakBytes / 1024 ** 2).toFixed(0)} MB`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const seconds = median(importRuns.map((run) => run.seconds));
const peak = median(importRuns.map((run) => run.peakBytes));
const cpuSeconds = median(importRuns.map((run) => run.cpuSeconds));
const issuesPerSecond = count / seconds;
const pagesPerSecond = pages / seconds;
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const machine = `${jobs} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}`;
const commit = execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf-8' }).trim();
const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const rows = [
  `| \`briefing import\` (--jobs ${jobs}) | ${seconds.toFixed(1)} s | **${issuesPerSecond.toFixed(1)}** | **${pagesPerSecond.toFixed(1)}** | ${cpuSeconds.toFixed(1)} s | **${mb(peak)}** |`,
];
if (peerRuns.length > 0) {
  const peerSeconds = median(peerRuns.map((run) => run.seconds));
  rows.push(
    `| peer: poppler \`pdftotext -layout\`, ${jobs} at once (text only) | ${peerSeconds.toFixed(1)} s | ${(count / peerSeconds).toFixed(1)} | ${(pages / peerSeconds).toFixed(1)} | ${median(peerRuns.map((run) => run.cpuSeconds)).toFixed(1)} s | ${mb(median(peerRuns.map((run) => run.peakBytes)))} |`,
    '',
    `Import time ÷ peer time: **${(seconds / peerSeconds).toFixed(2)}×** (the import also lays out, parses, checks and writes each issue and its original).`,
  );
}
const report = [
  '<!-- import:start -->',
  '## Import (`briefing import`)',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} at commit ${commit} on ${machine}; median of ${runs} runs; load average ${load} when it started (the machine is shared with other engineers' builds and tests, so times are noisy: the CPU seconds move less). Reproduce with \`npm run bench:import\`.`,
  '',
  `Input: ${count} issues from \`generate-archive\` laid out like the paper briefing and printed by ${producer === 'chromium' ? "Chromium's printer (embedded Noto CJK subsets, look-alike radicals in the text layer)" : producer}, ${pages} pages in all. Making them took ${fixtureSeconds.toFixed(0)} s (this run; cached after the first).`,
  '',
  '| command | wall time | issues/s | pages/s | CPU (tree) | peak memory (tree) |',
  '|---|---|---|---|---|---|',
  ...rows,
  '',
  `Budget: ≥ ${BUDGET.issuesPerSecond} issues/s — ${pass(issuesPerSecond >= BUDGET.issuesPerSecond)}; peak ≤ 1 GB — ${pass(peak <= BUDGET.peakBytes)}.`,
  '<!-- import:end -->',
].join('\n');

if (!process.argv.includes('--no-write')) {
  const path = join(ROOT, 'BENCHMARKS.md');
  const previous = existsSync(path) ? readFileSync(path, 'utf-8') : '# Benchmarks\n';
  const section = /<!-- import:start -->[\s\S]*<!-- import:end -->/;
  writeFileSync(path, section.test(previous) ? previous.replace(section, report) : `${previous.trimEnd()}\n\n${report}\n`);
}
console.log(report);
