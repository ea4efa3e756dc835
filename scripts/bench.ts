/**
 * The scale benchmark (site.md §6): for each archive size N, on one machine
 * in one run, how fast the parser is, what a full build, a rebuild with
 * nothing changed and a rebuild with one issue added cost (time and the
 * peak memory of the whole process tree), how soon `astro dev` shows a new
 * issue, how big the search index is, what a reader downloads for the
 * issue page and for a first and second search, how well Chinese search
 * finds what is there, and what the peer stack (Hugo + Pagefind's CLI)
 * costs on the same archive. Prints the tables with the budgets' PASS/FAIL,
 * writes them into BENCHMARKS.md (the scale section only) and draws
 * benchmarks/scale.svg.
 *
 *   npm run bench -- --sizes 500,2000,5000
 *   npm run bench -- --quick          N=200, every step (Hugo's only if hugo is installed); prints only, unless --write
 *   … --keep                          keep the work folders (printed) for inspection
 *   … --section NAME                  write into a section of BENCHMARKS.md of its own (e.g. the 20,000-issue run)
 *   … --skip-peer                     leave out Hugo + Pagefind
 *   … --lean                          only the full build, the output and the first searches (e.g. at 20,000 issues)
 *
 * A budget that fails is reported, not fatal: the exit status is non-zero
 * only when a step crashed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { searchRecords } from '../src/lib/site/search-records.ts';
import { launchBrowser } from '../tests/browser/support/browser.ts';
import { startStaticServer } from '../tests/browser/support/server.ts';
import { generate, nextIssue, parseArchive, readArchive } from './bench/archive.ts';
import { astroBuild, buildWorkingFolder, devLatency, folderStats, phasesOf, ROOT, type Archive } from './bench/astro.ts';
import { scaleChart } from './bench/chart.ts';
import { buildHugoSite, HUGO, hugoInstalled, writeHugoSite } from './bench/hugo.ts';
import { indexAlone } from './bench/index-alone.ts';
import { parserSpeedOf } from './bench/parser-speed.ts';
import { medianRun } from './bench/median.ts';
import { measureQuality, pagefindSearcher, siteSearcher, type Document } from './bench/quality.ts';
import { BENCH_QUERIES, TRANSFER_QUERIES } from './bench/queries.ts';
import { budgets, chartPanels, renderBudgets, renderSection, renderTables, type SizeResult } from './bench/report.ts';
import { pageWeight, searchSession } from './bench/transfer.ts';

const QUICK_SIZE = 200;
/** Search quality is measured from this size up (and at the quick size): smaller archives say little about it. */
const QUALITY_FROM = 2000;

const { values: options } = parseArgs({
  args: process.argv.slice(2),
  options: {
    sizes: { type: 'string', default: '500,2000,5000' },
    quick: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    // Each size's full build, peer build and astro dev measurement, as the median of this many runs.
    runs: { type: 'string', default: '3' },
    // A quick run (CI) only prints, so it never replaces a full run's figures; --write makes it write too.
    write: { type: 'boolean' },
    // Write into a section of BENCHMARKS.md of its own (`<!-- scale-NAME:start -->`, benchmarks/scale-NAME.svg), leaving the main scale section as it is.
    section: { type: 'string' },
    // Leave out the peer stack (Hugo + Pagefind), e.g. at a size where its three builds would take longer than the rest.
    'skip-peer': { type: 'boolean', default: false },
    // Only what a size's scale row needs: the full build (time, peak memory, output), the search index and first searches.
    lean: { type: 'boolean', default: false },
  },
  strict: true,
});
const sizes = options.quick ? [QUICK_SIZE] : options.sizes.split(',').map((size) => Number(size.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error('bench: --sizes takes whole numbers separated by commas, e.g. --sizes 500,2000,5000');
  process.exit(2);
}
sizes.sort((a, b) => a - b);
const measureQualityAt = (issues: number) => options.quick || issues >= QUALITY_FROM;
/** A quick run measures once: it checks that the benchmark works, not the figures. */
const runs = options.quick ? 1 : Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('bench: --runs takes a whole number, e.g. --runs 3');
  process.exit(2);
}
const runHugo = !options['skip-peer'] && (hugoInstalled() || !options.quick);

const runStarted = performance.now();
const log = (message: string) => console.error(`[bench ${((performance.now() - runStarted) / 1000).toFixed(0).padStart(4)} s] ${message}`);

