/** PDFs printed by Chromium (playwright-core, Debian's chromium) from the HTML layout: one browser for a batch. */
import { chromium } from 'playwright-core';
import { issueHtml, PAGE_NUMBER_TEMPLATE } from './html.ts';
import type { PrintedLine, PrintVariant } from './printed.ts';

export async function printWithChromium(jobs: ReadonlyArray<{ lines: readonly PrintedLine[]; variant: PrintVariant }>): Promise<Uint8Array[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    timeout: 120_000,
  });
  try {
    const page = await browser.newPage();
    const pdfs: Uint8Array[] = [];
    for (const { lines, variant } of jobs) {
      await page.setContent(issueHtml(lines, variant));
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: PAGE_NUMBER_TEMPLATE });
      pdfs.push(new Uint8Array(pdf));
    }
    return pdfs;
  } finally {
    await browser.close();
  }
}
