/**
 * Tiny static file server for browser tests: serves a built Astro site
 * (e.g. `dist/`) on 127.0.0.1 with an ephemeral port.
 *
 * - `/x/` serves `/x/index.html`; `/x` (a directory) redirects to `/x/`;
 *   `/x` falls back to `/x.html` when that file exists.
 * - Percent-encoded paths are decoded (`/districts/%E4%B8%9C%E5%9F%8E%E5%8C%BA/`).
 * - Paths that escape the root (`..`, encoded `%2e%2e%2f`, backslashes, NUL)
 *   are refused with 403 / 400.
 * - Unknown paths get `/404.html` (if present) with status 404.
 * - Only GET and HEAD; no compression, no caching.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';

export interface StaticServer {
  /** Origin without trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  // Pagefind's binary index files.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

async function statOrNull(p: string): Promise<Stats | null> {
  try {
    return await stat(p);
  } catch {
    return null;
  }
}

function isInside(root: string, candidate: string): boolean {
  return candidate === root || candidate.startsWith(root + path.sep);
}

function sendText(res: ServerResponse, status: number, body: string, head: boolean): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(head ? undefined : body);
}

function sendFile(res: ServerResponse, status: number, file: string, st: Stats, head: boolean): void {
  res.writeHead(status, {
    'Content-Type': contentTypeFor(file),
    'Content-Length': st.size,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (head) {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

export async function startStaticServer(root: string): Promise<StaticServer> {
  const rootReal = await realpath(path.resolve(root));
  const rootStat = await stat(rootReal);
  if (!rootStat.isDirectory()) throw new Error(`startStaticServer: not a directory: ${root}`);

  /** Resolve a decoded URL path to a file inside root, or null. Throws 'forbidden'. */
  async function resolveFile(decodedPath: string): Promise<{ file: string; st: Stats } | { redirect: true } | null> {
    const candidate = path.resolve(rootReal, '.' + decodedPath);
    if (!isInside(rootReal, candidate)) throw new Error('forbidden');

    const candidates: string[] = [];
    let redirect = false;
    if (decodedPath.endsWith('/')) {
      candidates.push(path.join(candidate, 'index.html'));
    } else {
      const st = await statOrNull(candidate);
      if (st?.isDirectory()) {
        if (await statOrNull(path.join(candidate, 'index.html'))) redirect = true;
      } else {
        candidates.push(candidate, candidate + '.html');
      }
    }
    if (redirect) return { redirect: true };

    for (const c of candidates) {
      const st = await statOrNull(c);
      if (!st?.isFile()) continue;
      // Refuse symlinks that point outside the root.
      const real = await realpath(c);
      if (!isInside(rootReal, real)) throw new Error('forbidden');
      return { file: real, st };
    }
    return null;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const head = method === 'HEAD';
    if (method !== 'GET' && method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendText(res, 405, 'Method Not Allowed\n', false);
      return;
    }

    const rawUrl = req.url ?? '/';
    const q = rawUrl.search(/[?#]/);
    const rawPath = q === -1 ? rawUrl : rawUrl.slice(0, q);
    const query = q === -1 ? '' : rawUrl.slice(q);

    let decoded: string;
    try {
      decoded = decodeURIComponent(rawPath);
    } catch {
      sendText(res, 400, 'Bad Request: malformed percent-encoding\n', head);
      return;
    }
    if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) {
      sendText(res, 400, 'Bad Request\n', head);
      return;
    }
    // Any `..` segment is refused outright, even if it would stay inside root.
    if (decoded.split('/').includes('..')) {
      sendText(res, 403, 'Forbidden\n', head);
      return;
    }

    let found: Awaited<ReturnType<typeof resolveFile>>;
    try {
      found = await resolveFile(decoded);
    } catch {
      sendText(res, 403, 'Forbidden\n', head);
      return;
    }

    if (found && 'redirect' in found) {
      res.writeHead(301, { Location: rawPath + '/' + query, 'Content-Length': 0 });
      res.end();
      return;
    }
    if (found) {
      sendFile(res, 200, found.file, found.st, head);
      return;
    }

    const notFound = path.join(rootReal, '404.html');
    const nfStat = await statOrNull(notFound);
    if (nfStat?.isFile()) {
      sendFile(res, 404, notFound, nfStat, head);
    } else {
      sendText(res, 404, 'Not Found\n', head);
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendText(res, 500, `Internal Server Error: ${String(err)}\n`, false);
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Chromium keeps connections alive; drop them so close() resolves promptly.
        server.closeAllConnections();
      }),
  };
}
