/**
 * `briefing` — the editor's and data user's command (site.md §3, §4).
 *
 *   briefing parse FILE        the structured issue as JSON on stdout
 *   briefing check [PATH…]     every problem of every file, or a summary line per good file
 *   briefing import PATH…      PDFs, .docx and text files into the archive (scripts/import/)
 *
 * Bad input is reported as FILE:LINE:COL messages with the offending line;
 * it never produces a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import { contentFolder, displayPath, listIssueFiles } from '../src/lib/content-folder.ts';
import { decode } from '../src/lib/briefing/decode.ts';
import { BriefingProblem, checkArchive, parseBriefing, summarise, type ArchiveEntry, type Issue } from '../src/lib/briefing/index.ts';
import { IMPORT_HELP, importCommand } from './import/command.ts';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Redraws a progress line in place; only given on a terminal. */
  progress?: (text: string) => void;
}

const HELP = `briefing — 首都精神文明建设情况简报 archive tools / 简报归档工具

用法 Usage:
  briefing parse FILE        解析一期简报，输出 JSON
                             Print one issue as structured JSON (format.md §2).
  briefing check [PATH…]     检查文件夹或文件（默认 content/ 或 $BRIEFING_CONTENT）
                             Check every file; list every problem, exit 1 if any.
  briefing import PATH…      导入 PDF、Word（.docx）和文本文件到归档
                             Import PDFs, .docx and text files into the archive.
  briefing COMMAND --help    某个命令的说明 / Help for one command.

退出码 Exit status: 0 正常 ok · 1 文件有错误 problems found · 2 用法错误 usage error`;

const PARSE_HELP = `briefing parse FILE

把一个简报文本文件解析为结构化 JSON，输出到标准输出。
文件有错误时，在标准错误输出中逐条列出（文件:行:列: 字段: 说明），退出码为 1。

Parse one briefing text file (UTF-8, UTF-8 with BOM, UTF-16 with BOM or
GB18030/GBK) and print the structured issue as JSON on stdout. On bad input,
print each problem as FILE:LINE:COL: field: message on stderr and exit 1.`;

const CHECK_HELP = `briefing check [PATH…]

检查归档中的每个文件（默认 content/，可用环境变量 BRIEFING_CONTENT 指定其他文件夹）。
每个问题一行：文件:行:列: 字段: 说明（应为…，实为…），并显示出错的那一行；
没有问题的文件显示一行摘要（总期号、日期、栏目、文章、区）。
还会检查跨文件的问题：总期号重复、期号与同年相邻各期不符、日期与总期号顺序相反。
有任何错误时退出码为 1。

Check every file under each PATH (default: content/, or $BRIEFING_CONTENT).
Each problem is printed as FILE:LINE:COL: field: message (expected …, found …)
with the offending line; each good file gets a one-line summary. Cross-file
problems are checked too: duplicate 总期号, 期号 that clash with their
neighbours of the same year, dates that run backwards against 总期号.
Exit 1 if anything is wrong.`;

/** Every command: import reads PDFs asynchronously, the others answer at once (main). */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'import') return main(argv, io);
  if (rest.includes('--help') || rest.includes('-h')) return print(io.stdout, IMPORT_HELP, 0);
  return importCommand(rest, io);
}

/** The commands that answer at once: parse, check, help. */
export function main(argv: readonly string[], io: Io): number {
  const [command, ...rest] = argv;
  const wantsHelp = rest.includes('--help') || rest.includes('-h');
  switch (command) {
    case 'parse':
      if (wantsHelp) return print(io.stdout, PARSE_HELP, 0);
      return parseCommand(rest, io);
    case 'check':
      if (wantsHelp) return print(io.stdout, CHECK_HELP, 0);
      return checkCommand(rest, io);
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      return print(command === undefined ? io.stderr : io.stdout, HELP, command === undefined ? 2 : 0);
    default:
      return print(io.stderr, `briefing: 未知命令 unknown command “${command}”\n\n${HELP}`, 2);
  }
}

