/**
 * The archive loader, driven as Astro drives it in `astro build`: a store
 * that outlives runs, `parseData` validating with the collection schema,
 * and no watcher.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseBriefing } from '../../src/lib/briefing/index.ts';
import { briefingArchive } from '../../src/loaders/briefing.ts';
import { readParsedIssue, storedIssueSchema, type StoredIssue } from '../../src/loaders/parsed-issues.ts';

const CONTENT = join(import.meta.dirname, '../../content');

interface Entry {
  id: string;
  data: StoredIssue;
  digest?: string;
  filePath?: string;
}

/**
 * The part of Astro's data store the loader uses, kept between runs like
 * node_modules/.astro. Like Astro's, it keeps an entry as it was when set
 * again with the same digest.
 */
function memoryStore() {
  const entries = new Map<string, Entry>();
  return {
    entries,
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => {
      if (entry.digest === undefined || entries.get(entry.id)?.digest !== entry.digest) entries.set(entry.id, entry);
    },
    delete: (id: string) => void entries.delete(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
  };
}

describe('archive loader', () => {
  let root: string;
  let store: ReturnType<typeof memoryStore>;
  let logged: string[];

  const parsedFolder = () => join(root, 'cache', 'parsed-issues', 'build');
  const load = (watcher?: { add: (path: string) => void; on: (event: string, listener: (path: string) => void) => void }) => {
    const context = {
      store,
      parseData: async ({ data }: { data: unknown }) => storedIssueSchema.parse(data),
      config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/cache/`) },
      logger: { info: (line: string) => logged.push(line), warn: (line: string) => logged.push(line), error: (line: string) => logged.push(line) },
      watcher,
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
    expect(readdirSync(join(root, 'cache', 'parsed-issues', 'build'))).toHaveLength(1);
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

  it('should remove a file of parsed issues once no issue of the archive is in it', async () => {
    await load();
    const first = store.get('2178')!.data.parsed;
    rmSync(join(root, 'archive', '2169.txt'));
    rmSync(join(root, 'archive', '2177.txt'));
    writeFileSync(join(root, 'archive', '2178.txt'), readFileSync(join(CONTENT, '2178.txt'), 'utf-8') + '\n');
    await load();
    const second = store.get('2178')!.data.parsed;
    expect(second).not.toBe(first);
    expect(existsSync(join(parsedFolder(), first))).toBe(false);
    expect(readdirSync(parsedFolder())).toEqual([second]);
  });

  it('should keep the whole parsed issue outside the store, and only its numbers and date in it', async () => {
    await load();
    const stored = store.get('2178')!.data;
    expect(Object.keys(stored).sort()).toEqual(['date', 'index', 'issue', 'parsed', 'source', 'totalIssue']);
    expect(stored).toMatchObject({ issue: 12, totalIssue: 2178, date: '2021-03-08' });
    const { issue } = parseBriefing(readFileSync(join(root, 'archive', '2178.txt')), 'archive/2178.txt');
    expect(await readParsedIssue(stored)).toEqual(issue);
  });

  it('should, in astro dev, parse a changed file on its change and keep the parsed issues pages may still be reading', async () => {
    const listeners = new Map<string, (path: string) => void>();
    await load({ add: () => undefined, on: (event, listener) => void listeners.set(event, listener) });
    const changed = join(root, 'archive', '2178.txt');
    const saveAndWait = async (text: string) => {
      writeFileSync(changed, text);
      const reloads = logged.filter((line) => line === 'reloaded archive').length;
      listeners.get('change')!(changed);
      await vi.waitFor(() => expect(logged.filter((line) => line === 'reloaded archive')).toHaveLength(reloads + 1));
      expect(logged.at(-2)).toBe('3 files in archive: 1 parsed, 2 unchanged');
      return store.get('2178')!.data.parsed;
    };
    const original = readFileSync(join(CONTENT, '2178.txt'), 'utf-8');
    const first = await saveAndWait(`${original}\n`);
    const second = await saveAndWait(`${original}\n\n`);
    expect(second).not.toBe(first);
    // The first edit's issue is in a file of its own, which no entry names now: a page may still be reading it.
    expect(readdirSync(join(root, 'cache', 'parsed-issues', 'dev'))).toContain(first);
  });

  it('should parse a file again when its store entry was written by another version of the loader', async () => {
    await load();
    const { issue } = parseBriefing(readFileSync(join(root, 'archive', '2177.txt')), 'archive/2177.txt');
    // What the store held before parsed issues were kept outside it: the whole issue, under the same digest.
    store.entries.set('2177', { ...store.get('2177')!, data: issue as unknown as StoredIssue });
    await load();
    expect(logged.at(-1)).toBe('3 files in archive: 1 parsed, 2 unchanged');
    expect(await readParsedIssue(store.get('2177')!.data)).toEqual(issue);
  });

  it('should parse a file again when its parsed issue is gone from the cache folder', async () => {
    await load();
    rmSync(join(root, 'cache'), { recursive: true });
    await load();
    expect(logged.at(-1)).toBe('3 files in archive: 3 parsed, 0 unchanged');
    expect(existsSync(join(parsedFolder(), store.get('2177')!.data.parsed))).toBe(true);
  });

  it('should reuse every parsed issue when the project folder was moved with its cache, and hold no path of the folder', async () => {
    await load();
    const moved = `${root}-moved`;
    renameSync(root, moved);
    root = moved;
    await load();
    expect(logged.at(-1)).toBe('3 files in archive: 0 parsed, 3 unchanged');
    const { issue } = parseBriefing(readFileSync(join(root, 'archive', '2178.txt')), 'archive/2178.txt');
    expect(await readParsedIssue(store.get('2178')!.data)).toEqual(issue);
    expect(JSON.stringify(store.values())).not.toContain(tmpdir());
  });

  const spoil = { deleted: (file: string) => rmSync(file), 'cut short': (file: string) => writeFileSync(file, readFileSync(file, 'utf-8').slice(0, 1000)) };
  for (const [how, change] of Object.entries(spoil)) {
    it(`should parse the files again when their file of parsed issues was ${how}, and the pages read the new one`, async () => {
      await load();
      change(join(parsedFolder(), store.get('2177')!.data.parsed));
      await load();
      expect(logged.at(-1)).toBe('3 files in archive: 3 parsed, 0 unchanged');
      const { issue } = parseBriefing(readFileSync(join(root, 'archive', '2177.txt')), 'archive/2177.txt');
      expect(await readParsedIssue(store.get('2177')!.data)).toEqual(issue);
    });
  }

  it('should parse the files again when the store was written by the version that kept absolute paths', async () => {
    await load();
    for (const entry of store.values()) {
      // Digest and data as that version wrote them: the file's digest alone, the parsed file by its absolute path.
      store.entries.set(entry.id, { ...entry, digest: entry.data.source, data: { ...entry.data, parsed: join(parsedFolder(), entry.data.parsed) } });
    }
    await load();
    expect(logged.at(-1)).toBe('3 files in archive: 3 parsed, 0 unchanged');
    expect(store.get('2178')!.data.parsed).toMatch(/^[\w-]+\.json$/);
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
