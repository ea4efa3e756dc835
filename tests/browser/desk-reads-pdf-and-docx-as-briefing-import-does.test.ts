/**
 * Behaviour: a PDF or .docx opened on the desk gives the text `briefing
 * import` writes for it, lists the lines the importer left out (as its
 * module, src/lib/import/, reports them in Node), and is checked as that
 * text would be (issue 20). The
 * fixtures are the import issue's own (scripts/import-fixtures/): a corpus
 * issue printed by pdf-lib with its Chinese font not embedded, so PDF.js
 * needs its character maps, and written by the docx package. PDF.js and the
 * maps come from the site, and from nowhere else.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixturesOf, type Producer } from '../../scripts/import-fixtures/index.ts';
import { importBytes } from '../import/support/round-trip.ts';
import { REPO_ROOT } from './support/browser.ts';
import { asCheckLines, checkInArchive, deskState, networkRequests, withoutPublishedLines, deskForTheseTests } from './support/desk.ts';
import { fixtureSite, parseFile } from './support/fixture-site.ts';

const site = fixtureSite();
const original = parseFile(site.corpusFiles.find((file) => file.endsWith('2178.txt'))!).issue;

const CASES: Array<{ producer: Producer; name: string; mimeType: string }> = [
  { producer: 'pdf-lib-unembedded', name: '2178.pdf', mimeType: 'application/pdf' },
  { producer: 'docx', name: '2178.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
];

/** What `briefing import FILE --out DIR` writes into DIR as {总期号}.txt. */
function briefingImport(name: string, bytes: Uint8Array, totalIssue: number): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'desk-import-'));
  try {
    const input = path.join(folder, name);
    writeFileSync(input, bytes);
    const out = path.join(folder, 'archive');
    const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'briefing.js'), 'import', input, '--out', out, '--review', path.join(folder, 'review'), '--jobs', '1'], {
      cwd: folder,
      encoding: 'utf8',
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    return readFileSync(path.join(out, `${totalIssue}.txt`), 'utf8');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function openDocument(page: Page, name: string, mimeType: string, bytes: Uint8Array) {
  const imports = Number((await page.locator('#desk').getAttribute('data-imports')) ?? '0');
  await page.locator('#desk-file').setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
  await page.waitForFunction((count) => Number(document.getElementById('desk')!.dataset.imports ?? '0') > count, imports, { timeout: 60_000 });
  return deskState(page);
}

describe('the desk reads a PDF or .docx as briefing import does', () => {
  const desk = deskForTheseTests(site);

  for (const { producer, name, mimeType } of CASES) {
    it(`${name} (${producer}): the importer's text and report, and briefing check's words for it`, async () => {
      const [bytes] = await fixturesOf([original], producer);
      const written = briefingImport(name, bytes!, original.totalIssue);
      const imported = await importBytes(bytes!, name);

      const shown = await openDocument(desk().page, name, mimeType, bytes!);
      expect(shown.text).toBe(written);
      const report = await desk().page.locator('#desk-import-report li').allTextContents();
      expect(report).toHaveLength(Math.max(imported.dropped.length, 1));
      for (const [index, line] of imported.dropped.entries()) expect(report[index]).toContain(`第${line.page}页：${line.text}`);

      // The text goes into content/ as 2178.txt, the published issue's file it replaces
      const command = checkInArchive(site, '2178.txt', new TextEncoder().encode(written));
      expect(asCheckLines('2178.txt', shown.problems)).toEqual(command.messages.map((line) => withoutPublishedLines(site, line, '2178.txt')));
      expect(command.summary).toBeDefined();
      expect(shown.summary).toBe(command.summary);
      expect(await desk().page.locator('#desk-preview article.issue').count()).toBe(1);
    }, 120_000);
  }

  it('fetched PDF.js and its character maps from the site itself, and nothing else', () => {
    const origin = new URL(site.url).origin;
    const fetched = networkRequests(desk().requestsSinceReady);
    expect(fetched.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(fetched.filter((url) => !/^\/(?:_astro\/|desk\/cmaps\/)/.test(new URL(url).pathname))).toEqual([]);
    expect(fetched.some((url) => new URL(url).pathname.startsWith('/desk/cmaps/'))).toBe(true);
    expect(desk().errors).toEqual([]);
  });
});
