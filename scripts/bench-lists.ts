/**
 * What issue 22 asked of a large archive: the size of the list pages (no
 * list page over 200 KB of HTML at 5,000 issues) and what making the /data/
 * downloads costs a build. Builds a generated archive with `astro build`
 * (fresh cache and output folder), measures every list page's HTML (and
 * its gzip), then makes the downloads again in this process (median of
 * --runs) beside the build's own time. Prints the table and writes it into
 * BENCHMARKS.md between `<!-- lists:start -->` and `<!-- lists:end -->`.
 *
 *   npm run bench:lists [-- --count 5000 --seed 5 --runs 3] [--archive DIR]
 */
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { byYear } from '../src/lib/site/archive.ts';
import { articlesCsv } from '../src/lib/site/data/articles-csv.ts';
import { issueJsonSchema } from '../src/lib/site/data/schema-json.ts';
import { yearZip } from '../src/lib/site/data/year-zip.ts';
import { cachedYearZip } from '../src/lib/site/data/zip-cache.ts';
import { jsonText } from '../src/lib/site/responses.ts';
import { writeArchive } from '../src/lib/synthetic/index.ts';
import { parseArchive, readArchive } from './bench/archive.ts';
import { ROOT, astroBuild, buildWorkingFolder } from './bench/astro.ts';
import { median } from './bench/median.ts';

const BUDGET_BYTES = 200 * 1024;
const LIST_FOLDERS = ['districts', 'sections', 'documents', 'years'] as const;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

const count = Number(option('count') ?? 5000);
const seed = Number(option('seed') ?? 5);
const runs = Number(option('runs') ?? 3);
const work = mkdtempSync(join(tmpdir(), 'briefing-bench-lists-'));
// The code measured is the code the build starts with.
const commit = execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf-8' }).trim();

try {
  const archiveFolder = option('archive') ?? join(work, 'archive');
  if (option('archive') === undefined) writeArchive({ count, seed, out: archiveFolder });
  const outDir = join(work, 'dist');
  const cacheDir = join(work, 'cache');
  mkdirSync(cacheDir);
  console.log(`building ${archiveFolder} …`);
  const build = await astroBuild({ folder: archiveFolder, cacheDir }, outDir, buildWorkingFolder(work, archiveFolder));

  const pages = LIST_FOLDERS.flatMap((folder) => htmlFiles(join(outDir, folder))).map((file) => {
    const html = readFileSync(file);
    return { path: `/${relative(outDir, file).replace(/index\.html$/, '')}`, bytes: html.length, gzip: gzipSync(html).length };
  });
  pages.sort((a, b) => b.bytes - a.bytes);
  const byKind = LIST_FOLDERS.map((folder) => {
    const ofKind = pages.filter((page) => page.path.startsWith(`/${folder}/`));
    return { folder, count: ofKind.length, largest: ofKind[0]! };
  });

  const files = readArchive(archiveFolder);
  const issues = parseArchive(files);
  const bytesByTotal = new Map(issues.map((issue, index) => [issue.totalIssue, files[index]!.bytes]));
  const downloadsMs = median(
    Array.from({ length: runs }, () => {
      const started = performance.now();
      const made = [
        articlesCsv(issues, 'https://example.org'),
        jsonText([...issues].sort((a, b) => a.totalIssue - b.totalIssue), 0),
        jsonText(issueJsonSchema('https://example.org/data/issue.schema.json')),
        ...byYear(issues).map((group) => yearZip(group.year, group.issues.map((issue) => ({ issue, bytes: bytesByTotal.get(issue.totalIssue)! })))),
      ];
      for (const file of made) createHash('sha256').update(file).digest('hex');
      return performance.now() - started;
    }),
  );
  // The per-year zips through the cache a build keeps between builds: made (cold), then read back (warm, as a rebuild does).
  const zipCache = pathToFileURL(join(work, 'zip-cache') + '/');
  const cachedZips = async () => {
    const started = performance.now();
    await Promise.all(byYear(issues).map((group) => cachedYearZip(zipCache, group.year, group.issues.map((issue) => ({ issue, bytes: bytesByTotal.get(issue.totalIssue)! })))));
    return performance.now() - started;
  };
  const coldZipsMs = await cachedZips();
  const warmZipsMs = median([await cachedZips(), await cachedZips(), await cachedZips()]);
  const dataFiles = [...htmlFiles(join(outDir, 'data'), ''), join(outDir, 'archive.json')].filter((file) => !file.endsWith('.html'));
  const dataBytes = dataFiles.reduce((sum, file) => sum + statSync(file).size, 0);

  const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}`;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const largest = pages[0]!;
  const report = [
    '<!-- lists:start -->',
    '## Long lists and the data downloads (issue 22)',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} at commit ${commit} on ${machine}, while other builds shared the machine. A generated archive of ${issues.length.toLocaleString('en-US')} issues (\`npm run generate-archive -- --count ${count} --seed ${seed}\`), built by \`astro build\` with a fresh cache (precompression included): ${build.seconds.toFixed(1)} s wall, ${build.cpuSeconds.toFixed(1)} s CPU. Reproduce with \`npm run bench:lists\`.`,
    '',
    '| list pages | pages | largest | its HTML | gzip |',
    '|---|---|---|---|---|',
    ...byKind.map(({ folder, count: pageCount, largest: top }) => `| /${folder}/… | ${pageCount} | \`${decodeURIComponent(top.path)}\` | ${kb(top.bytes)} | ${kb(top.gzip)} |`),
    '',
    `Largest list page: \`${decodeURIComponent(largest.path)}\`, **${kb(largest.bytes)}** of HTML (budget 200 KB) — ${largest.bytes <= BUDGET_BYTES ? 'PASS' : 'FAIL'}.`,
    '',
    `The per-year zips through the cache kept between builds: ${(coldZipsMs / 1000).toFixed(2)} s made, ${(warmZipsMs / 1000).toFixed(2)} s read back (median of 3), as a rebuild reads the years that did not change.`,
    '',
    `The /data/ downloads (articles.csv, archive.json, issue.schema.json and ${byYear(issues).length} per-year zips, ${(dataBytes / 1024 / 1024).toFixed(1)} MB in all, each with its SHA-256) take **${(downloadsMs / 1000).toFixed(2)} s** to make (median of ${runs}, in one process, after parsing), ${((downloadsMs / 1000 / build.seconds) * 100).toFixed(1)}% of the build's wall time and ${((downloadsMs / 1000 / build.cpuSeconds) * 100).toFixed(1)}% of its CPU time.`,
    '<!-- lists:end -->',
  ].join('\n');
  console.log(report);
  if (largest.bytes > BUDGET_BYTES) process.exitCode = 1;
  const path = join(ROOT, 'BENCHMARKS.md');
  const previous = readFileSync(path, 'utf-8');
  const section = /<!-- lists:start -->[\s\S]*<!-- lists:end -->/;
  writeFileSync(path, section.test(previous) ? previous.replace(section, report) : `${previous.trimEnd()}\n\n${report}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Every `index.html` under `folder` (or every file, given the suffix ''). */
function htmlFiles(folder: string, suffix = 'index.html'): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf-8' })
    .map((name) => join(folder, name))
    .filter((file) => file.endsWith(suffix) && statSync(file).isFile());
}
