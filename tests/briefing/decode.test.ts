import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/lib/briefing/decode.ts';

const TEXT = '首都精神文明建设情况简报\n第 3 期\n';

function decoded(bytes: Uint8Array) {
  const result = decode(bytes, 'issue.txt');
  if (!result.ok) throw new Error(String(result.problem));
  return result.value;
}

describe('decode', () => {
  it('should read UTF-8 without a BOM', () => {
    expect(decoded(Buffer.from(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('should read UTF-8 with a BOM and drop the BOM', () => {
    expect(decoded(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toEqual({ text: TEXT, encoding: 'utf-8-bom' });
  });

  it('should read UTF-16 little- and big-endian by their BOM', () => {
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    const big = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()]);
    expect(decoded(little)).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decoded(big)).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });

  it('should read GB18030 and GBK ("ANSI" in a Chinese locale)', () => {
    expect(decoded(iconv.encode(TEXT, 'gb18030'))).toEqual({ text: TEXT, encoding: 'gb18030' });
    expect(decoded(iconv.encode(TEXT, 'gbk'))).toEqual({ text: TEXT, encoding: 'gb18030' });
  });

  it('should turn CRLF and lone CR line ends into LF', () => {
    expect(decoded(Buffer.from('a\r\nb\rc\n')).text).toBe('a\nb\nc\n');
  });

  it('should name the file and the encoding field for an empty file', () => {
    const result = decode(new Uint8Array(), 'content/new.txt');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(String(result.problem)).toBe('content/new.txt:1:1: 编码 (encoding): the file is empty (expected the text of one briefing, found “0 bytes”)');
  });

  it('should point at the first control character of a binary file', () => {
    const result = decode(Buffer.from('第一行\n第二\u0000行'), 'x.txt');
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.problem.line, result.problem.column, result.problem.found]).toEqual([2, 3, 'control character U+0000']);
  });

  it('should refuse a BOM whose bytes do not follow it', () => {
    const result = decode(Buffer.from([0xef, 0xbb, 0xbf, 0xff, 0xff]), 'x.txt');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.reason).toContain('byte-order mark');
  });
});
