/**
 * Behaviour: the editor's desk is accessible and usable from the keyboard
 * (site.md §1, issue 20): axe-core reports no serious or critical violation
 * on /desk/ as it opens, showing problems, and showing a preview; it is in
 * Chinese and kept out of search engines; the file picker, the editor, the
 * problems and the buttons are reached with Tab, and Enter on a problem
 * puts the cursor on its line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, checkAccessibility, formatViolations } from './support/browser.ts';
import { dropFile, deskForTheseTests } from './support/desk.ts';
import { fixtureSite } from './support/fixture-site.ts';

const site = fixtureSite();

describe('the desk is accessible', () => {
  const desk = deskForTheseTests(site);

  it('is in Chinese, not indexed, and has no serious or critical axe violation as it opens', async () => {
    const { page } = desk();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(await page.getByLabel('简报全文（可直接编辑或粘贴）').getAttribute('id')).toBe('desk-editor');
    expect(formatViolations(await checkAccessibility(page))).toBe('');
  });

  it('has no serious or critical axe violation showing problems, and none showing a preview', async () => {
    const { page } = desk();
    const broken = await dropFile(page, 'impossible-date.txt', readFileSync(path.join(REPO_ROOT, 'tests', 'broken', 'impossible-date.txt')));
    expect(broken.problems.length).toBeGreaterThan(0);
    expect(formatViolations(await checkAccessibility(page))).toBe('');
    const good = await dropFile(page, '2177.txt', readFileSync(site.corpusFiles.find((file) => file.endsWith('2177.txt'))!));
    expect(good.problems).toEqual([]);
    expect(await page.locator('#desk-preview article.issue').count()).toBe(1);
    expect(formatViolations(await checkAccessibility(page))).toBe('');
  });

  it('is used from the keyboard: Tab reaches the picker, the problems, the editor and the buttons; Enter on a problem goes to its line', async () => {
    const { page } = desk();
    await dropFile(page, 'impossible-date.txt', readFileSync(path.join(REPO_ROOT, 'tests', 'broken', 'impossible-date.txt')));
    await page.locator('body').focus();
    const reached: string[] = [];
    for (let press = 0; press < 40; press += 1) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.className || ''));
    }
    expect(reached).toContain('desk-file');
    expect(reached).toContain('desk-problem');
    expect(reached).toContain('desk-editor');
    expect(reached).toContain('desk-download-text');

    await page.locator('#desk-problem-list .desk-problem').first().focus();
    await page.keyboard.press('Enter');
    const line = await page.evaluate(() => {
      const editor = document.getElementById('desk-editor') as HTMLTextAreaElement;
      return document.activeElement === editor ? editor.value.slice(0, editor.selectionStart).split('\n').length : 0;
    });
    expect(line).toBe(Number(await page.locator('#desk-problem-list .desk-problem').first().getAttribute('data-line')));
    expect(desk().errors).toEqual([]);
  });
});
