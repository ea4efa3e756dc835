/**
 * What a reader sees in a raw issue file, read with a few plain patterns
 * (independently of the parser), so the issue page can be checked against
 * the source file itself. Only for well-formed UTF-8 files such as the corpus.
 */
import { readFileSync } from 'node:fs';

export interface RawIssue {
  /** 期号: `第 12 期` → 12 */
  issue: number;
  /** 总期号: `(总第 2178 期)` → 2178 */
  totalIssue: number;
  /** `2021 年 3 月 8 日` → `2021年3月8日`, as the page prints it */
  date: string;
  /** `2021-03-08` */
  isoDate: string;
  /** Attributions closing articles, in file order: `(东城区文明办)` → `东城区文明办` */
  sources: string[];
  editor: string;
  reviewer: string;
  phone: string;
  email: string;
  /** 报 / 送 / 发 recipients: `中央文明办,首都文明委主任、副主任,…。` split at the commas */
  report: string[];
  send: string[];
  distribute: string[];
}

function match(text: string, pattern: RegExp, what: string, file: string): RegExpExecArray {
  const found = pattern.exec(text);
  if (found === null) throw new Error(`${file}: no ${what} (${pattern})`);
  return found;
}

export function readRawIssue(file: string): RawIssue {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const field = (label: string) => match(text, new RegExp(`^\\s*${label}\\s*[:：]\\s*(.+?)\\s*$`, 'm'), label, file)[1]!;
  const recipients = (label: string) =>
    field(label)
      .replace(/[。.]$/, '')
      .split(/[,，]/)
      .map((part) => part.trim())
      .filter((part) => part !== '');
  const [, year, month, day] = match(text, /^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$/m, 'date', file);
  const sources = text
    .split('\n')
    .map((line) => /[(（]\s*([^()（）]+?)\s*[)）]\s*$/.exec(line.trim())?.[1])
    .filter((source): source is string => source !== undefined && !/^总第/.test(source));
  return {
    issue: Number(match(text, /^\s*第\s*(\d+)\s*期\s*$/m, '期号', file)[1]),
    totalIssue: Number(match(text, /^\s*[(（]\s*总第\s*(\d+)\s*期\s*[)）]\s*$/m, '总期号', file)[1]),
    date: `${year}年${Number(month)}月${Number(day)}日`,
    isoDate: `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`,
    sources,
    editor: field('责编'),
    reviewer: field('核稿'),
    phone: field('电话'),
    email: field('邮箱'),
    report: recipients('报'),
    send: recipients('送'),
    distribute: recipients('发'),
  };
}
