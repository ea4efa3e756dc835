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
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Issue } from '../../src/lib/briefing/index.ts';
import { printWithChromium } from './chromium.ts';
import { issueDocx } from './docx.ts';
import { printedLines, variantFor, type PrintedLine, type PrintVariant } from './printed.ts';
import { writeWithPdfLib } from './pdf-lib.ts';

export type Producer = 'chromium' | 'pdf-lib' | 'pdf-lib-unembedded' | 'docx';
export const PRODUCERS: readonly Producer[] = ['chromium', 'pdf-lib', 'pdf-lib-unembedded', 'docx'];

export const FIXTURE_CACHE = join(import.meta.dirname, '../../node_modules/.cache/briefing-import-fixtures');

/** The fixture code itself is part of every key: a change to the layout makes new files. */
const CODE_DIGEST = createHash('sha256')
  .update(readdirSync(import.meta.dirname).sort().map((name) => readFileSync(join(import.meta.dirname, name), 'utf8')).join('\0'))
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
  const made = await produce(missing, producer);
  missing.forEach((job, index) => writeFileSync(job.path, made[index]!));
  return jobs.map((job) => new Uint8Array(readFileSync(job.path)));
}

async function produce(jobs: readonly Job[], producer: Producer): Promise<Uint8Array[]> {
  if (jobs.length === 0) return [];
  if (producer === 'chromium') return printWithChromium(jobs);
  if (producer === 'docx') return Promise.all(jobs.map((job) => issueDocx(job.lines, job.variant)));
  const made: Uint8Array[] = [];
  for (const job of jobs) made.push(await writeWithPdfLib(job.lines, job.variant, producer === 'pdf-lib' ? 'embedded' : 'unembedded'));
  return made;
}
