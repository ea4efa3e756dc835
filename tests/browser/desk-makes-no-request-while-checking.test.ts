/**
 * Behaviour: the desk is private by construction (issue 20). Once /desk/
 * has loaded (with its numbering index), opening files, typing, previewing
 * and downloading make no network request at all; and with the network cut
 * off, the desk still checks what it is given.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/browser.ts';
import { afterRecheck, checksDone, dropFile, networkRequests, deskForTheseTests } from './support/desk.ts';
import { fixtureSite } from './support/fixture-site.ts';

const site = fixtureSite();

describe('the desk makes no request while it checks', () => {
  const desk = deskForTheseTests(site);

  it('opening every corpus file and a broken one, typing, previewing and downloading requests nothing', async () => {
    const { page } = desk();
    // Given the desk has loaded, its page and the numbering index came over the network
    expect(desk().requestsSinceReady).toEqual([]);
    for (const file of [...site.corpusFiles, path.join(REPO_ROOT, 'tests', 'broken', 'impossible-date.txt')]) {
      await dropFile(page, path.basename(file), readFileSync(file));
    }
    const before = await checksDone(page);
    await page.locator('#desk-editor').focus();
    await page.keyboard.press('End');
    await page.keyboard.type('补');
    await afterRecheck(page, before);
    await dropFile(page, '2177.txt', readFileSync(site.corpusFiles.find((file) => file.endsWith('2177.txt'))!));
    expect(await page.locator('#desk-preview article.issue').count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#desk-download-text').click()]);
    expect(await download.path()).toBeTruthy();
    // Then nothing left the page (a download is a blob: URL made in it)
    expect(networkRequests(desk().requestsSinceReady)).toEqual([]);
    expect(desk().errors).toEqual([]);
  });

  it('with the network cut off, a file is still checked and previewed', async () => {
    const { page, context } = desk();
    await context.setOffline(true);
    try {
      const shown = await dropFile(page, '2178.txt', readFileSync(site.corpusFiles.find((file) => file.endsWith('2178.txt'))!));
      expect(shown.problems).toEqual([]);
      expect(shown.summary).toMatch(/^总第2178期/);
      expect(await page.locator('#desk-preview article.issue').count()).toBe(1);
    } finally {
      await context.setOffline(false);
    }
    expect(networkRequests(desk().requestsSinceReady)).toEqual([]);
  });
});
