/**
 * `briefing import PATH… [--out DIR] [--review DIR] [--jobs N] [--force]`:
 * PDFs, .docx and text files into the archive as `{总期号}.txt`, each original
 * kept beside its text byte for byte. What does not parse goes to the review
 * folder with its problems, so the archive always builds; an issue already
 * in the archive, or twice in the batch, is written for neither unless
 * --force. Inputs are never modified, and a second run changes nothing.
 */
import { availableParallelism } from 'node:os';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { parseBriefing } from '../../src/lib/briefing/index.ts';
import { contentFolder, displayPath, listFiles, listIssueFiles } from '../../src/lib/content-folder.ts';
import type { Conversion } from './convert.ts';
import { convertAll, type Input } from './pool.ts';
import { progressLine } from './progress.ts';

export interface ImportIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Redraws the progress bar in place; only given on a terminal. */
  progress?: (text: string) => void;
}

export const IMPORT_HELP = `briefing import PATH… [--out DIR] [--review DIR] [--jobs N] [--force]

把 PDF、Word（.docx）和文本文件导入归档：每期写成 {总期号}.txt，原件以 {总期号}.pdf / .docx 原样保存在旁边。
PATH 可以是文件或文件夹（包括子文件夹）。解析有错误的文件不进归档，其文本和问题清单写入复核文件夹
（默认 import-review/），改好后再导入那个 .txt。已在归档中或本批重复的总期号不写入（--force 覆盖）。

Import PDFs, .docx and text files (any encoding of format.md §1.4) into the
archive (default content/ or $BRIEFING_CONTENT; --out DIR): each issue as
{总期号}.txt, its original beside it. Files that do not parse go to the
review folder (--review DIR, default import-review/) with their problems.
--jobs N   worker threads (default: the number of cores)
--force    overwrite an issue already in the archive
Exit 1 if any file went to review or failed.`;

const INPUT_EXTENSIONS = new Set(['.pdf', '.docx', '.txt', '.doc', '.wps']);

interface Options {
  paths: string[];
  out: string;
  review: string;
  jobs: number;
  force: boolean;
}

function readOptions(args: readonly string[], io: ImportIo): Options | string {
  const paths: string[] = [];
  let out = contentFolder(io.env, io.cwd);
  let review = resolve(io.cwd, 'import-review');
  let jobs = availableParallelism();
  let force = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    const value = () => args[++index];
    if (arg === '--force') force = true;
    else if (arg === '--out' || arg === '--review' || arg === '--jobs') {
      const given = value();
      if (given === undefined) return `${arg} needs a value`;
      if (arg === '--out') out = resolve(io.cwd, given);
      else if (arg === '--review') review = resolve(io.cwd, given);
      else if (!/^[1-9]\d*$/.test(given)) return `--jobs needs a whole number, not “${given}”`;
      else jobs = Number(given);
    } else if (arg.startsWith('-')) return `unknown option “${arg}”`;
    else paths.push(resolve(io.cwd, arg));
  }
  if (paths.length === 0) return 'expected at least one PATH';
  return { paths, out, review, jobs, force };
}

/** The inputs under the paths: a file named is taken whatever it is; a folder gives the files importing knows. */
function collectInputs(paths: readonly string[], report: (text: string) => void): string[] {
  const files: string[] = [];
  for (const path of paths) {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (stats === undefined) report(`FAILED ${path}: 文件不存在 (no such file or folder)`);
    else if (stats.isDirectory()) files.push(...listFiles(path).filter((file) => INPUT_EXTENSIONS.has(extname(file).toLowerCase())));
    else files.push(path);
  }
  return [...new Set(files)];
}

/** Review names: the input's name with .txt, made unique within the batch. */
function reviewNames(files: readonly string[], review: string): string[] {
  const taken = new Set<string>();
  return files.map((file) => {
    const stem = basename(file, extname(file));
    let name = `${stem}.txt`;
    for (let copy = 2; taken.has(name); copy += 1) name = `${stem}-${copy}.txt`;
    taken.add(name);
    return join(review, name);
  });
}

/** 总期号 → the archive's file that holds it, read the way `briefing check` reads them. */
function archiveNumbers(out: string): Map<number, string> {
  const numbers = new Map<number, string>();
  if (!existsSync(out)) return numbers;
  for (const file of listIssueFiles(out).filter((path) => extname(path) === '.txt')) {
    const issue = parseBriefing(readFileSync(file), file).issue;
    if (issue !== undefined) numbers.set(issue.totalIssue, file);
  }
  return numbers;
}

