/**
 * `npm start` serves the built site with `astro preview`. A reader or an
 * editor types `/issues/2178` or `/search`, without the slash its folder
 * URL ends in, and a static host finds the page (it redirects to the
 * folder); so must the preview (astro.config.mjs, `trailingSlash`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/browser.ts';
import { fixtureSite } from './support/fixture-site.ts';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('npm start (astro preview)', () => {
  const site = fixtureSite();
  let preview: ChildProcess;
  let origin: string;

  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    preview = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'preview', '--outDir', site.distDir, '--host', '127.0.0.1', '--port', String(port)], {
      cwd: REPO_ROOT,
      stdio: 'ignore',
    });
    for (let tries = 0; ; tries += 1) {
      try {
        await fetch(`${origin}/`);
        return;
      } catch (error) {
        if (tries > 150) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }, 30_000);

  afterAll(() => {
    preview?.kill();
  });

  it.each([
    ['/issues/2178', '总第2178期'],
    ['/issues/2178/', '总第2178期'],
    ['/search', '<form'],
    ['/years', '2021'],
  ])('answers %s with its page', async (url, text) => {
    const response = await fetch(origin + url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(text);
  });

  it('still answers an unknown URL with 404', async () => {
    expect((await fetch(`${origin}/issues/9999`)).status).toBe(404);
  });
});
