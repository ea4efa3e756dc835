import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/import/index.ts';
import { layOut } from '../../src/lib/import/layout.ts';
import type { VisualLine } from '../../src/lib/import/lines.ts';
import { foldLookAlikes } from '../../src/lib/import/unicode.ts';
import { PDF_OPTIONS } from './support/round-trip.ts';

describe('look-alike characters', () => {
  it('should give the ideographs a reader types for Kangxi radicals, CJK radicals and compatibility ideographs', () => {
    expect(foldLookAlikes('⾸都⽂明')).toBe('首都文明');
    expect(foldLookAlikes('⻋⻓⻔')).toBe('车长门');
    expect(foldLookAlikes('\uF900\u{2F800}')).toBe('\u8C48\u4E3D');
  });

  it('should read ⼾ as the simplified 户 whose glyph it borrowed, not the 戶 its decomposition names', () => {
    expect('⼾'.normalize('NFKC')).toBe('戶');
    expect(foldLookAlikes('商⼾')).toBe('商户');
  });

  it('should leave full-width punctuation, digits and Latin text as they are', () => {
    const text = '（总第２１７８期），：；！？ABC abc 123「」';
    expect(foldLookAlikes(text)).toBe(text);
  });
});

const line = (text: string, page: number, left: number, right: number, size = 16): VisualLine => ({ cells: [text], page, size, left, right });

describe('laying out visual lines', () => {
  it('should join a paragraph wrapped over lines and over a page, and keep indented lines apart', () => {
    const { lines } = layOut([
      line('第一段开头', 1, 112, 520),
      line('接着写完。', 1, 80, 200),
      line('第二段从缩进开始并且跑满了整整一行的宽度直到', 1, 112, 520),
      line('— 1 —', 1, 280, 320),
      line('右边距，翻页后接着写。', 2, 80, 250),
      line('（西城区文明办）', 2, 400, 520),
    ]);
    expect(lines.map((logical) => logical.cells[0])).toEqual(['第一段开头接着写完。', '第二段从缩进开始并且跑满了整整一行的宽度直到右边距，翻页后接着写。', '（西城区文明办）']);
  });

  it('should drop page numbers and ornaments and report each with its page', () => {
    const { dropped } = layOut([line('正文', 1, 80, 520), line('-1-', 1, 290, 300), line('★★★', 2, 200, 300), line('第2页', 2, 280, 300)]);
    expect(dropped).toEqual([
      { page: 1, text: '-1-', reason: 'page number' },
      { page: 2, text: '★★★', reason: 'decoration' },
      { page: 2, text: '第2页', reason: 'page number' },
    ]);
  });

  it('should drop a running header repeated at the top of later pages', () => {
    const { lines, dropped } = layOut([
      line('第一段跑满一行', 1, 112, 520),
      line('第二行也跑满', 1, 80, 520),
      line('第一段完。', 1, 80, 200),
      line('内部资料 注意保存', 2, 80, 300),
      line('正文二', 2, 112, 300),
      line('内部资料 注意保存', 3, 80, 300),
      line('正文三', 3, 112, 300),
    ]);
    expect(dropped.map((entry) => [entry.page, entry.reason])).toEqual([[2, 'running header or footer'], [3, 'running header or footer']]);
    expect(lines.map((logical) => logical.cells[0])).toEqual(['第一段跑满一行第二行也跑满第一段完。', '正文二', '正文三']);
  });
});

function docx(body: string): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zipSync({ 'word/document.xml': strToU8(xml), '[Content_Types].xml': strToU8('<Types/>') });
}
const p = (text: string, props = '') => `<w:p><w:pPr>${props}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

describe('reading a .docx', () => {
  it('should write the masthead in the parser order when the date is printed left of the publisher, in a table', async () => {
    const body = [
      p('首都精神文明建设情况简报'),
      p('第12期'),
      p('（总第2178期）'),
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>2021年3月8日</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>首都精神文明办</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
      p('正文第一段。'),
      `<w:p><w:r><w:t>责编：梅雪峰</w:t></w:r><w:r><w:tab/><w:t>核稿：田文松</w:t></w:r></w:p>`,
      p('报：中央文明办，'),
      p('首都文明委主任、副主任。'),
    ].join('');
    const result = await importFile(docx(body), 'a.docx', PDF_OPTIONS);
    expect(result.ok && result.text).toBe(
      '首都精神文明建设情况简报\n\n第12期\n\n（总第2178期）\n\n首都精神文明办\n\n2021年3月8日\n\n正文第一段。\n\n责编：梅雪峰　　核稿：田文松\n\n报：中央文明办，首都文明委主任、副主任。\n',
    );
  });

  it('should take apart masthead fields printed on one line with spaces only', async () => {
    const body = [p('首都精神文明建设情况简报'), p('第 12 期　（总第 2178 期）'), p('首都精神文明办　　　　2021 年 3 月 8 日'), p('正文。')].join('');
    const result = await importFile(docx(body), 'c.docx', PDF_OPTIONS);
    expect(result.ok && result.text).toBe('首都精神文明建设情况简报\n\n第 12 期\n\n（总第 2178 期）\n\n首都精神文明办\n\n2021 年 3 月 8 日\n\n正文。\n');
  });

  it('should decode XML entities and fold look-alikes in runs', async () => {
    const result = await importFile(docx(p('首都精神文明建设情况简报') + p('第1期') + p('（总第1期）') + p('首都精神⽂明办') + p('2021年1月1日') + p('A &amp; B &lt;C&gt; &#x6587;')), 'b.docx', PDF_OPTIONS);
    expect(result.ok && result.text).toContain('首都精神文明办\n\n2021年1月1日\n\nA & B <C> 文\n');
  });
});
