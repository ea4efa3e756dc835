/**
 * Every broken input of tests/broken-import/ is refused with the message
 * expected.json gives it, named by its file, written into neither the
 * archive nor review, and with no stack trace, from the command as an
 * editor runs it (bin/briefing.js in its own process).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBriefing } from '../../src/lib/briefing/index.ts';
import { writeBrokenInputs } from '../broken-import/inputs.ts';
import { corpusText } from '../briefing/support/raw.ts';

const EXPECTED: Record<string, string> = JSON.parse(readFileSync(new URL('../broken-import/expected.json', import.meta.url), 'utf8'));
const BIN = new URL('../../bin/briefing.js', import.meta.url).pathname;
let root: string;
let result: { stdout: string; stderr: string; code: number };

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'briefing-broken-import-'));
  mkdirSync(join(root, 'inputs'));
  const issue = (name: string) => parseBriefing(Buffer.from(corpusText(name)), name).issue!;
  await writeBrokenInputs(join(root, 'inputs'), [issue('2178.txt'), issue('2177.txt')]);
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, 'import', 'inputs', '--out', 'archive', '--review', 'review'], { cwd: root });
    result = { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    result = { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('broken inputs to briefing import', () => {
  it('should have made every input expected.json names, and no other', () => {
    expect(readdirSync(join(root, 'inputs')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, message] of Object.entries(EXPECTED)) {
    it(`should refuse ${name}: ${message.split(' (')[0]}`, () => {
      expect(result.stdout.split('\n')).toContain(`FAILED inputs/${name}: ${message}`);
    });
  }

  it('should write nothing, print no stack trace, and exit 1', () => {
    expect(existsSync(join(root, 'archive'))).toBe(false);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(/^\s+at |Error:|internal error/m);
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(/^导入 0 期，未变 0 期，待复核 0 个，失败 12 个/);
  });
});
