/**
 * The archive folder as the build's integrations read it
 * (src/integrations/archive.ts): read once for all of them, and again when
 * a file has changed.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readContentArchive } from '../../src/integrations/archive.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'briefing-integration-archive-'));
for (const name of readdirSync('content').filter((name) => name.endsWith('.txt'))) copyFileSync(path.join('content', name), path.join(folder, name));

describe('readContentArchive', () => {
  vi.stubEnv('BRIEFING_CONTENT', folder);
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(folder, { recursive: true, force: true });
  });

  it('should give every integration the same read while the files stay as they were', async () => {
    const first = readContentArchive();
    expect(readContentArchive()).toBe(first);
    expect((await first)!.map((file) => file.issue.totalIssue).sort()).toEqual([2169, 2171, 2177, 2178]);
  });

  it('should read the folder again once a file has changed', async () => {
    const before = readContentArchive();
    await before;
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(folder, '2178.txt'), later, later);
    const after = readContentArchive();
    expect(after).not.toBe(before);
    expect((await after)!.length).toBe(4);
  });
});