export async function importCommand(args: readonly string[], io: ImportIo): Promise<number> {
  const options = readOptions(args, io);
  if (typeof options === 'string') {
    io.stderr(`briefing import: ${options}\n\n${IMPORT_HELP}`);
    return 2;
  }
  const show = (path: string) => displayPath(path, io.cwd);
  let failed = 0;
  const files = collectInputs(options.paths, (line) => {
    failed += 1;
    io.stdout(line);
  });
  const names = reviewNames(files, options.review);
  const inputs: Input[] = files.map((path, index) => ({ path, name: show(names[index]!) }));

  const startedAt = Date.now();
  let done = 0;
  const conversions = await convertAll(inputs, options.jobs, () => {
    done += 1;
    io.progress?.(progressLine(done, inputs.length, startedAt, Date.now()));
  });
  io.progress?.('');

  const existing = archiveNumbers(options.out);
  const inBatch = new Map<number, string[]>();
  for (const conversion of conversions) {
    if (conversion.status === 'ok') inBatch.set(conversion.totalIssue, [...(inBatch.get(conversion.totalIssue) ?? []), conversion.path]);
  }

  let imported = 0;
  let unchanged = 0;
  let toReview = 0;
  conversions.forEach((conversion, index) => {
    const source = show(conversion.path);
    if (conversion.status === 'failed') {
      failed += 1;
      io.stdout(`FAILED ${source}: ${conversion.message}`);
      return;
    }
    if (conversion.status === 'review') {
      toReview += 1;
      const text = names[index]!;
      mkdirSync(options.review, { recursive: true });
      writeFileSync(text, conversion.text);
      writeFileSync(`${text.slice(0, -'.txt'.length)}.problems.log`, `${conversion.problems.join('\n')}\n`);
      io.stdout(`REVIEW ${source} → ${show(text)}`);
      for (const problem of conversion.problems) io.stdout(`  ${problem}`);
      reportDropped(conversion, io);
      return;
    }
    const target = join(options.out, `${conversion.totalIssue}.txt`);
    const twins = inBatch.get(conversion.totalIssue)!;
    if (twins.length > 1) {
      failed += 1;
      io.stdout(`FAILED ${source}: 总期号 ${conversion.totalIssue} 在本批中出现 ${twins.length} 次 (twice in the batch: ${twins.map(show).join(', ')}); nothing written for either`);
      return;
    }
    const holder = existing.get(conversion.totalIssue);
    const original = conversion.kind === 'txt' ? undefined : join(options.out, `${conversion.totalIssue}.${conversion.kind}`);
    if (holder !== undefined && sameFile(holder, conversion.text) && (original === undefined || sameBytes(original, conversion.path))) {
      unchanged += 1;
      io.stdout(`SAME ${conversion.totalIssue} ← ${source}: 已在归档中，内容相同 (already in the archive as ${show(holder)}, unchanged)`);
      return;
    }
    if (holder !== undefined && !(options.force && resolve(holder) === resolve(target))) {
      failed += 1;
      io.stdout(
        `FAILED ${source}: 总期号 ${conversion.totalIssue} 已在归档中 (already in the archive as ${show(holder)})` +
          (resolve(holder) === resolve(target) ? '; --force overwrites it' : `; remove ${show(holder)} first`),
      );
      return;
    }
    mkdirSync(options.out, { recursive: true });
    writeFileSync(target, conversion.text);
    if (original !== undefined && resolve(original) !== resolve(conversion.path)) copyFileSync(conversion.path, original);
    imported += 1;
    io.stdout(`OK ${conversion.totalIssue} ← ${source}: ${conversion.summary}`);
    for (const warning of conversion.warnings) io.stdout(`  ${warning.replace(show(names[index]!), show(target))}`);
    reportDropped(conversion, io);
  });

  const seconds = (Date.now() - startedAt) / 1000;
  io.stdout(
    `导入 ${imported} 期，未变 ${unchanged} 期，待复核 ${toReview} 个，失败 ${failed} 个 ` +
      `(${imported} imported, ${unchanged} unchanged, ${toReview} to review in ${show(options.review)}, ${failed} failed; ${files.length} files in ${seconds.toFixed(1)} s)`,
  );
  return toReview > 0 || failed > 0 ? 1 : 0;
}

function reportDropped(conversion: Extract<Conversion, { dropped: unknown }>, io: ImportIo): void {
  for (const line of conversion.dropped) io.stdout(`  略去 dropped (source page ${line.page}, ${line.reason}): ${line.text}`);
}

function sameFile(path: string, text: string): boolean {
  return readFileSync(path).equals(Buffer.from(text, 'utf-8'));
}

function sameBytes(path: string, other: string): boolean {
  return existsSync(path) && readFileSync(path).equals(readFileSync(other));
}

