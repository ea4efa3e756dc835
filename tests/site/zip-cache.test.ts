/** The per-year zips kept between builds (src/lib/site/data/zip-cache.ts): only ever faster, never different. */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedYearZip } from '../../src/lib/site/data/zip-cache.ts';
import { yearZip } from '../../src/lib/site/data/year-zip.ts';
import { corpusIssues } from './support.ts';

const work = mkdtempSync(path.join(tmpdir(), 'briefing-zip-cache-'));
const published = corpusIssues().map((issue) => ({ issue, bytes: readFileSync(`content/${issue.totalIssue}.txt`) }));

describe('the per-year zip cache', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('should give the zip yearZip makes, and the same again from the cache without writing it anew', async () => {
    const folder = pathToFileURL(path.join(work, 'same') + '/');
    const first = await cachedYearZip(folder, '2021', published);
    expect(Buffer.from(first).equals(Buffer.from(yearZip('2021', published)))).toBe(true);
    const written = statSync(new URL('2021.zip', folder)).mtimeMs;
    const second = await cachedYearZip(folder, '2021', published);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(statSync(new URL('2021.zip', folder)).mtimeMs).toBe(written);
  });

  it('should make the zip again when an issue of the year changed', async () => {
    const folder = pathToFileURL(path.join(work, 'changed') + '/');
    await cachedYearZip(folder, '2021', published);
    const changed = published.map((entry, index) => (index === 0 ? { ...entry, bytes: Buffer.concat([entry.bytes, Buffer.from('\n')]) } : entry));
    const zip = await cachedYearZip(folder, '2021', changed);
    expect(Buffer.from(zip).equals(Buffer.from(yearZip('2021', changed)))).toBe(true);
  });

  it('should make the zip again when the cached file is damaged or its note unreadable', async () => {
    const folder = pathToFileURL(path.join(work, 'damaged') + '/');
    const good = await cachedYearZip(folder, '2021', published);
    writeFileSync(new URL('2021.zip', folder), good.slice(0, 100));
    expect(Buffer.from(await cachedYearZip(folder, '2021', published)).equals(Buffer.from(good))).toBe(true);
    writeFileSync(new URL('2021.json', folder), '{not json');
    expect(Buffer.from(await cachedYearZip(folder, '2021', published)).equals(Buffer.from(good))).toBe(true);
  });

  it('should still give the zip when the cache folder cannot be written', async () => {
    const blocked = path.join(work, 'a-file');
    writeFileSync(blocked, '');
    const zip = await cachedYearZip(pathToFileURL(path.join(blocked, 'cache') + '/'), '2021', published);
    expect(Buffer.from(zip).equals(Buffer.from(yearZip('2021', published)))).toBe(true);
  });
});