function parseCommand(args: readonly string[], io: Io): number {
  const files = args.filter((arg) => !arg.startsWith('-'));
  if (files.length !== 1) return print(io.stderr, `briefing parse: 需要一个文件 expected one FILE\n\n${PARSE_HELP}`, 2);
  const file = files[0]!;
  const bytes = readBytes(file, io);
  if (bytes instanceof BriefingProblem) return print(io.stderr, String(bytes), 1);
  const result = parseBriefing(bytes, file);
  for (const problem of result.problems) io.stderr(describe(problem, bytes));
  if (result.issue === undefined) return 1;
  io.stdout(JSON.stringify(result.issue, null, 2));
  return 0;
}

function checkCommand(args: readonly string[], io: Io): number {
  const paths = args.filter((arg) => !arg.startsWith('-'));
  const targets = paths.length > 0 ? paths : [displayPath(contentFolder(io.env, io.cwd), io.cwd)];
  const files: string[] = [];
  const problems: BriefingProblem[] = [];
  for (const target of targets) {
    const stats = statOrUndefined(target);
    if (stats === undefined) problems.push(unreadable(target, 'no such file or folder'));
    else if (stats.isDirectory()) files.push(...listIssueFiles(target));
    else files.push(target);
  }

  const entries: Array<ArchiveEntry<Issue>> = [];
  const sources = new Map<string, Uint8Array>();
  for (const file of files) {
    const bytes = readBytes(file, io);
    if (bytes instanceof BriefingProblem) {
      problems.push(bytes);
      continue;
    }
    sources.set(file, bytes);
    const result = parseBriefing(bytes, file);
    problems.push(...result.problems);
    if (result.issue !== undefined) entries.push({ file, issue: result.issue, places: result.places });
  }
  problems.push(...checkArchive(entries));

  const failing = new Set(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.file));
  for (const problem of problems) io.stderr(describe(problem, sources.get(problem.file)));
  for (const entry of entries) {
    if (!failing.has(entry.file)) io.stdout(`${entry.file}: ${summarise(entry.issue)}`);
  }
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  io.stdout(
    `${files.length} 个文件，${entries.length - countFailingEntries(entries, failing)} 期无误，${errors} 个错误，${warnings} 个警告` +
      ` (${files.length} files, ${errors} errors, ${warnings} warnings)`,
  );
  return errors > 0 || files.length === 0 ? 1 : 0;
}

function countFailingEntries(entries: readonly ArchiveEntry[], failing: ReadonlySet<string>): number {
  return entries.filter((entry) => failing.has(entry.file)).length;
}

/** The message, then the offending line with a caret under the column. */
export function describe(problem: BriefingProblem, bytes: Uint8Array | undefined): string {
  const decoded = bytes === undefined ? undefined : decode(bytes, problem.file);
  const line = decoded?.ok ? decoded.value.text.split('\n')[problem.line - 1] : undefined;
  if (line === undefined || line.trim() === '') return String(problem);
  const number = String(problem.line);
  const gutter = ' '.repeat(number.length);
  const caret = ' '.repeat(displayWidth(line.slice(0, problem.column - 1)));
  return `${problem}\n  ${number} | ${line}\n  ${gutter} | ${caret}^`;
}

/** Terminal columns: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6“”‘’—…]/.test(char) ? 2 : 1;
  return width;
}

function readBytes(file: string, io: Io): Uint8Array | BriefingProblem {
  try {
    return readFileSync(file.startsWith('/') ? file : `${io.cwd}/${file}`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return unreadable(file, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : `cannot be read (${code ?? 'unknown'})`);
  }
}

function unreadable(file: string, reason: string): BriefingProblem {
  return new BriefingProblem({ file, place: { line: 1, column: 1 }, field: '文件 (file)', reason, expected: 'a readable text file' });
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function print(write: (text: string) => void, text: string, status: number): number {
  write(text);
  return status;
}
