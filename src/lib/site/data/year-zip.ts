/**
 * /data/{year}.zip: a year's issues as published, each issue's raw file
 * byte for byte (`2178.txt`) and its JSON (`2178.json`), in a folder named
 * by the year. Deterministic (every entry dated by its issue's date, in
 * 总期号 order), so the same archive gives the same bytes and the same
 * SHA-256 on every build.
 *
 * fflate lays out the zip; each entry is deflated by Node's zlib, through
 * the entry interface fflate offers for data compressed elsewhere
 * (`ZipInputFile`): its own deflate is JavaScript, zlib's native code is
 * several times faster, and at 5,000 issues the zips are the largest part
 * of making the downloads (BENCHMARKS.md).
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import type { Issue } from '../../briefing/index.ts';
import { jsonText } from '../responses.ts';

export interface PublishedIssue {
  issue: Issue;
  /** The raw file as the editor saved it. */
  bytes: Uint8Array;
}

/** Changed whenever what yearZip writes changes, so that no cached zip of another layout is used (zip-cache.ts). */
export const ZIP_LAYOUT = 1;

const encoder = new TextEncoder();
/** APPNOTE 4.4.5: deflate. */
const DEFLATE = 8;
/** zlib's fastest level: the briefings' text compresses almost as well as at the default (6), and much faster. */
const DEFLATE_LEVEL = 1;

export function yearZip(year: string, issues: readonly PublishedIssue[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const { issue, bytes } of [...issues].sort((a, b) => a.issue.totalIssue - b.issue.totalIssue)) {
    const mtime = entryTime(issue.date);
    addDeflated(zip, `${year}/${issue.totalIssue}.txt`, bytes, mtime);
    addDeflated(zip, `${year}/${issue.totalIssue}.json`, encoder.encode(jsonText(issue)), mtime);
  }
  zip.end();
  return concat(chunks);
}

function addDeflated(zip: Zip, filename: string, data: Uint8Array, mtime: Date): void {
  const entry: ZipInputFile = { filename, size: data.length, crc: crc32(data), compression: DEFLATE, mtime };
  zip.add(entry);
  entry.ondata!(null, deflateRawSync(data, { level: DEFLATE_LEVEL }), true);
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.length;
  }
  return whole;
}

/**
 * A zip entry's time has no zone: the issue's day at midnight wherever the
 * build runs. Zip's (MS-DOS) dates start in 1980, so an earlier issue's
 * entries are dated 1980-01-01; its date is in its JSON.
 */
function entryTime(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return year < 1980 ? new Date(1980, 0, 1) : new Date(year, month - 1, day);
}
