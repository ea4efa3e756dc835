/**
 * One built fixture site for the whole browser-test run (vitest `globalSetup`).
 *
 * Given the four corpus issues (content/*.txt) and the hostile briefing
 * (tests/browser/fixtures/hostile/*.txt), copied into a temporary archive
 * folder, the site is built ONCE with `BRIEFING_CONTENT` pointing at that
 * folder and its output (and Astro's cache) in the same temporary folder, so
 * neither `content/` nor `dist/` nor node_modules/.astro is touched. It is
 * served on 127.0.0.1 by startStaticServer; test files read where with
 * `inject('site')` (see fixture-site.ts) and everything is removed at the end.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { parseBriefing } from '../../../src/lib/briefing/index.ts';
import { run as runBriefing } from '../../../scripts/briefing.ts';
import { fixturesOf } from '../../../scripts/import-fixtures/index.ts';
import { REPO_ROOT } from './browser.ts';
import { startNginx } from './nginx.ts';
import { startStaticServer } from './server.ts';
import type { FixtureSite, PublishedSite } from './fixture-site.ts';

const HOSTILE_DIR = path.join(REPO_ROOT, 'tests', 'browser', 'fixtures', 'hostile');
const CONTENT_DIR = path.join(REPO_ROOT, 'content');

async function txtFiles(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter((name) => name.endsWith('.txt')).sort().map((name) => path.join(folder, name));
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) return resolve();
      const hint = output.includes('ERR_UNKNOWN_FILE_EXTENSION') ? '\n(This Node cannot run TypeScript: run the tests with `npm run test:browser`, which uses the project\'s Node 24.)' : '';
      reject(new Error(`${[command, ...args].join(' ')} exited with ${code}:\n${output}${hint}`));
    });
  });
}

/**
 * The build finished, but is the site whole? Every page's own assets
 * (/_astro/…) and the search index must be there, or every test would fail
 * for a reason far from its name.
 */
async function checkBuilt(distDir: string): Promise<void> {
  const missing: string[] = [];
  for (const page of ['index.html', 'search/index.html', 'pagefind/shards.json']) {
    if (!existsSync(path.join(distDir, page))) missing.push(page);
  }
  if (existsSync(path.join(distDir, 'pagefind/shards.json'))) {
    const { shards } = JSON.parse(await readFile(path.join(distDir, 'pagefind/shards.json'), 'utf8')) as { shards: string[] };
    for (const shard of shards) {
      if (!existsSync(path.join(distDir, shard, 'pagefind-entry.json'))) missing.push(`${shard}pagefind-entry.json`);
    }
    if (!existsSync(path.join(distDir, shards[0] ?? '', 'pagefind.js'))) missing.push(`${shards[0]}pagefind.js`);
  }
  for (const page of ['index.html', 'search/index.html']) {
    if (!existsSync(path.join(distDir, page))) continue;
    const html = await readFile(path.join(distDir, page), 'utf8');
    for (const [, asset] of html.matchAll(/(?:href|src)="\/(_astro\/[^"]+)"/g)) {
      if (!existsSync(path.join(distDir, asset!))) missing.push(`${asset} (linked from ${page})`);
    }
  }
  if (missing.length > 0) throw new Error(`the fixture site in ${distDir} is incomplete; missing:\n${missing.join('\n')}`);
}

/**
 * One corpus issue as the office keeps it, a PDF (made by the project's
 * fixture code), through `briefing import`: the original it keeps goes into
 * the archive beside the issue's text, as an import leaves it.
 */
async function importOriginal(root: string, archiveDir: string, corpusFile: string): Promise<FixtureSite['importedOriginal']> {
  const { issue } = parseBriefing(await readFile(corpusFile), corpusFile);
  const [pdf] = await fixturesOf([issue!], 'pdf-lib-unembedded');
  const source = path.join(root, 'office', `${issue!.totalIssue}-original.pdf`);
  await mkdir(path.dirname(source), { recursive: true });
  await writeFile(source, pdf!);
  const output: string[] = [];
  const io = { stdout: (text: string) => output.push(text), stderr: (text: string) => output.push(text), env: {}, cwd: root };
  const status = await runBriefing(['import', source, '--out', path.join(root, 'imported'), '--review', path.join(root, 'review')], io);
  if (status !== 0) throw new Error(`briefing import of the fixture PDF failed:\n${output.join('\n')}`);
  await copyFile(path.join(root, 'imported', `${issue!.totalIssue}.pdf`), path.join(archiveDir, `${issue!.totalIssue}.pdf`));
  return { totalIssue: issue!.totalIssue, source };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(path.join(tmpdir(), 'briefing-browser-'));
  const archiveDir = path.join(root, 'archive');
  const distDir = path.join(root, 'dist');
  const cacheDir = path.join(root, 'astro-cache');
  let server: Awaited<ReturnType<typeof startStaticServer>> | undefined;
  const servers: Array<{ close(): Promise<void> }> = [];
  const teardown = async () => {
    await server?.close();
    for (const running of servers) await running.close();
    await rm(root, { recursive: true, force: true });
  };

  try {
    await mkdir(archiveDir, { recursive: true });
    const corpusFiles = await txtFiles(CONTENT_DIR);
    const hostileFiles = await txtFiles(HOSTILE_DIR);
    for (const file of [...corpusFiles, ...hostileFiles]) await copyFile(file, path.join(archiveDir, path.basename(file)));
    // Not 2178: the citation test reads that issue's metadata block as an issue without an original.
    const importedOriginal = await importOriginal(root, archiveDir, corpusFiles.find((file) => file.endsWith('2169.txt'))!);

    // The build runs in its own process (Astro reads BRIEFING_CONTENT and the
    // working folder when it loads its config), on the Node that runs vitest
    // (the project's Node 24 under `npm run`).
    const started = Date.now();
    await run(process.execPath, [path.join(REPO_ROOT, 'tests', 'browser', 'support', 'build-site.ts'), distDir, cacheDir], {
      ...process.env,
      BRIEFING_CONTENT: archiveDir,
    });
    console.log(`[browser tests] built the fixture site (${corpusFiles.length} corpus + ${hostileFiles.length} hostile issues) in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    await checkBuilt(distDir);

    server = await startStaticServer(distDir);
    const site: FixtureSite = {
      url: server.url,
      archiveDir,
      distDir,
      corpusFiles,
      hostileFiles,
      importedOriginal,
    };
    project.provide('site', site);

    // The same archive published as we recommend (deploy/nginx.conf): at the root, and built again under a sub-path.
    const jianbaoDir = path.join(root, 'dist-jianbao');
    const rebuilt = Date.now();
    await run(process.execPath, [path.join(REPO_ROOT, 'tests', 'browser', 'support', 'build-site.ts'), jianbaoDir, path.join(root, 'astro-cache-jianbao')], {
      ...process.env,
      BRIEFING_CONTENT: archiveDir,
      BRIEFING_BASE: '/jianbao/',
    });
    console.log(`[browser tests] built it again under /jianbao/ in ${((Date.now() - rebuilt) / 1000).toFixed(1)} s`);
    const published: PublishedSite[] = [];
    for (const [base, dir] of [['/', distDir], ['/jianbao/', jianbaoDir]] as const) {
      const nginx = await startNginx({ distDir: dir, base, workDir: path.join(root, `nginx${base.replaceAll('/', '-')}`) });
      servers.push(nginx);
      published.push({ origin: nginx.origin, base, distDir: dir });
    }
    project.provide('published', published);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
