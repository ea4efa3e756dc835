/**
 * Behaviour: the desk's JavaScript is loaded only on /desk/, within its
 * budget (issue 20). Read off the built fixture site: the scripts each page
 * loads are its `<script src>` and everything those import statically
 * (an import made on demand, as for a PDF, is not loaded with the page).
 * No page but /desk/ loads a script holding the desk's code, and what
 * /desk/ loads before a PDF is dropped is at most 150 KB gzipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fixtureSite } from './support/fixture-site.ts';

const site = fixtureSite();
const BUDGET = 150 * 1024;

function htmlPages(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** The site paths of the scripts a page loads with it: its module scripts and their static imports, transitively. */
function scriptsOf(page: string): string[] {
  const html = readFileSync(path.join(site.distDir, page), 'utf8');
  const queue = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => new URL(match[1]!, `http://site/${page}`).pathname);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const script = queue.shift()!;
    if (seen.has(script)) continue;
    seen.add(script);
    const code = readFileSync(path.join(site.distDir, script), 'utf8');
    // `import{a as b}from"./x.js"` and `import"./x.js"`; not `import("./x.js")`, which loads on demand.
    for (const [, target] of code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g)) queue.push(new URL(target!, `http://site${script}`).pathname);
  }
  return [...seen].sort();
}

const read = (script: string) => readFileSync(path.join(site.distDir, script));

describe('the desk’s JavaScript is only on the desk', () => {
  const deskScripts = scriptsOf('desk/index.html');
  // Only the desk's own script names its editor's line marks.
  const isDeskCode = (script: string) => read(script).includes('desk-line--');

  it('the desk loads its script, which holds the desk', () => {
    expect(deskScripts.filter(isDeskCode)).toHaveLength(1);
  });

  it('no other page loads a script holding the desk’s code', () => {
    const pages = htmlPages(site.distDir).filter((page) => page !== 'desk/index.html');
    expect(pages.length).toBeGreaterThan(10);
    const offending = pages.flatMap((page) => scriptsOf(page).filter(isDeskCode).map((script) => `${page}: ${script}`));
    expect(offending).toEqual([]);
  });

  it('the desk loads at most 150 KB of JavaScript, gzipped, before a PDF is dropped', () => {
    const gzipped = deskScripts.reduce((sum, script) => sum + gzipSync(read(script)).length, 0);
    console.log(`[desk] JavaScript loaded with /desk/: ${deskScripts.length} file(s), ${(gzipped / 1024).toFixed(1)} KB gzipped (${deskScripts.map((script) => path.basename(script)).join(', ')})`);
    expect(gzipped).toBeGreaterThan(0);
    expect(gzipped).toBeLessThanOrEqual(BUDGET);
  });
});
