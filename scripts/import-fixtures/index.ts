/**
 * Import fixtures: an issue laid out like the paper briefing and written by
 * one of several producers, made by the project's own code when a test or
 * the benchmark asks, never by hand. Each file is cached under
 * node_modules/.cache/briefing-import-fixtures/, keyed by the digest of the
 * fixture code, the producer and what is printed, so a run makes only what
 * changed.
 *
 *   await fixturesOf(issues, 'chromium') → one Uint8Array per issue
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Issue } from '../../src/lib/briefing/index.ts';
import { printWithChromium } from './chromium.ts';
import { issueDocx } from './docx.ts';
import { printedLines, variantFor, type PrintedLine, type PrintVariant } from './printed.ts';
import { writeWithPdfLib } from './pdf-lib.ts';

export type Producer = 'chromium' | 'pdf-lib' | 'pdf-lib-unembedded' | 'docx';
export const PRODUCERS: readonly Producer[] = ['chromium', 'pdf-lib', 'pdf-lib-unembedded', 'docx'];

export const FIXTURE_CACHE = join(import.meta.dirname, '../../node_modules/.cache/briefing-import-fixtures');

/** The code that makes the files is part of every key: a change to the layout or a producer makes new files. */
const PRODUCING_CODE = ['printed.ts', 'html.ts', 'chromium.ts', 'pdf-lib.ts', 'docx.ts'];
const CODE_DIGEST = createHash('sha256')
  .update(PRODUCING_CODE.map((name) => readFileSync(join(import.meta.dirname, name), 'utf8')).join('\0'))
  .digest('hex');

export const extensionOf = (producer: Producer) => (producer === 'docx' ? 'docx' : 'pdf');

interface Job {
  lines: PrintedLine[];
  variant: PrintVariant;
  path: string;
}

export async function fixturesOf(issues: readonly Issue[], producer: Producer): Promise<Uint8Array[]> {
  mkdirSync(FIXTURE_CACHE, { recursive: true });
  const jobs: Job[] = issues.map((issue) => {
    const variant = variantFor(issue.totalIssue);
    const lines = printedLines(issue, variant);
    const key = createHash('sha256').update(`${CODE_DIGEST}\0${producer}\0${JSON.stringify({ lines, variant })}`).digest('hex').slice(0, 32);
    return { lines, variant, path: join(FIXTURE_CACHE, `${key}.${extensionOf(producer)}`) };
  });
  const missing = jobs.filter((job) => !existsSync(job.path));
  // Each file is kept as soon as it is made, so an interrupted run loses little.
  await produce(missing, producer, (index, bytes) => writeFileSync(missing[index]!.path, bytes));
  return jobs.map((job) => new Uint8Array(readFileSync(job.path)));
}

async function produce(jobs: readonly Job[], producer: Producer, keep: (index: number, bytes: Uint8Array) => void): Promise<void> {
  if (jobs.length === 0) return;
  if (producer === 'chromium') return printWithChromium(jobs, keep);
  for (const [index, job] of jobs.entries()) {
    keep(index, producer === 'docx' ? await issueDocx(job.lines, job.variant) : await writeWithPdfLib(job.lines, job.variant, producer === 'pdf-lib' ? 'embedded' : 'unembedded'));
  }
}
