/**
 * Behaviour: the desk re-checks the text as the editor types (issue 20).
 * Given tests/broken/impossible-date.txt (总第2178期 dated 2021 年 2 月 30 日)
 * opened as 2178.txt, the file it corrects, choosing its problem puts the
 * cursor on the date; typing a real date clears the problem. Given a good issue, typing an impossible date adds the
 * problem, marked on the date's line. Each time the desk's words are
 * `briefing check`'s for the same text. A re-check of a typical issue (the
 * corpus's) takes under 100 ms.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/browser.ts';
import { afterRecheck, asCheckLines, checkInArchive, checksDone, dropFile, withoutPublishedLines, deskForTheseTests } from './support/desk.ts';
import { fixtureSite } from './support/fixture-site.ts';

const site = fixtureSite();
const encoder = new TextEncoder();
/** The date line as the corpus writes it: `2021 年 3 月 8 日`. */
const DATE_LINE = /^\d{4} 年 \d{1,2} 月 \d{1,2} 日$/m;

/** Select the whole date line in the editor, as an editor would before typing over it. */
async function selectDateLine(page: Page): Promise<number> {
  return page.evaluate((source) => {
    const editor = document.getElementById('desk-editor') as HTMLTextAreaElement;
    const match = new RegExp(source, 'm').exec(editor.value)!;
    editor.focus();
    editor.setSelectionRange(match.index, match.index + match[0].length);
    return editor.value.slice(0, match.index).split('\n').length;
  }, DATE_LINE.source);
}

/** Type over the selection, key by key, and wait for the re-check. */
async function typeOver(page: Page, text: string) {
  const before = await checksDone(page);
  await page.keyboard.type(text);
  return afterRecheck(page, before);
}

describe('the desk re-checks the text as the editor types', () => {
  const desk = deskForTheseTests(site);

  it('text pasted into the empty editor is checked as a file of that text would be', async () => {
    const { page } = desk();
    const text = readFileSync(site.corpusFiles.find((candidate) => candidate.endsWith('2169.txt'))!, 'utf8').replace(/^\uFEFF/, '');
    const before = await checksDone(page);
    await page.locator('#desk-editor').fill(text);
    const pasted = await afterRecheck(page, before);
    // A paste is a new file (粘贴的文本.txt), so it is a second file of 总第2169期
    expect(asCheckLines('粘贴的文本.txt', pasted.problems)).toEqual(
      checkInArchive(site, '粘贴的文本.txt', encoder.encode(text)).messages.map((line) => withoutPublishedLines(site, line, '粘贴的文本.txt')),
    );
    expect(pasted.problems.map((problem) => problem.message)).toEqual([expect.stringContaining('总第2169期 is also in 2169.txt')]);
  });

  it('typing a real date over an impossible one clears its problem', async () => {
    const { page } = desk();
    const name = '2178.txt';
    const shown = await dropFile(page, name, readFileSync(path.join(REPO_ROOT, 'tests', 'broken', 'impossible-date.txt')));
    expect(shown.problems).toHaveLength(1);
    const [problem] = shown.problems;

    // Choosing the problem puts the cursor where it is
    await page.locator('#desk-problem-list .desk-problem').first().click();
    const cursor = await page.evaluate(() => {
      const editor = document.getElementById('desk-editor') as HTMLTextAreaElement;
      const before = editor.value.slice(0, editor.selectionStart).split('\n');
      return { focused: document.activeElement === editor, line: before.length, column: before.at(-1)!.length + 1 };
    });
    expect(cursor).toEqual({ focused: true, line: problem!.line, column: problem!.column });

    await selectDateLine(page);
    const fixed = await typeOver(page, '2021 年 3 月 8 日');
    expect(fixed.problems).toEqual([]);
    expect(fixed.marked).toEqual([]);
    expect(fixed.summary).toBe(checkInArchive(site, name, encoder.encode(fixed.text)).summary);
  });

  it('typing an impossible date adds its problem, marked on the date line', async () => {
    const { page } = desk();
    const file = site.corpusFiles.find((candidate) => candidate.endsWith('2177.txt'))!;
    const good = await dropFile(page, '2177.txt', readFileSync(file));
    expect(good.problems).toEqual([]);

    const dateLine = await selectDateLine(page);
    const broken = await typeOver(page, '2021 年 2 月 29 日');
    expect(broken.problems.map((problem) => problem.line)).toEqual([dateLine]);
    expect(broken.marked).toEqual([dateLine]);
    expect(asCheckLines('2177.txt', broken.problems)).toEqual(checkInArchive(site, '2177.txt', encoder.encode(broken.text)).messages);
    expect(broken.text).toContain('2021 年 2 月 29 日');
  });

  it('typing a line the 版记 has no field for adds a warning on it, and the summary stays, as briefing check prints them', async () => {
    const { page } = desk();
    await dropFile(page, '2169.txt', readFileSync(site.corpusFiles.find((candidate) => candidate.endsWith('2169.txt'))!));
    const line = await page.evaluate(() => {
      const editor = document.getElementById('desk-editor') as HTMLTextAreaElement;
      const at = editor.value.indexOf('\n', editor.value.indexOf('核稿'));
      editor.focus();
      editor.setSelectionRange(at, at);
      return editor.value.slice(0, at).split('\n').length + 2;
    });
    const before = await checksDone(page);
    await page.keyboard.insertText('\n\n附件另发');
    const warned = await afterRecheck(page, before);
    const command = checkInArchive(site, '2169.txt', encoder.encode(warned.text));
    expect(asCheckLines('2169.txt', warned.problems)).toEqual(command.messages);
    expect(warned.problems.map((problem) => [problem.line, problem.message.startsWith('warning: ')])).toEqual([[line, true]]);
    expect(warned.marked).toEqual([line]);
    expect(command.summary).toBeDefined();
    expect(warned.summary).toBe(command.summary);
  });

  it('re-checks a corpus issue in under 100 ms', async () => {
    const { page } = desk();
    const timings: number[] = [];
    for (const file of site.corpusFiles) {
      await dropFile(page, path.basename(file), readFileSync(file));
      for (const day of ['9', '10', '11']) {
        await selectDateLine(page);
        await typeOver(page, `2021 年 3 月 ${day} 日`);
        timings.push(Number(await page.locator('#desk').getAttribute('data-check-ms')));
      }
    }
    const median = [...timings].sort((a, b) => a - b)[Math.floor(timings.length / 2)]!;
    console.log(`[desk] re-check of a corpus issue: median ${median.toFixed(1)} ms, max ${Math.max(...timings).toFixed(1)} ms (${timings.length} re-checks)`);
    expect(timings.every((ms) => ms > 0)).toBe(true);
    expect(median).toBeLessThan(100);
    expect(desk().errors).toEqual([]);
  });
});
