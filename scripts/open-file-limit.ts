/**
 * A cold build of a synthetic archive under a low open-file limit (macOS's
 * default, 256), to prove that no step of the build opens files without
 * bound (src/lib/pool.ts):
 *
 *   npm run test:open-files [-- --count 2000 --limit 256 --seed 7]
 *
 * The limit is set hard and soft in the shell that starts the build, so
 * neither Node nor Pagefind's process can raise it. Succeeds when the build
 * does and every issue has its page, raw text and JSON; prints the time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseBriefing } from '../src/lib/briefing/index.ts';
import { listIssueFiles } from '../src/lib/content-folder.ts';
import { routes } from '../src/lib/site/urls.ts';
import { writeArchive } from '../src/lib/synthetic/index.ts';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { count: { type: 'string', default: '2000' }, limit: { type: 'string', default: '256' }, seed: { type: 'string', default: '7' } } });
const count = Number(values.count);
const limit = Number(values.limit);

const work = mkdtempSync(join(tmpdir(), 'briefing-open-files-'));
try {
  const archive = join(work, 'archive');
  writeArchive({ count, seed: values.seed, out: archive });
  const started = performance.now();
  const build = spawnSync('bash', ['-c', `ulimit -n ${limit} && exec "$0" "$@"`, process.execPath, join(ROOT, 'tests/browser/support/build-site.ts'), join(work, 'dist'), join(work, 'cache')], {
    cwd: ROOT,
    env: { ...process.env, BRIEFING_CONTENT: archive },
    encoding: 'utf-8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (build.status !== 0) {
    console.error(`${build.stdout}${build.stderr}`);
    throw new Error(`the build of ${count} issues under ulimit -n ${limit} failed after ${seconds.toFixed(0)} s`);
  }
  const missing = listIssueFiles(archive).flatMap((file) => {
    const { issue } = parseBriefing(readFileSync(file), file);
    if (issue === undefined) return [file];
    const built = [`${routes.issue(issue.totalIssue)}index.html`, routes.issueText(issue.totalIssue), routes.issueJson(issue.totalIssue)];
    return built.filter((path) => !existsSync(join(work, 'dist', path)));
  });
  if (missing.length > 0) throw new Error(`the build under ulimit -n ${limit} left out ${missing.length} files, such as ${missing.slice(0, 3).join(', ')}`);
  console.log(`built ${count} issues under ulimit -n ${limit} in ${seconds.toFixed(1)} s: every page, raw text and JSON written`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
