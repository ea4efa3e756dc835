/** PDFs printed by Chromium (playwright-core, Debian's chromium) from the HTML layout: one browser for a batch. */
import { chromium } from 'playwright-core';
import { issueHtml, PAGE_NUMBER_TEMPLATE } from './html.ts';
import type { PrintedLine, PrintVariant } from './printed.ts';

/** Prints each job and hands it to `keep` as soon as it is printed. */
export async function printWithChromium(
  jobs: ReadonlyArray<{ lines: readonly PrintedLine[]; variant: PrintVariant }>,
  keep: (index: number, pdf: Uint8Array) => void,
): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    timeout: 120_000,
  });
  try {
    const page = await browser.newPage();
    for (const [index, { lines, variant }] of jobs.entries()) {
      await page.setContent(issueHtml(lines, variant));
      keep(index, new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: PAGE_NUMBER_TEMPLATE })));
    }
  } finally {
    await browser.close();
  }
}
