/**
 * Behaviour: the desk's 下载 gives the file for content/ (issue 20). Given a
 * new issue (总第2180期, made from a corpus issue) opened as week.txt in
 * GB18030 with CRLF line ends, and an edit typed in, the downloaded file
 * is named {总期号}.txt and holds the editor's text byte
 * for byte, in UTF-8; `briefing parse` of that file prints the JSON the
 * desk offers beside it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../scripts/briefing.ts';
import { encode } from '../briefing/support/mutate.ts';
import { afterRecheck, checksDone, dropFile, deskForTheseTests } from './support/desk.ts';
import { fixtureSite } from './support/fixture-site.ts';

const site = fixtureSite();

async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  return { name: (download as Download).suggestedFilename(), bytes: readFileSync((await (download as Download).path())!) };
}

function briefingParse(file: string): { status: number; stdout: string } {
  const stdout: string[] = [];
  const status = main(['parse', file], { stdout: (text) => stdout.push(text), stderr: () => undefined, env: {}, cwd: path.dirname(file) });
  return { status, stdout: stdout.join('\n') };
}

describe('the desk downloads the file for content/', () => {
  const desk = deskForTheseTests(site);
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'desk-download-'));
  });

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('the text file is the editor’s text in UTF-8, byte for byte, and briefing parse of it gives the desk’s JSON', async () => {
    const { page } = desk();
    const file = site.corpusFiles.find((candidate) => candidate.endsWith('2178.txt'))!;
    const original = readFileSync(file, 'utf-8')
      .replace(/^\uFEFF/, '')
      .replace('第 12 期', '第 14 期')
      .replace('总第 2178 期', '总第 2180 期')
      .replace('2021 年 3 月 8 日', '2021 年 3 月 22 日');
    await dropFile(page, 'week.txt', encode(original, 'gb18030', true));

    // Given an edit typed at the start of the title
    const before = await checksDone(page);
    await page.evaluate(() => {
      const editor = document.getElementById('desk-editor') as HTMLTextAreaElement;
      const at = editor.value.indexOf('《首都文明委重点工作项目台账》');
      editor.focus();
      editor.setSelectionRange(at, at);
    });
    await page.keyboard.type('（补）');
    const shown = await afterRecheck(page, before);
    expect(shown.problems).toEqual([]);
    expect(shown.text).toBe(original.replace('《首都文明委重点工作项目台账》', '（补）《首都文明委重点工作项目台账》'));

    const text = await downloaded(page, '#desk-download-text');
    expect(text.name).toBe('2180.txt');
    expect(text.bytes.equals(Buffer.from(shown.text, 'utf-8'))).toBe(true);

    const json = await downloaded(page, '#desk-download-json');
    expect(json.name).toBe('2180.json');
    const saved = path.join(folder, text.name);
    writeFileSync(saved, text.bytes);
    const parsed = briefingParse(saved);
    expect(parsed.status).toBe(0);
    expect(JSON.parse(json.bytes.toString('utf-8'))).toEqual(JSON.parse(parsed.stdout));
    expect(JSON.parse(parsed.stdout).sections[0].articles[0].title).toMatch(/^（补）《首都文明委/);
    expect(desk().errors).toEqual([]);
  });
});
