/**
 * `briefing import`: folders of PDFs, .docx and text into the archive, the
 * original kept beside each text, what does not parse into review, nothing
 * overwritten, nothing changed by a second run.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBriefing, type Issue } from '../../src/lib/briefing/index.ts';
import { main, run } from '../../scripts/briefing.ts';
import { fixturesOf } from '../../scripts/import-fixtures/index.ts';
import { CORPUS_FILES, corpusText } from '../briefing/support/raw.ts';

const originals: Issue[] = CORPUS_FILES.map((name) => parseBriefing(Buffer.from(corpusText(name)), name).issue!);
let root: string;

async function briefing(...args: string[]): Promise<{ status: number; stdout: string[]; stderr: string[] }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = await run(args, { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text), env: {}, cwd: root });
  return { status, stdout, stderr };
}

const digestOf = (folder: string) =>
  Object.fromEntries(readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return [path, `${createHash('sha256').update(readFileSync(path)).digest('hex')} ${statSync(path).mtimeMs}`];
  }));

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'briefing-import-'));
  mkdirSync(join(root, 'in', 'older'), { recursive: true });
  const [pdf2169, pdf2171] = await fixturesOf(originals.slice(0, 2), 'pdf-lib-unembedded');
  const [docx2177] = await fixturesOf([originals[2]!], 'docx');
  writeFileSync(join(root, 'in', '2021-3.pdf'), pdf2169!);
  writeFileSync(join(root, 'in', 'older', '2021-5.pdf'), pdf2171!);
  writeFileSync(join(root, 'in', '2021-11.docx'), docx2177!);
  // The fourth as an editor saved it from Notepad in a Chinese locale: GB18030 with CRLF.
  writeFileSync(join(root, 'in', '2178.txt'), iconv.encode(corpusText('2178.txt').replace(/\n/g, '\r\n'), 'gb18030'));
  writeFileSync(join(root, 'in', 'broken.txt'), corpusText('2178.txt').replace(/\(总第 2178 期\)/, '(总第 二 期)'));
  writeFileSync(join(root, 'in', 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('briefing import', () => {
  it('should write each issue as {总期号}.txt with its original beside it, and list each input', async () => {
    const before = digestOf(join(root, 'in'));
    const { status, stdout } = await briefing('import', 'in', '--out', 'archive', '--review', 'review', '--jobs', '2');
    expect(status).toBe(1);
    expect(readdirSync(join(root, 'archive')).sort()).toEqual(['2169.pdf', '2169.txt', '2171.pdf', '2171.txt', '2177.docx', '2177.txt', '2178.txt']);
    expect(readFileSync(join(root, 'archive', '2169.pdf')).equals(readFileSync(join(root, 'in', '2021-3.pdf')))).toBe(true);
    expect(readFileSync(join(root, 'archive', '2177.docx')).equals(readFileSync(join(root, 'in', '2021-11.docx')))).toBe(true);
    for (const issue of originals) {
      const text = readFileSync(join(root, 'archive', `${issue.totalIssue}.txt`), 'utf8');
      expect(text).not.toContain('\r');
      expect(parseBriefing(Buffer.from(text), 'x').issue!.sections.map((section) => section.articles.length)).toEqual(issue.sections.map((section) => section.articles.length));
    }
    expect(stdout).toContain('OK 2177 ← in/2021-11.docx: 总第2177期（第11期） 2021年2月25日 · 栏目：文明创建 · 文章 3 篇 · 区：东城区、房山区、昌平区');
    expect(stdout.filter((line) => line.startsWith('  略去 dropped (source page 1, page number)')).length).toBe(2);
    expect(stdout).toContain('FAILED in/old.doc: 旧版 .doc 文件 (old binary .doc file): open it in Word or WPS and save it as .docx, then import the .docx');
    expect(stdout).toContain('REVIEW in/broken.txt → review/broken.txt');
    expect(stdout.some((line) => /^ {2}review\/broken\.txt:\d+:\d+: 总期号/.test(line))).toBe(true);
    expect(stdout.at(-1)).toMatch(/^导入 4 期，未变 0 期，待复核 1 个，失败 1 个 \(4 imported, 0 unchanged, 1 to review in review, 1 failed; 6 files in /);
    expect(readFileSync(join(root, 'review', 'broken.problems.log'), 'utf8')).toMatch(/^review\/broken\.txt:\d+:\d+: 总期号/);
    expect(digestOf(join(root, 'in'))).toEqual(before);
  }, 300_000);

  it('should leave an archive that briefing check reads, originals beside the texts', () => {
    const stdout: string[] = [];
    const status = main(['check', join(root, 'archive')], { stdout: (text) => stdout.push(text), stderr: () => undefined, env: {}, cwd: root });
    expect(stdout.at(-1)).toMatch(/^4 个文件，4 期无误，0 个错误/);
    expect(status).toBe(0);
  });

  it('should change nothing when run again', async () => {
    const before = digestOf(join(root, 'archive'));
    const { stdout } = await briefing('import', 'in/2021-3.pdf', 'in/2021-11.docx', '--out', 'archive', '--review', 'review');
    expect(stdout.slice(0, 2).map((line) => line.slice(0, 8))).toEqual(['SAME 216', 'SAME 217']);
    expect(digestOf(join(root, 'archive'))).toEqual(before);
  }, 120_000);

  it('should not overwrite an issue already in the archive unless --force', async () => {
    const other = join(root, 'other.docx');
    const [docx] = await fixturesOf([{ ...originals[0]!, editor: '另一位' }], 'docx');
    writeFileSync(other, docx!);
    const refused = await briefing('import', 'other.docx', '--out', 'archive', '--review', 'review');
    expect(refused.stdout[0]).toBe('FAILED other.docx: 总期号 2169 已在归档中 (already in the archive as archive/2169.txt); --force overwrites it');
    expect(readFileSync(join(root, 'archive', '2169.pdf')).equals(readFileSync(join(root, 'in', '2021-3.pdf')))).toBe(true);
    const forced = await briefing('import', 'other.docx', '--out', 'archive', '--review', 'review', '--force');
    expect(forced.stdout[0]).toMatch(/^OK 2169 ← other\.docx/);
    expect(readFileSync(join(root, 'archive', '2169.txt'), 'utf8')).toContain('责编：另一位');
  }, 120_000);

  it('should write neither of two inputs with one 总期号, naming both', async () => {
    writeFileSync(join(root, 'twin-a.txt'), corpusText('2178.txt'));
    writeFileSync(join(root, 'twin-b.txt'), corpusText('2178.txt'));
    const { stdout } = await briefing('import', 'twin-a.txt', 'twin-b.txt', '--out', 'fresh', '--review', 'review');
    expect(stdout.slice(0, 2)).toEqual([
      'FAILED twin-a.txt: 总期号 2178 在本批中出现 2 次 (twice in the batch: twin-a.txt, twin-b.txt); nothing written for either',
      'FAILED twin-b.txt: 总期号 2178 在本批中出现 2 次 (twice in the batch: twin-a.txt, twin-b.txt); nothing written for either',
    ]);
    expect(() => readdirSync(join(root, 'fresh'))).toThrow();
  }, 120_000);

  it('should say what is wrong with the command line', async () => {
    expect((await briefing('import')).status).toBe(2);
    expect((await briefing('import', 'x', '--jobs', 'many')).stderr[0]).toMatch(/^briefing import: --jobs needs a whole number, not “many”/);
  });
});
