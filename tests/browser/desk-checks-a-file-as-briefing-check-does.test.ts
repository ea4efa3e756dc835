/**
 * Behaviour: the editor's desk says of a file exactly what `briefing check`
 * says of it in the archive folder (site.md §3; issue 20). Given the desk of
 * the fixture site, and for each file the command run on the fixture
 * archive with that file put in:
 * - each corpus file, as saved and re-encoded (GB18030, UTF-16 with BOM,
 *   UTF-8 with BOM and CRLF): no problems, and the command's summary line;
 * - each file of the broken-input corpus (tests/broken/, the files of a
 *   folder case one at a time): the same problems, at the same line and
 *   column, worded the same.
 * Nothing is compared against a stored copy of either output.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encode, type TestEncoding } from '../briefing/support/mutate.ts';
import { REPO_ROOT } from './support/browser.ts';
import { asCheckLines, checkInArchive, dropFile, withoutPublishedLines, deskForTheseTests } from './support/desk.ts';
import { fixtureSite } from './support/fixture-site.ts';

const site = fixtureSite();
const BROKEN = path.join(REPO_ROOT, 'tests', 'broken');

const REENCODINGS: Array<{ name: string; encoding: TestEncoding; crlf: boolean }> = [
  { name: 'GB18030', encoding: 'gb18030', crlf: false },
  { name: 'UTF-16 with BOM', encoding: 'utf-16le-bom', crlf: false },
  { name: 'UTF-8 with BOM and CRLF', encoding: 'utf-8-bom', crlf: true },
];

/** Every broken input as one file: a folder case gives each of its files. */
const brokenFiles = readdirSync(BROKEN)
  .filter((name) => name !== 'expected.json')
  .sort()
  .flatMap((name) => {
    const at = path.join(BROKEN, name);
    return statSync(at).isDirectory() ? readdirSync(at).sort().map((file) => ({ label: `${name}/${file}`, file: path.join(at, file) })) : [{ label: name, file: at }];
  });

describe('the desk checks a file as briefing check does', () => {
  const desk = deskForTheseTests(site);

  for (const file of site.corpusFiles) {
    const name = path.basename(file);
    const text = readFileSync(file, 'utf-8');
    const versions = [{ label: 'as saved', bytes: new Uint8Array(readFileSync(file)) }, ...REENCODINGS.map(({ name: label, encoding, crlf }) => ({ label, bytes: encode(text.replace(/^\uFEFF/, ''), encoding, crlf) }))];
    for (const { label, bytes } of versions) {
      it(`${name}, ${label}: no problems, and the summary briefing check prints`, async () => {
        const command = checkInArchive(site, name, bytes);
        expect(command.messages).toEqual([]);
        expect(command.summary).toBeDefined();
        const shown = await dropFile(desk().page, name, bytes);
        expect(shown.problems).toEqual([]);
        expect(shown.summary).toBe(command.summary);
      });
    }
  }

  for (const { label, file } of brokenFiles) {
    it(`tests/broken/${label}: the problems briefing check prints, at the same places`, async () => {
      const name = path.basename(file);
      const bytes = new Uint8Array(readFileSync(file));
      const command = checkInArchive(site, name, bytes);
      const shown = await dropFile(desk().page, name, bytes);
      expect(asCheckLines(name, shown.problems)).toEqual(command.messages.map((line) => withoutPublishedLines(site, line, name)));
      // A folder case's file can be good on its own; then both give its summary.
      if (command.summary === undefined) expect(shown.problems.length).toBeGreaterThan(0);
      else expect(shown.summary).toBe(command.summary);
    });
  }

  it('a file dragged onto the page is opened and checked like one chosen with the picker', async () => {
    const file = site.corpusFiles.find((candidate) => candidate.endsWith('2171.txt'))!;
    const bytes = readFileSync(file);
    const { page } = desk();
    const before = Number((await page.locator('#desk').getAttribute('data-checks')) ?? '0');
    const dataTransfer = await page.evaluateHandle(
      ({ name, data }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(data)], name, { type: 'text/plain' }));
        return transfer;
      },
      { name: '2171.txt', data: [...bytes] },
    );
    await page.dispatchEvent('#desk-drop', 'dragover', { dataTransfer });
    expect(await page.locator('#desk-drop').getAttribute('class')).toContain('desk-drop--over');
    await page.dispatchEvent('#desk-drop', 'drop', { dataTransfer });
    await page.waitForFunction((count) => Number(document.getElementById('desk')!.dataset.checks ?? '0') > count, before);
    expect(await page.locator('#desk-summary').textContent()).toBe(checkInArchive(site, '2171.txt', bytes).summary);
    expect(await page.locator('#desk-editor').inputValue()).toBe(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  });

  it('held the problems of at least the 15 single-file cases of tests/broken', () => {
    expect(brokenFiles.length).toBeGreaterThanOrEqual(15);
    expect(desk().errors).toEqual([]);
  });
});
