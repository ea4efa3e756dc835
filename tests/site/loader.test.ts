/**
 * The archive loader, driven as Astro drives it in `astro build`: a store
 * that outlives runs, `parseData` validating with the collection schema,
 * and no watcher.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueSchema, type Issue } from '../../src/lib/briefing/index.ts';
import { briefingArchive } from '../../src/loaders/briefing.ts';

const CONTENT = join(import.meta.dirname, '../../content');

interface Entry {
  id: string;
  data: Issue;
  digest?: string;
  filePath?: string;
}

/** The part of Astro's data store the loader uses, kept between runs like node_modules/.astro. */
function memoryStore() {
  const entries = new Map<string, Entry>();
  return {
    entries,
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => void entries.set(entry.id, entry),
    delete: (id: string) => void entries.delete(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
  };
}

describe('archive loader', () => {
  let root: string;
  let store: ReturnType<typeof memoryStore>;
  let logged: string[];

  const load = () => {
    const context = {
      store,
      parseData: async ({ data }: { data: unknown }) => issueSchema.parse(data),
      config: { root: pathToFileURL(`${root}/`) },
      logger: { info: (line: string) => logged.push(line), warn: (line: string) => logged.push(line), error: (line: string) => logged.push(line) },
      watcher: undefined,
    } as unknown as LoaderContext;
    return briefingArchive({ directory: 'archive' }).issues.load(context);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'briefing-loader-'));
    mkdirSync(join(root, 'archive'));
    for (const name of ['2169.txt', '2177.txt', '2178.txt']) copyFileSync(join(CONTENT, name), join(root, 'archive', name));
    store = memoryStore();
    logged = [];
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('should store each issue under its 总期号, with its file relative to the project', async () => {
    await load();
    expect(store.keys().sort()).toEqual(['2169', '2177', '2178']);
    expect(store.get('2178')!.data.issue).toBe(12);
    expect(store.get('2178')!.filePath).toBe('archive/2178.txt');
    expect(logged).toContain('3 files in archive: 3 parsed, 0 unchanged');
  });

  it('should not parse unchanged files again, and parse only a changed or added one', async () => {
    await load();
    await load();
    expect(logged.at(-1)).toBe('3 files in archive: 0 parsed, 3 unchanged');
    copyFileSync(join(CONTENT, '2171.txt'), join(root, 'archive', '2171.txt'));
    await load();
    expect(logged.at(-1)).toBe('4 files in archive: 1 parsed, 3 unchanged');
    expect(store.get('2171')!.data.issue).toBe(5);
  });

  it('should drop the issue of a file that was removed', async () => {
    await load();
    rmSync(join(root, 'archive', '2169.txt'));
    await load();
    expect(store.keys().sort()).toEqual(['2177', '2178']);
  });

  it('should fail the build with the parser’s FILE:LINE:COL lines, and no stack trace', async () => {
    const text = readFileSync(join(CONTENT, '2178.txt'), 'utf-8').replace('(总第 2178 期)\n\n', '');
    writeFileSync(join(root, 'archive', '2178.txt'), text);
    const error = await load().then(
      () => undefined,
      (thrown: Error) => thrown,
    );
    expect(error?.message).toBe('archive/2178.txt:7:1: 总期号 (totalIssue): missing (expected a line like “(总第 2178 期)”, found “首都精神文明办”)');
    expect(error?.stack).toBe('');
  });

  it('should fail the build when two files share a 总期号, naming both', async () => {
    copyFileSync(join(CONTENT, '2178.txt'), join(root, 'archive', 'copy-of-2178.txt'));
    const error = await load().then(
      () => undefined,
      (thrown: Error) => thrown,
    );
    expect(error?.message.split('\n')).toEqual([
      'archive/2178.txt:7:1: 总期号 (totalIssue): 总第2178期 is also in archive/copy-of-2178.txt:7 (expected one file per 总期号, found “2 files”)',
      'archive/copy-of-2178.txt:7:1: 总期号 (totalIssue): 总第2178期 is also in archive/2178.txt:7 (expected one file per 总期号, found “2 files”)',
    ]);
  });
});
