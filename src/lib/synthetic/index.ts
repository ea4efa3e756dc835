/**
 * Synthetic archives for scale work (site.md §6): N issue files recombined
 * from the real issues of an archive folder, deterministic from a seed.
 *
 *   generateArchive({ count, seed, sources })  → [{ name: '2178.txt', text }]
 *   writeArchive({ count, seed, from, out })   → the files written into `out`
 *
 * calendar.ts numbers and dates the issues, material.ts reads the sources,
 * compose.ts decides what each issue says, render.ts writes it in the raw
 * format with the noise real files carry.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listIssueFiles } from '../content-folder.ts';
import { planCalendar, type Slot } from './calendar.ts';
import { composeIssue, vocabularyOf, type PlannedIssue } from './compose.ts';
import { readMaterial, type SourceFile } from './material.ts';
import { renderIssue } from './render.ts';

export type { SourceFile } from './material.ts';
export type { PlannedArticle, PlannedIssue, PlannedSection, IssueKind } from './compose.ts';
export { MAX_COUNT, planCalendar, type Slot } from './calendar.ts';

export interface GenerateOptions {
  count: number;
  /** Any text or number; default 1. */
  seed?: string | number;
  /** The real issues to recombine (raw bytes, any encoding the parser reads). */
  sources: readonly SourceFile[];
}

export interface GeneratedFile {
  /** `{总期号}.txt` */
  name: string;
  /** UTF-8 text with LF line ends. */
  text: string;
  /** What the text says, before the raw-format noise: what a parser should read back. */
  plan: PlannedIssue;
}

/** The issues one by one, oldest first (a large archive need not be held in memory). */
export function* generateIssues({ count, seed = 1, sources }: GenerateOptions): Generator<GeneratedFile> {
  const seedText = String(seed);
  const ordered = [...sources].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const vocabulary = vocabularyOf(readMaterial(ordered));
  for (const slot of planCalendar(count, seedText)) {
    const plan = composeIssue(slot, vocabulary, seedText);
    yield { name: `${slot.totalIssue}.txt`, text: renderIssue(plan, seedText), plan };
  }
}

export function generateArchive(options: GenerateOptions): GeneratedFile[] {
  return [...generateIssues(options)];
}

/** The project this module belongs to: its content/ folder is never written to. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** The issue files of a folder, as sources. */
export function readSources(folder: string): SourceFile[] {
  return listIssueFiles(folder).map((path) => ({ name: relative(folder, path), bytes: readFileSync(path) }));
}

export class GenerateError extends Error {
  override name = 'GenerateError';
}

export interface WriteOptions {
  count: number;
  seed?: string | number;
  /** Folder of real issues (default: the project's content/). */
  from?: string;
  out: string;
  /** Write into a folder that is not empty, replacing the `{number}.txt` files in it. */
  force?: boolean;
  /** Where content/ is (default: this project). */
  projectRoot?: string;
}

export interface WriteSummary {
  out: string;
  files: number;
  bytes: number;
  firstYear: number;
  lastYear: number;
  firstTotalIssue: number;
  lastTotalIssue: number;
  /** Earlier generated files removed because of `force`. */
  replaced: number;
  seconds: number;
}

export function writeArchive(options: WriteOptions): WriteSummary {
  const started = performance.now();
  const root = options.projectRoot ?? PROJECT_ROOT;
  const content = resolve(root, 'content');
  const from = resolve(options.from ?? content);
  const out = resolve(options.out);

  for (const [folder, what] of [
    [content, "the project's content/ folder"],
    [from, 'the folder the material is read from'],
  ] as const) {
    if (isInside(out, folder)) throw new GenerateError(`refusing to write into ${what} (${folder}); choose another --out`);
  }
  if (!existsSync(from) || !statSync(from).isDirectory()) throw new GenerateError(`no such folder to read issues from: ${from}`);
  if (existsSync(out) && !statSync(out).isDirectory()) throw new GenerateError(`--out is a file, not a folder: ${out}`);
  const existing = existsSync(out) ? readdirSync(out) : [];
  if (existing.length > 0 && options.force !== true) {
    throw new GenerateError(`${out} is not empty (${existing.length} entries); pass --force to replace the generated issues in it`);
  }

  const sources = readSources(from);
  if (sources.length === 0) throw new GenerateError(`no issue files in ${from}`);
  let issues: Iterable<GeneratedFile>;
  try {
    const generator = generateIssues({ count: options.count, seed: options.seed, sources });
    // The first issue is made here, so bad sources or a bad count fail before anything is written.
    const head = generator.next();
    issues = (function* () {
      if (head.done !== true) yield head.value;
      yield* generator;
    })();
  } catch (error) {
    throw new GenerateError(error instanceof Error ? error.message : String(error));
  }

  mkdirSync(out, { recursive: true });
  let replaced = 0;
  for (const name of existing) {
    if (/^\d+\.txt$/.test(name) && statSync(join(out, name)).isFile()) {
      rmSync(join(out, name));
      replaced += 1;
    }
  }
  let bytes = 0;
  let files = 0;
  let first: Slot | undefined;
  let last: Slot | undefined;
  for (const file of issues) {
    const data = Buffer.from(file.text, 'utf-8');
    writeFileSync(join(out, file.name), data);
    bytes += data.length;
    files += 1;
    first ??= file.plan.slot;
    last = file.plan.slot;
  }
  return {
    out,
    files,
    bytes,
    firstYear: first!.year,
    lastYear: last!.year,
    firstTotalIssue: first!.totalIssue,
    lastTotalIssue: last!.totalIssue,
    replaced,
    seconds: (performance.now() - started) / 1000,
  };
}

/** Whether `path` is `folder` or inside it, symbolic links resolved where they exist. */
function isInside(path: string, folder: string): boolean {
  const real = (target: string) => {
    // The nearest existing ancestor is resolved; the rest of the path is kept as written.
    let existing = target;
    while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
    const tail = relative(existing, target);
    return join(existsSync(existing) ? realpathSync(existing) : existing, tail);
  };
  const inner = real(path);
  const outer = real(folder);
  return inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);
}
