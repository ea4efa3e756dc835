/**
 * Our search indexing alone, measured as the peer's Pagefind is: the code
 * the build runs (`indexArchive`, src/integrations/pagefind.ts) over the
 * archive, into a fresh cache folder, in a process of its own with nothing
 * beside it, from its start (reading and parsing the archive included, as
 * the peer's run includes reading its HTML) to its exit.
 *
 * The build's own figure for its indexing is taken beside the page
 * rendering, which shares the machine's cores with it: at 5,000 issues on 2
 * cores it was half again as long as this. The search issue's budgets
 * compare indexing with Pagefind's default indexing of the same archive, in
 * time and memory, so this is the figure they are judged by; the build's
 * stays in the build's table.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readContentArchive } from '../../src/integrations/archive.ts';
import { indexArchive } from '../../src/integrations/pagefind.ts';
import { ROOT } from './astro.ts';
import { runMeasured, type MeasuredRun } from './process-tree.ts';

export interface IndexAlone extends MeasuredRun {
  articles: number;
  shards: number;
  /** Indexing's own clock, from the archive parsed to the last shard written. */
  indexSeconds: number;
}

type Summary = Pick<IndexAlone, 'articles' | 'shards' | 'indexSeconds'>;

/** The archive in `archiveFolder` indexed into `cacheFolder` (emptied before and after), in a measured process of its own. */
export async function indexAlone(archiveFolder: string, cacheFolder: string): Promise<IndexAlone> {
  rmSync(cacheFolder, { recursive: true, force: true });
  try {
    const run = await runMeasured(process.execPath, [fileURLToPath(import.meta.url), cacheFolder], {
      cwd: ROOT,
      env: { ...process.env, BRIEFING_CONTENT: archiveFolder },
    });
    const summary = run.output.split('\n').findLast((line) => line.startsWith('{'));
    if (run.code !== 0 || summary === undefined) throw new Error(`indexing alone exited with ${run.code ?? run.signal}:\n${run.output.slice(-3000)}`);
    return { ...run, ...(JSON.parse(summary) as Summary) };
  } finally {
    rmSync(cacheFolder, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const cacheFolder = process.argv[2];
  if (cacheFolder === undefined) throw new Error('usage: BRIEFING_CONTENT=ARCHIVE node scripts/bench/index-alone.ts CACHE_FOLDER');
  const archive = (await readContentArchive())?.map((file) => file.issue);
  if (archive === undefined) throw new Error('a file of the archive does not parse (run `briefing check` on it)');
  const { shards, seconds } = await indexArchive(archive, cacheFolder);
  const summary: Summary = { articles: shards.reduce((sum, shard) => sum + shard.articles, 0), shards: shards.length, indexSeconds: seconds };
  process.stdout.write(`\n${JSON.stringify(summary)}\n`);
}
