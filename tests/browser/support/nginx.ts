/**
 * Debian's nginx, run with the repository's configuration (deploy/nginx.conf)
 * in front of a built site, for the browser tests: the file's three lines
 * marked SET (listen, root, base) are set for this run, and nothing else of
 * it changes. nginx runs in the foreground as a child of the tests, with
 * its pid, logs and temporary files in a folder of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from './browser.ts';

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface RunningNginx {
  /** Origin, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  close(): Promise<void>;
}

/** The repository's configuration with its SET lines set; throws if one is missing, so a changed file cannot go untested. */
export async function configuredSite(options: { port: number; webRoot: string; base: string }): Promise<string> {
  const text = await readFile(path.join(REPO_ROOT, 'deploy', 'nginx.conf'), 'utf8');
  const lines: Array<[RegExp, string]> = [
    [/^(\s*)listen [^;]+;(\s*# SET)$/m, `$1listen 127.0.0.1:${options.port};$2`],
    [/^(\s*)root [^;]+;(\s*# SET)$/m, `$1root ${options.webRoot};$2`],
    [/^(\s*)set \$briefing_base [^;]+;(\s*# SET)$/m, `$1set $briefing_base ${options.base};$2`],
  ];
  return lines.reduce((config, [line, replacement]) => {
    if (!line.test(config)) throw new Error(`deploy/nginx.conf has no line like ${line}`);
    return config.replace(line, replacement);
  }, text);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * nginx serving `distDir` under `base` (`/` or `/jianbao/`), as the
 * configuration's comments say to publish it: the web root holds the built
 * site under the base.
 */
export async function startNginx(options: { distDir: string; base: string; workDir: string }): Promise<RunningNginx> {
  if (!existsSync(NGINX_PATH)) throw new Error(`nginx not found at ${NGINX_PATH}: apt-get install nginx libnginx-mod-http-brotli-static (or set NGINX_PATH)`);
  const { distDir, base, workDir } = options;
  await mkdir(workDir, { recursive: true });
  let webRoot = distDir;
  if (base !== '/') {
    webRoot = path.join(workDir, 'www');
    await mkdir(path.dirname(path.join(webRoot, base)), { recursive: true });
    await symlink(distDir, path.join(webRoot, base.replace(/\/$/, '')));
  }
  const port = await freePort();
  await writeFile(path.join(workDir, 'site.conf'), await configuredSite({ port, webRoot, base }));
  const temp = (name: string) => path.join(workDir, name);
  const main = [
    existsSync(BROTLI_MODULE) ? `load_module ${BROTLI_MODULE};` : '',
    // Started by root (as CI is), nginx would hand requests to `nobody`, who may not enter the test's private temporary folder.
    process.getuid?.() === 0 ? 'user root;' : '',
    'daemon off;',
    'worker_processes 1;',
    `pid ${temp('nginx.pid')};`,
    `error_log ${temp('error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  sendfile on;',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${temp(kind)};`),
    `  include ${temp('site.conf')};`,
    '}',
  ].join('\n');
  await writeFile(temp('nginx.conf'), main);
  const child = spawn(NGINX_PATH, ['-p', workDir, '-c', temp('nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(child, origin, () => stderr, temp('error.log'));
  return { origin, close: () => stop(child) };
}

async function waitUntilServing(child: ChildProcess, origin: string, stderr: () => string, errorLog: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) {
      const log = existsSync(errorLog) ? await readFile(errorLog, 'utf8') : '';
      throw new Error(`nginx exited with ${child.exitCode}:\n${stderr()}\n${log}`);
    }
    try {
      await fetch(origin, { method: 'HEAD' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await stop(child);
  throw new Error(`nginx did not answer on ${origin}:\n${stderr()}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    // QUIT: nginx finishes what it is sending and exits, master and worker both.
    child.kill('SIGQUIT');
  });
}
