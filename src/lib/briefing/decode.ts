/**
 * Stage 1: bytes → text. Editors on Windows save as UTF-8 (with or without
 * BOM), UTF-16 with BOM, or GB18030/GBK ("ANSI" in a Chinese locale), with
 * CRLF or LF line ends (format.md §1.4). Anything else is an error that
 * names the file.
 */
import { BriefingProblem } from './errors.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  /** The text with LF line ends and no BOM. */
  text: string;
  encoding: Encoding;
}

export type DecodeResult = { ok: true; value: Decoded } | { ok: false; problem: BriefingProblem };

const BOMS: ReadonlyArray<{ bytes: readonly number[]; encoding: Encoding; label: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8-bom', label: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le', label: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be', label: 'utf-16be' },
];

/**
 * Control characters other than tab, line feed, form feed and carriage return
 * never occur in a pasted briefing; a NUL or a run of them means binary data
 * (or UTF-16 saved without its BOM).
 */
const BINARY_CHARACTER = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

export function decode(bytes: Uint8Array, file: string): DecodeResult {
  const fail = (reason: string, expected: string, found: string): DecodeResult => ({
    ok: false,
    problem: new BriefingProblem({ file, place: { line: 1, column: 1 }, field: '编码 (encoding)', reason, expected, found }),
  });

  if (bytes.length === 0) {
    return fail('the file is empty', 'the text of one briefing', '0 bytes');
  }

  const bom = BOMS.find(({ bytes: mark }) => mark.every((byte, index) => bytes[index] === byte));
  let text: string;
  let encoding: Encoding;
  if (bom) {
    const decoded = tryDecode(bom.label, bytes.subarray(bom.bytes.length));
    if (decoded === undefined) {
      return fail(`the file starts with a ${bom.label} byte-order mark but is not valid ${bom.label}`, `valid ${bom.label}`, 'undecodable bytes');
    }
    text = decoded;
    encoding = bom.encoding;
  } else {
    const utf8 = tryDecode('utf-8', bytes);
    const gb = utf8 === undefined ? tryDecode('gb18030', bytes) : undefined;
    if (utf8 === undefined && gb === undefined) {
      if (looksLikeUtf16(bytes)) {
        return fail('the file looks like UTF-16 saved without its byte-order mark', 'UTF-8, UTF-16 with BOM, or GB18030/GBK text', 'UTF-16 without BOM');
      }
      return fail('the bytes are neither UTF-8 nor GB18030', 'UTF-8, UTF-16 with BOM, or GB18030/GBK text', 'undecodable bytes');
    }
    text = (utf8 ?? gb)!;
    encoding = utf8 === undefined ? 'gb18030' : 'utf-8';
  }

  const binary = BINARY_CHARACTER.exec(text);
  if (binary) {
    const before = text.slice(0, binary.index);
    const line = before.split(/\r\n|\r|\n/).length;
    const column = binary.index - Math.max(before.lastIndexOf('\n'), before.lastIndexOf("\r"));
    const code = binary[0].codePointAt(0)!.toString(16).padStart(4, '0').toUpperCase();
    return {
      ok: false,
      problem: new BriefingProblem({
        file,
        place: { line, column },
        field: '编码 (encoding)',
        reason: 'the file holds binary data, not text (UTF-16 needs its byte-order mark)',
        expected: 'text',
        found: `control character U+${code}`,
      }),
    };
  }

  if (text.trim() === '') {
    return fail('the file holds only blank lines', 'the text of one briefing', 'whitespace only');
  }

  // Looking for a CR costs a fifth of a replace that finds none, and most files have LF line ends.
  const lf = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  return { ok: true, value: { text: lf, encoding } };
}

/** Bytes that are neither UTF-8 nor GB18030 but read as Chinese text in UTF-16 lost their byte-order mark. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  return ['utf-16le', 'utf-16be'].some((label) => {
    const text = tryDecode(label, bytes);
    if (text === undefined || BINARY_CHARACTER.test(text)) return false;
    const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
    return han * 2 > text.length;
  });
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
