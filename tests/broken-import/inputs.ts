/**
 * The broken inputs `briefing import` must refuse with a clear message,
 * made by code when the test runs (expected.json says what each must give):
 * a scan with no text layer, a password-protected PDF, old binary Word and
 * WPS files, a truncated PDF and a corrupt .docx, empty files, a document
 * that is no briefing, and two issues in one PDF.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { PDFDocument, rgb } from 'pdf-lib';
import type { Issue } from '../../src/lib/briefing/index.ts';
import { fixturesOf } from '../../scripts/import-fixtures/index.ts';
import { printedLines, variantFor } from '../../scripts/import-fixtures/printed.ts';
import { writeWithPdfLib } from '../../scripts/import-fixtures/pdf-lib.ts';

/** A scanned page: an image of text, here a drawing, and no text at all. */
async function scan(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const page = document.addPage([595, 842]);
  for (let line = 0; line < 30; line += 1) page.drawRectangle({ x: 80, y: 750 - line * 22, width: 400 - (line % 3) * 40, height: 10, color: rgb(0.2, 0.2, 0.2) });
  return document.save();
}

/** RC4, for the PDF standard security handler's revision 2 (the encryption Acrobat 3 wrote). */
function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Array.from({ length: 256 }, (_, index) => index);
  for (let i = 0, j = 0; i < 256; i += 1) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n += 1) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

const PAD = Uint8Array.from([0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a]);
const padded = (password: string) => Uint8Array.from([...new TextEncoder().encode(password), ...PAD].slice(0, 32));
const md5 = (...parts: Uint8Array[]) => new Uint8Array(createHash('md5').update(Buffer.concat(parts)).digest());
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** A one-page PDF that opens only with the user password `secret` (its O and U computed as the PDF reference says). */
function encrypted(): Uint8Array {
  const id = md5(new TextEncoder().encode('briefing broken input'));
  const owner = rc4(md5(padded('owner')).subarray(0, 5), padded('secret'));
  const permissions = Uint8Array.from([0xfc, 0xff, 0xff, 0xff]); // -4
  const key = md5(padded('secret'), owner, permissions, id).subarray(0, 5);
  const user = rc4(key, PAD);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(owner)}> /U <${hex(user)}> /P -4 >>`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(id)}> <${hex(id)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/** The first sector of an OLE2 compound file, as Word 97–2003 and WPS write: the signature and a header. */
function oleFile(): Uint8Array {
  const bytes = new Uint8Array(512);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00], 24);
  return bytes;
}

function docxOf(paragraphs: readonly string[]): Uint8Array {
  const body = paragraphs.map((text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
  });
}

/** Writes every broken input into `folder`; `issues` are two real ones, for the files that need a briefing's text. */
export async function writeBrokenInputs(folder: string, issues: readonly [Issue, Issue]): Promise<void> {
  const [first, second] = issues;
  const [whole] = await fixturesOf([first], 'pdf-lib-unembedded');
  const docx = (await fixturesOf([first], 'docx'))[0]!;
  const both = [...printedLines(first, variantFor(first.totalIssue)), ...printedLines(second, variantFor(second.totalIssue)).map((line, index) => (index === 0 ? { ...line, pageBreakBefore: true } : line))];
  const files: Record<string, Uint8Array> = {
    'scan.pdf': await scan(),
    'encrypted.pdf': encrypted(),
    'old-word.doc': oleFile(),
    'old-wps.wps': oleFile(),
    'saved-as-docx-but-old-word.docx': oleFile(),
    'truncated.pdf': whole!.subarray(0, 400),
    'corrupt.docx': docx.subarray(0, Math.floor(docx.length / 2)),
    'empty.pdf': new Uint8Array(0),
    'empty.docx': new Uint8Array(0),
    'not-a-briefing.docx': docxOf(['会议纪要', '时间：2021年3月8日', '地点：第一会议室', '出席：各处室负责人。']),
    'two-issues.pdf': await writeWithPdfLib(both, variantFor(first.totalIssue), 'unembedded'),
    'not-a-pdf.pdf': new TextEncoder().encode('<html><body>下载失败</body></html>'),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(folder, name), bytes);
}
