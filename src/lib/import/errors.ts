/**
 * Why a file could not be imported, in words for the editor who has it.
 * Messages are data (no exception carries them), so no stack trace reaches
 * anyone; the command prints them after the file's name.
 */
export type ImportProblemKind =
  | 'empty'
  | 'legacy-word'
  | 'unknown-format'
  | 'corrupt'
  | 'encrypted'
  | 'no-text-layer'
  | 'not-a-briefing'
  | 'several-issues'
  | 'undecodable';

export interface ImportProblem {
  kind: ImportProblemKind;
  message: string;
  /** The source page it concerns, when there is one. */
  page?: number;
}

export const IMPORT_MESSAGES = {
  empty: () => '空文件 (empty file): nothing to import',
  'legacy-word': (format: string) =>
    `旧版 ${format} 文件 (old binary ${format} file): open it in Word or WPS and save it as .docx, then import the .docx`,
  'unknown-format': () => '无法识别的文件格式 (not a PDF, a .docx or a text file)',
  corrupt: (detail: string) => `文件已损坏或不完整 (corrupt or truncated file): ${detail}`,
  encrypted: () => 'PDF 已加密 (encrypted PDF): save an unprotected copy (print to PDF without a password) and import that',
  'no-text-layer': () =>
    'PDF 没有文字层 (no text layer: a scanned image): OCR is not done here; run it through OCR (e.g. in Acrobat or WPS) and import the result',
  'not-a-briefing': () => '不是简报 (not a briefing): no masthead “首都精神文明建设情况简报” with 第N期 and 总第M期 was found',
  'several-issues': (count: number, pages: string) =>
    `一个文件含 ${count} 期简报 (${count} issues in one file, mastheads on pages ${pages}): split it, one issue per file`,
  undecodable: (detail: string) => `无法解码的文本 (undecodable text): ${detail}`,
} as const;
