/**
 * Smoke test of the browser-test infrastructure itself: static server,
 * Debian Chromium via playwright-core, CJK fonts, axe-core, screenshots.
 *
 * Explicit per-hook/per-test timeouts so the file also behaves if it is
 * picked up by a plain `vitest run` with default (short) timeouts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startStaticServer } from './server.ts';
import type { StaticServer } from './server.ts';
import { checkAccessibility, formatViolations, launchBrowser, openPage, screenshot } from './browser.ts';

const CHINESE = '首都精神文明建设情况简报';
const SECRET = 'top-secret-outside-root';

const INDEX_HTML = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>初始标题</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/style.css">
</head>
<body>
<main>
<h1 id="heading">${CHINESE}</h1>
<p>第一期 · 东城区 · <a href="/districts/东城区/">东城区</a></p>
</main>
<script type="module" src="/app.mjs"></script>
<script>document.title = '脚本已运行 ' + document.getElementById('heading').textContent;</script>
</body>
</html>
`;

// A raw request whose path is sent exactly as given (fetch would normalise `..`).
function rawGet(base: string, rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser test infrastructure', () => {
  let tmp: string;
  let root: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'browser-smoke-'));
    root = path.join(tmp, 'site');
    await mkdir(path.join(root, 'districts', '东城区'), { recursive: true });
    await mkdir(path.join(root, 'pagefind'), { recursive: true });
    await writeFile(path.join(tmp, 'secret.txt'), SECRET);
    await writeFile(path.join(root, 'index.html'), INDEX_HTML);
    await writeFile(path.join(root, 'style.css'), 'body { font-family: sans-serif; margin: 2rem; }\n');
    await writeFile(path.join(root, 'app.mjs'), 'document.documentElement.dataset.app = "ok";\n');
    await writeFile(path.join(root, 'data.json'), '{"ok":true}\n');
    await writeFile(path.join(root, 'pagefind', 'pagefind-entry.json'), '{}\n');
    await writeFile(path.join(root, 'pagefind', 'wasm.zh.pagefind'), Buffer.from([0, 1, 2]));
    await writeFile(path.join(root, 'pagefind', 'x.pf_fragment'), Buffer.from([3, 4]));
    await writeFile(
      path.join(root, 'districts', '东城区', 'index.html'),
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>东城区</title><link rel="icon" href="data:,"></head><body><main><h1>东城区</h1></main></body></html>\n',
    );
    await writeFile(
      path.join(root, '404.html'),
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>未找到</title></head><body><h1>页面未找到</h1></body></html>\n',
    );
    server = await startStaticServer(root);
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }, 60_000);

  it('runs page scripts and shows Chinese text', async () => {
    const { page, response, errors, close } = await openPage(browser, `${server.url}/`);
    try {
      expect(response?.status()).toBe(200);
      await page.waitForFunction(() => document.documentElement.dataset.app === 'ok');
      expect(await page.title()).toBe(`脚本已运行 ${CHINESE}`);
      const heading = page.getByRole('heading', { level: 1, name: CHINESE });
      expect(await heading.isVisible()).toBe(true);
      // CJK glyphs actually render with width (fonts-noto-cjk installed, no tofu collapse).
      const box = await heading.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(CHINESE.length * 16);
      expect(errors).toEqual([]);
      expect(formatViolations(await checkAccessibility(page))).toBe('');
      await screenshot(page, 'smoke-index');
    } finally {
      await close();
    }
  }, 60_000);

  it('serves percent-encoded Chinese paths, in the browser and via fetch', async () => {
    const { page, response, errors, close } = await openPage(browser, `${server.url}/districts/东城区/`);
    try {
      expect(response?.status()).toBe(200);
      expect(await page.title()).toBe('东城区');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
    const res = await fetch(`${server.url}/districts/${encodeURIComponent('东城区')}/index.html`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<h1>东城区</h1>');
    // Directory without trailing slash redirects to the slash form.
    const redir = await fetch(`${server.url}/districts/${encodeURIComponent('东城区')}`, { redirect: 'manual' });
    expect(redir.status).toBe(301);
    expect(redir.headers.get('location')).toBe(`/districts/${encodeURIComponent('东城区')}/`);
  }, 60_000);

  it('sends correct content types', async () => {
    const cases: Array<[string, string]> = [
      ['/', 'text/html; charset=utf-8'],
      ['/style.css', 'text/css; charset=utf-8'],
      ['/app.mjs', 'text/javascript; charset=utf-8'],
      ['/data.json', 'application/json; charset=utf-8'],
      ['/pagefind/wasm.zh.pagefind', 'application/octet-stream'],
      ['/pagefind/x.pf_fragment', 'application/octet-stream'],
    ];
    for (const [p, type] of cases) {
      const res = await fetch(server.url + p);
      expect(res.status, p).toBe(200);
      expect(res.headers.get('content-type'), p).toBe(type);
      await res.arrayBuffer();
    }
  });

  it('serves /404.html with status 404 for unknown paths', async () => {
    const res = await fetch(`${server.url}/no/such/page/`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('页面未找到');

    const { page, response, close } = await openPage(browser, `${server.url}/missing-${Date.now()}`);
    try {
      expect(response?.status()).toBe(404);
      expect(await page.title()).toBe('未找到');
    } finally {
      await close();
    }
  }, 60_000);

  it('refuses paths that escape the root', async () => {
    for (const p of ['/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/districts/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const res = await fetch(server.url + p);
      const body = await res.text();
      expect([400, 403], p).toContain(res.status);
      expect(body, p).not.toContain(SECRET);
    }
    for (const p of ['/../secret.txt', '/districts/../../secret.txt', '/%2e%2e/secret.txt']) {
      const res = await rawGet(server.url, p);
      expect([400, 403], p).toContain(res.status);
      expect(res.body, p).not.toContain(SECRET);
    }
    const bad = await fetch(`${server.url}/%E4%B8`);
    expect(bad.status).toBe(400);
  });
});
