/**
 * Pagefind's metadata read and written back (src/integrations/pagefind-meta.ts),
 * and a shard's files renamed short (src/integrations/pagefind-names.ts), on
 * indexes written by Pagefind's real indexer.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeMeta, readMeta } from '../../src/integrations/pagefind-meta.ts';
import { roundedWordCount, shortenNames } from '../../src/integrations/pagefind-names.ts';
import { indexRecord } from '../../src/integrations/pagefind-shard.ts';
import { INDEX_CHARACTERS, INDEX_LANGUAGE } from '../../src/lib/search/bigrams.ts';
import { issueRecord } from '../../src/lib/site/search-records.ts';
import { corpusIssues } from './support.ts';

const work = mkdtempSync(path.join(tmpdir(), 'briefing-names-'));
const written = path.join(work, 'written');

/** Every file of a folder of the index, by name. */
function filesIn(folder: string, subfolder: string): string[] {
  return readdirSync(path.join(folder, subfolder)).sort();
}

beforeAll(async () => {
  // Small chunks, so that the corpus fills several.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = '300';
  const { index } = await pagefind.createIndex({ includeCharacters: INDEX_CHARACTERS });
  // The shard's own records, as Pagefind writes them before the build renames anything.
  for (const issue of corpusIssues()) await index!.addCustomRecord(indexRecord(issueRecord(issue)).record);
  await index!.writeFiles({ outputPath: written });
  await pagefind.close();
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('readMeta and encodeMeta', () => {
  it('should give back, byte for byte, the metadata Pagefind wrote', async () => {
    const meta = await readMeta(written);
    const original = gunzipSync(readFileSync(path.join(written, meta.file)));
    expect(Buffer.from(gunzipSync(encodeMeta(meta.value)))).toEqual(original);
    // Four issues in the corpus (2169, 2171, 2177 and 2178), a page each; several chunks.
    expect(meta.pages).toHaveLength(4);
    expect(meta.chunks.length).toBeGreaterThan(3);
  });
});

describe('readMeta on what it cannot read', () => {
  /** A folder holding one metadata file of these bytes. */
  const folderWith = (name: string, bytes: Uint8Array) => {
    const folder = mkdtempSync(path.join(work, 'bad-'));
    writeFileSync(path.join(folder, name), bytes);
    return folder;
  };

  it('should say so when the folder has no metadata file', async () => {
    const folder = path.join(work, 'empty');
    mkdirSync(folder);
    await expect(readMeta(folder)).rejects.toThrow(`no Pagefind metadata file in ${folder}`);
  });

  it('should name the file and what it starts with when it is not Pagefind metadata', async () => {
    const folder = folderWith('pagefind.en_1.pf_meta', gzipSync(Buffer.from('not cbor at all')));
    await expect(readMeta(folder)).rejects.toThrow('pagefind.en_1.pf_meta: not a Pagefind metadata file (it starts “not cbor at ”)');
  });

  it('should name the part that moved when a later Pagefind lays its metadata out otherwise', async () => {
    const folder = folderWith('pagefind.en_2.pf_meta', encodeMeta(['9.0.0', [['k0', 10, '']], 'chunks elsewhere']));
    await expect(readMeta(folder)).rejects.toThrow("pagefind.en_2.pf_meta: Pagefind's metadata no longer has its index chunks third (version 9.0.0)");
  });
});

describe('shortenNames', () => {
  it('should name every fragment and index chunk by the key and its number, and the metadata by its new digest', async () => {
    const folder = path.join(work, 'shortened');
    cpSync(written, folder, { recursive: true });
    const before = await readMeta(folder);
    const meta = await shortenNames(folder, 'k3x');

    const pageNames = meta.pages.map(([name]) => name);
    const chunkNames = meta.chunks.map(([, , name]) => name);
    expect(pageNames).toEqual(['k3x0', 'k3x1', 'k3x2', 'k3x3']);
    expect(chunkNames).toEqual(chunkNames.map((_, number) => `k3x${number.toString(36)}`));
    // Each file is the one it was: the same bytes under the new name.
    before.pages.forEach(([hash], number) => {
      expect(readFileSync(path.join(folder, 'fragment', `${pageNames[number]}.pf_fragment`))).toEqual(readFileSync(path.join(written, 'fragment', `${hash}.pf_fragment`)));
    });
    before.chunks.forEach(([, , hash], number) => {
      expect(readFileSync(path.join(folder, 'index', `${chunkNames[number]}.pf_index`))).toEqual(readFileSync(path.join(written, 'index', `${hash}.pf_index`)));
    });
    expect(filesIn(folder, 'fragment')).toEqual(pageNames.map((name) => `${name}.pf_fragment`).sort());
    expect(filesIn(folder, 'index')).toEqual(chunkNames.map((name) => `${name}.pf_index`).sort());

    // What is written is what was read, names and counts aside, and Pagefind's entry file names it.
    const reread = await readMeta(folder);
    expect(reread.value).toEqual(meta.value);
    expect(reread.chunks.map(([from, to]) => [from, to])).toEqual(before.chunks.map(([from, to]) => [from, to]));
    expect(reread.pages.map(([, count]) => count)).toEqual(before.pages.map(([, count]) => roundedWordCount(count)));
    const entry = JSON.parse(readFileSync(path.join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; page_count: number }> };
    expect(reread.file).toBe(`pagefind.${entry.languages[INDEX_LANGUAGE]!.hash}.pf_meta`);
    expect(reread.file).not.toBe(before.file);
    expect(readdirSync(folder).filter((name) => name.endsWith('.pf_meta'))).toEqual([reread.file]);
    expect(entry.languages[INDEX_LANGUAGE]!.page_count).toBe(4);
  });
});

describe('roundedWordCount', () => {
  it('should keep a count within 10%, and 0 as 0', () => {
    expect(roundedWordCount(0)).toBe(0);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (count) => {
        expect(Math.abs(roundedWordCount(count) - count)).toBeLessThanOrEqual(Math.max(1, count * 0.1));
      }),
    );
  });

  it('should store fewer different counts than there are', () => {
    const counts = Array.from({ length: 5000 }, (_, index) => 500 + index);
    expect(new Set(counts.map(roundedWordCount)).size).toBeLessThan(counts.length / 20);
  });
});