/** Runs one step; a crash is recorded against the size and the run goes on with the next step. */
async function step<T>(result: SizeResult, name: string, work: () => Promise<T> | T): Promise<T | undefined> {
  log(`N=${result.issues}: ${name}…`);
  try {
    return await work();
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log(`N=${result.issues}: ${name} CRASHED: ${message}`);
    result.crashed.push({ step: name, message: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}

/** The issue pages of the built site whose HTML is of median size and largest. */
function issuePagePaths(outDir: string): { median: string; largest: string } {
  const pages = readdirSync(join(outDir, 'issues'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(outDir, 'issues', entry.name, 'index.html')))
    .map((entry) => ({ path: `/issues/${entry.name}/`, size: statSync(join(outDir, 'issues', entry.name, 'index.html')).size }))
    .sort((a, b) => a.size - b.size);
  return { median: pages[Math.floor(pages.length / 2)]!.path, largest: pages.at(-1)!.path };
}

async function measureSize(issues: number, work: string, browser: () => Promise<Browser>): Promise<SizeResult> {
  const result: SizeResult = { issues, megabytes: 0, crashed: [] };
  const folder = join(work, `n${issues}`);
  const archive: Archive = { folder: join(folder, 'archive'), cacheDir: join(folder, 'astro-cache') };
  const outDir = join(folder, 'dist');
  const cwd = buildWorkingFolder(work, archive.folder);
  if (cwd === ROOT) log(`N=${issues}: building from the project folder (its .astro/ is shared with any other build running now)`);

  const generated = await step(result, `generate the archive (seed 1)`, () => generate(issues, archive.folder));
  if (generated === undefined) return result;
  result.megabytes = generated.bytes / 1024 / 1024;
  const files = readArchive(archive.folder);
  const parsed = await step(result, 'read the archive back through the parser', () => parseArchive(files));
  if (parsed === undefined) return result;
  const newest = parsed.reduce((best, issue, index) => (issue.totalIssue > parsed[best]!.totalIssue ? index : best), 0);
  const last = { issue: parsed[newest]!, text: files[newest]!.bytes.toString('utf8') };

  const lean = options.lean;
  if (!lean) result.parser = await step(result, 'parser alone (its own process, warmed up, median of the runs of 3 s)', () => parserSpeedOf(archive.folder));

  result.full = await step(result, `full build (fresh cache and output), median of ${runs}`, () =>
    medianRun(
      runs,
      async () => {
        rmSync(archive.cacheDir, { recursive: true, force: true });
        rmSync(outDir, { recursive: true, force: true });
        const run = await astroBuild(archive, outDir, cwd);
        log(`N=${issues}: a full build took ${run.seconds.toFixed(1)} s`);
        return { ...run, pages: folderStats(outDir, '.html').files, phases: phasesOf(run) };
      },
      (run) => run.seconds,
    ),
  );
  if (result.full === undefined) return result;
  log(`N=${issues}: full build ${result.full.seconds.toFixed(1)} s, peak ${(result.full.peakBytes / 1024 ** 2).toFixed(0)} MB`);
  if (!lean) result.indexAlone = await step(result, `search indexing alone (fresh cache), median of ${runs}`, () =>
    medianRun(runs, () => indexAlone(archive.folder, join(folder, 'index-alone')), (run) => run.seconds),
  );
  if (!lean) result.unchanged = await step(result, 'rebuild with nothing changed', () => astroBuild(archive, outDir, cwd));
  result.index = folderStats(join(outDir, 'pagefind'));
  const whole = folderStats(outDir);
  const copies = [folderStats(outDir, '.gz'), folderStats(outDir, '.br')];
  result.output = { ...whole, copies: copies[0]!.files + copies[1]!.files, copyBytes: copies[0]!.bytes + copies[1]!.bytes };

  // What a reader downloads, and search quality, on the site as built from the archive (before an issue is added).
  await step(result, 'transfer sizes and search quality in Chromium', async () => {
    const server = await startStaticServer(outDir);
    try {
      const chromium = await browser();
      const pages = issuePagePaths(outDir);
      result.issuePages = { median: await pageWeight(chromium, server.url, pages.median), largest: await pageWeight(chromium, server.url, pages.largest) };
      // Each query once as a reader's first search on a fresh page, and once as the search after another.
      result.sessions = [];
      for (const [index, first] of TRANSFER_QUERIES.entries()) {
        result.sessions.push(await searchSession(chromium, server.url, first, TRANSFER_QUERIES[(index + 1) % TRANSFER_QUERIES.length]!));
      }
      if (measureQualityAt(issues) && !lean) {
        log(`N=${issues}: search quality, ${BENCH_QUERIES.length} queries…`);
        const documents: Document[] = parsed.flatMap((issue) => searchRecords(issue)).map((record) => ({ url: record.url, text: record.content }));
        const searcher = await siteSearcher(chromium, server.url);
        try {
          result.quality = await measureQuality(BENCH_QUERIES, documents, searcher.search);
        } finally {
          await searcher.close();
        }
      }
    } finally {
      await server.close();
    }
  });

  if (lean) return result;
  result.addOne = await step(result, 'rebuild with one issue added', async () => {
    const addition = nextIssue(last);
    const path = join(archive.folder, addition.name);
    writeFileSync(path, addition.bytes);
    try {
      return await astroBuild(archive, outDir, cwd);
    } finally {
      rmSync(path, { force: true });
    }
  });

  result.dev = await step(result, `astro dev: time for a new issue to be served, median of ${runs}`, () =>
    medianRun(runs, () => devLatency(archive, last.issue.totalIssue, nextIssue(last)), (run) => run.servedSeconds),
  );

  if (runHugo) {
    result.hugo = await step(result, `peer: Hugo + pagefind CLI, median of ${runs}`, async () => {
      if (!hugoInstalled()) throw new Error(`${HUGO} is not installed (apt-get install -y hugo)`);
      const site = join(folder, 'hugo');
      const documents = writeHugoSite(site, parsed);
      const public_ = join(site, 'public');
      const build = await medianRun(
        runs,
        () => {
          rmSync(public_, { recursive: true, force: true });
          return buildHugoSite(site);
        },
        (run) => run.seconds,
      );
      const peer = { ...build, index: folderStats(join(public_, 'pagefind')) };
      if (!measureQualityAt(issues)) return peer;
      const server = await startStaticServer(public_);
      try {
        const searcher = await pagefindSearcher(await browser(), server.url, documents[0]!.url);
        try {
          return { ...peer, quality: await measureQuality(BENCH_QUERIES, documents, searcher.search) };
        } finally {
          await searcher.close();
        }
      } finally {
        await server.close();
      }
    });
  } else {
    log(`N=${issues}: the peer stack is left out (${options['skip-peer'] ? '--skip-peer' : `${HUGO} is not installed; --quick skips it`})`);
  }
  return result;
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function hugoVersion(): string | undefined {
  if (!hugoInstalled()) return undefined;
  try {
    const version = execFileSync(HUGO, ['version'], { encoding: 'utf8' }).trim().split(' BuildDate')[0];
    const pagefind = (JSON.parse(readFileSync(join(ROOT, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
    return `${version}, Pagefind ${pagefind}`;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  // Other work on the machine skews every figure; the load average before and after says whether there was any.
  const loadBefore = loadavg()[0]!;
  const work = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
  log(`sizes ${sizes.join(', ')}; work folder ${work}`);
  let chromium: Promise<Browser> | undefined;
  const browser = () => (chromium ??= launchBrowser());
  const results: SizeResult[] = [];
  try {
    for (const issues of sizes) {
      results.push(await measureSize(issues, work, browser));
      if (!options.keep) rmSync(join(work, `n${issues}`), { recursive: true, force: true });
    }
  } finally {
    if (chromium !== undefined) await (await chromium).close();
    if (!options.keep) rmSync(work, { recursive: true, force: true });
    else log(`kept ${work}`);
  }

  const argv = process.argv.slice(2);
  const info = {
    date: new Date().toISOString().slice(0, 10),
    commit: git(['rev-parse', '--short', 'HEAD']) + (git(['status', '--porcelain', '--untracked-files=no']) === '' ? '' : ' (with uncommitted changes)'),
    machine: `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version} (load average ${loadBefore.toFixed(1)} before the run, ${loadavg()[0]!.toFixed(1)} after)`,
    command: `npm run bench${argv.length === 0 ? '' : ` -- ${argv.join(' ')}`}`,
    totalSeconds: (performance.now() - runStarted) / 1000,
    hugoVersion: hugoVersion(),
  };
  const budgetList = budgets(results);
  console.log(`\nScale benchmark, ${info.date}, commit ${info.commit}, ${info.machine}\n`);
  console.log(renderTables(results));
  console.log('### Budgets\n');
  console.log(renderBudgets(budgetList));
  console.log();

  const crashes = results.flatMap((r) => r.crashed);
  if (!(options.write ?? !options.quick)) {
    log('a quick run: BENCHMARKS.md left as it is (add --write to replace its scale section)');
    return crashes.length > 0 ? 1 : 0;
  }
  mkdirSync(join(ROOT, 'benchmarks'), { recursive: true });
  const name = options.section === undefined ? 'scale' : `scale-${options.section}`;
  writeFileSync(join(ROOT, 'benchmarks', `${name}.svg`), scaleChart(chartPanels(results), `${info.command} · ${info.date} · ${info.commit} · ${info.machine}`));
  const path = join(ROOT, 'BENCHMARKS.md');
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const section = renderSection(info, results, budgetList, name);
  const marked = new RegExp(`<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->`);
  writeFileSync(path, marked.test(previous) ? previous.replace(marked, () => section) : `${previous.trimEnd()}\n\n${section}\n`);
  log(`wrote BENCHMARKS.md and benchmarks/${name}.svg; ${budgetList.filter((b) => b.pass === false).length} budget(s) failed`);
  return crashes.length > 0 ? 1 : 0;
}

process.exitCode = await main();
