/**
 * What kind of file the bytes are, by their first bytes more than by the
 * name: an office renames files freely, and an old Word file saved as
 * `.docx` must be told apart from a damaged one.
 */
import { IMPORT_MESSAGES, type ImportProblem } from './errors.ts';

export type InputKind = 'pdf' | 'docx' | 'txt';

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((byte, index) => bytes[at + index] === byte);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK␃␄
/** OLE2 compound file: Word 97–2003 .doc, WPS .wps. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function sniff(bytes: Uint8Array, fileName: string): { ok: true; value: InputKind } | { ok: false; problem: ImportProblem } {
  const extension = /\.([^./\\]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
  const fail = (problem: ImportProblem) => ({ ok: false as const, problem });
  if (bytes.length === 0) return fail({ kind: 'empty', message: IMPORT_MESSAGES.empty() });
  // Some producers put a few bytes before the header; PDF readers accept it within the first kilobyte.
  const head = bytes.subarray(0, 1024);
  if (head.findIndex((_, at) => startsWith(head, PDF, at)) !== -1) return { ok: true, value: 'pdf' };
  if (startsWith(bytes, ZIP)) return { ok: true, value: 'docx' };
  if (startsWith(bytes, OLE)) return fail({ kind: 'legacy-word', message: IMPORT_MESSAGES['legacy-word'](extension === 'wps' ? '.wps' : '.doc') });
  if (extension === 'pdf') return fail({ kind: 'corrupt', message: IMPORT_MESSAGES.corrupt('it does not start as a PDF does (%PDF-)') });
  if (extension === 'docx') return fail({ kind: 'corrupt', message: IMPORT_MESSAGES.corrupt('a .docx is a zip archive, and this one is not') });
  if (extension === 'doc' || extension === 'wps') return fail({ kind: 'legacy-word', message: IMPORT_MESSAGES['legacy-word'](`.${extension}`) });
  if (extension === 'txt') return { ok: true, value: 'txt' };
  return fail({ kind: 'unknown-format', message: IMPORT_MESSAGES['unknown-format']() });
}
