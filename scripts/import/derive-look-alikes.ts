/**
 * Derives src/lib/import/look-alikes.ts: the characters Chromium's printer
 * with Noto CJK SC writes into a PDF's text layer in place of the GB 2312
 * characters it printed. Every GB 2312 character is printed in the four
 * faces the fixtures use and read back with PDF.js; where the two differ,
 * the one read back is a look-alike of the one printed.
 *
 *   node scripts/import/derive-look-alikes.ts   (needs Chromium and fonts-noto-cjk)
 */
import { writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chromium } from 'playwright-core';

const TARGET = new URL('../../src/lib/import/look-alikes.ts', import.meta.url);
const FACES = ["'Noto Serif CJK SC'", "'Noto Serif CJK SC'; font-weight: bold", "'Noto Sans CJK SC'", "'Noto Sans CJK SC'; font-weight: bold"];

const gb2312: string[] = [];
for (let high = 0xa1; high <= 0xf7; high += 1) {
  for (let low = 0xa1; low <= 0xfe; low += 1) {
    const character = iconv.decode(Buffer.from([high, low]), 'gb2312');
    if (character.length === 1 && character !== '\ufffd' && character.trim() !== '') gb2312.push(character);
  }
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const pairs = new Map<string, string>();
for (const face of FACES) {
  const rows: string[] = [];
  for (let at = 0; at < gb2312.length; at += 40) rows.push(gb2312.slice(at, at + 40).join(''));
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  await page.setContent(`<html lang="zh-CN"><body style="font-family: ${face}; font-size: 10pt">${rows.map((row) => `<div>${escape(row)}</div>`).join('')}</body></html>`);
  const document = await getDocument({ data: new Uint8Array(await page.pdf({ format: 'A4' })), verbosity: 0 }).promise;
  let read = '';
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    read += content.items.map((item) => ('str' in item ? item.str : '')).join('');
  }
  const got = Array.from(read.replace(/\s/g, ''));
  if (got.length !== gb2312.length) throw new Error(`${face}: read ${got.length} characters back for ${gb2312.length} printed`);
  got.forEach((character, index) => {
    if (character !== gb2312[index]) pairs.set(character, gb2312[index]!);
  });
}
await browser.close();

const table = [...pairs].sort(([a], [b]) => a.codePointAt(0)! - b.codePointAt(0)!).map(([lookAlike, character]) => lookAlike + character).join('');
writeFileSync(
  TARGET,
  `/** Written by scripts/import/derive-look-alikes.ts (do not edit): pairs of a look-alike and the GB 2312 character Chromium with Noto CJK SC printed for it. */\nexport const PRINTED_LOOK_ALIKES = '${table}';\n`,
);
console.log(`${pairs.size} look-alikes → ${TARGET.pathname}`);
