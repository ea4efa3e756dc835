/**
 * The editor's desk (/desk/) as the browser tests drive it, and
 * `briefing check` run on the same file in the same archive, for the tests
 * to compare the two.
 *
 * What the desk checks a file against is the fixture site's archive (its
 * numbering index), so the command is run on a copy of that archive folder
 * with the file put in under its own name, as an editor would save it
 * there (a file of the same name is the one it replaces).
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { main } from '../../../scripts/briefing.ts';
import { launchBrowser, openPage, type OpenedPage } from './browser.ts';
import type { FixtureSite } from './fixture-site.ts';

export interface DeskProblem {
  line: number;
  column: number;
  /** As `briefing check` words it, without the file and place. */
  message: string;
}

export interface DeskState {
  problems: DeskProblem[];
  summary: string;
  text: string;
  /** Lines the editor marks, 1-based. */
  marked: number[];
}

export interface OpenedDesk extends OpenedPage {
  /** Every URL requested since the desk was ready (after load). */
  requestsSinceReady: string[];
}

/** Open /desk/ and wait until it has its numbering index. */
export async function openDesk(browser: Browser, site: FixtureSite): Promise<OpenedDesk> {
  const opened = await openPage(browser, `${site.url}/desk/`);
  await opened.page.waitForSelector('#desk[data-ready="true"]');
  const requestsSinceReady: string[] = [];
  opened.page.on('request', (request) => requestsSinceReady.push(request.url()));
  return { ...opened, requestsSinceReady };
}

/**
 * The desk of `site` for the tests of one file: a browser of its own opens it
 * before them and closes after them. Call in a `describe`; the function it
 * returns gives the opened desk inside the tests.
 */
export function deskForTheseTests(site: FixtureSite): () => OpenedDesk {
  let browser: Browser | undefined;
  let desk: OpenedDesk | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    desk = await openDesk(browser, site);
  });
  afterAll(async () => {
    await desk?.close();
    await browser?.close();
  });
  return () => {
    if (desk === undefined) throw new Error('the desk is opened in beforeAll, before any test');
    return desk;
  };
}

async function checksDone(page: Page): Promise<number> {
  return Number((await page.locator('#desk').getAttribute('data-checks')) ?? '0');
}

/** Open a file on the desk with its file picker, and wait for its check. */
export async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<DeskState> {
  const before = await checksDone(page);
  await page.locator('#desk-file').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(bytes) });
  await page.waitForFunction((count) => Number(document.getElementById('desk')!.dataset.checks ?? '0') > count, before);
  return deskState(page);
}

/** Wait for the re-check after typing (the desk waits for a pause, and marks its problems busy until then), then read the desk. */
export async function afterRecheck(page: Page, before: number): Promise<DeskState> {
  await page.waitForFunction(
    (count) => Number(document.getElementById('desk')!.dataset.checks ?? '0') > count && !document.getElementById('desk-problems')!.hasAttribute('aria-busy'),
    before,
  );
  return deskState(page);
}

export { checksDone };

export async function deskState(page: Page): Promise<DeskState> {
  return page.evaluate(() => ({
    problems: [...document.querySelectorAll<HTMLElement>('#desk-problem-list .desk-problem')].map((button) => ({
      line: Number(button.dataset.line),
      column: Number(button.dataset.column),
      message: button.querySelector('.desk-problem__message')!.textContent ?? '',
    })),
    summary: document.getElementById('desk-summary')!.textContent ?? '',
    text: (document.getElementById('desk-editor') as HTMLTextAreaElement).value,
    marked: [...document.querySelectorAll<HTMLElement>('#desk-editor-lines .desk-line--error, #desk-editor-lines .desk-line--warning')].map((row) =>
      Number(row.dataset.line),
    ),
  }));
}

/** The desk's problems as `briefing check` lines: `NAME:LINE:COL: message`. */
export function asCheckLines(name: string, problems: readonly DeskProblem[]): string[] {
  return problems.map((problem) => `${name}:${problem.line}:${problem.column}: ${problem.message}`);
}

export interface CheckOutput {
  /** The first line of each problem about the file (its message; the excerpt under it left out), the folder's path taken out of every file name. */
  messages: string[];
  /** The file's summary line, without `NAME: `; undefined when it has none. */
  summary: string | undefined;
}

/** `briefing check` on the fixture archive with the file `name` put in (replacing a file of that name). */
export function checkInArchive(site: FixtureSite, name: string, bytes: Uint8Array): CheckOutput {
  const folder = mkdtempSync(path.join(tmpdir(), 'desk-check-'));
  try {
    for (const file of readdirSync(site.archiveDir)) copyFileSync(path.join(site.archiveDir, file), path.join(folder, file));
    writeFileSync(path.join(folder, name), bytes);
    const stdout: string[] = [];
    const stderr: string[] = [];
    main(['check', folder], { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text), env: {}, cwd: folder });
    const local = (line: string) => line.replaceAll(`${folder}/`, '');
    const messages = stderr.map((text) => local(text.split('\n')[0]!)).filter((line) => line.startsWith(`${name}:`));
    const summary = stdout.map(local).find((line) => line.startsWith(`${name}: `))?.slice(name.length + 2);
    return { messages, summary };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * The desk knows a published issue by its numbers and file name only, so
 * where the command adds the line of another file's 总期号 (`2178.txt:7`),
 * the desk names the file alone: the command's line as the desk words it.
 */
export function withoutPublishedLines(site: FixtureSite, line: string, name: string): string {
  return readdirSync(site.archiveDir)
    .filter((other) => other !== name)
    .reduce((text, other) => text.replaceAll(new RegExp(`${other.replace(/\W/g, '\\$&')}:\\d+\\b(?!:)`, 'g'), other), line);
}

/** Only requests that leave the page: a blob: URL (a download made in the page) or data: URL is not one. */
export function networkRequests(urls: readonly string[]): string[] {
  return urls.filter((url) => !url.startsWith('blob:') && !url.startsWith('data:'));
}

export function expectNoNetwork(desk: OpenedDesk): void {
  expect(networkRequests(desk.requestsSinceReady)).toEqual([]);
}
