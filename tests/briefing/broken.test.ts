/**
 * The corpus of broken inputs in tests/broken/: each file (or folder, for
 * problems between files) with the messages `briefing check` must print,
 * kept in tests/broken/expected.json.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/briefing.ts';

const ROOT = join(import.meta.dirname, '../..');
const BROKEN = 'tests/broken';
const expected: Record<string, string[]> = JSON.parse(readFileSync(join(ROOT, BROKEN, 'expected.json'), 'utf-8'));
const cases = readdirSync(join(ROOT, BROKEN)).filter((name) => name !== 'expected.json').sort();

function check(path: string) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = main(['check', path], { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text), env: {}, cwd: ROOT });
  const messages = stderr.map((text) => text.split('\n')[0]!);
  return { status, stdout, stderr, messages };
}

describe('broken inputs', () => {
  it('should hold at least 15 cases, each with its expected messages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    expect(Object.keys(expected).sort()).toEqual(cases);
  });

  for (const name of cases) {
    it(`should report ${name} as FILE:LINE:COL messages and fail`, () => {
      const result = check(`${BROKEN}/${name}`);
      expect(result.messages).toEqual(expected[name]);
      expect(result.status).toBe(1);
    });
  }

  it('should answer front matter built to exhaust the reader (aliases, 2 MB, 1,000 levels deep) within a second each', () => {
    for (const name of ['front-matter-alias-bomb.txt', 'front-matter-2mb.txt', 'front-matter-deep-nesting.txt']) {
      const started = performance.now();
      const result = check(`${BROKEN}/${name}`);
      expect(performance.now() - started, name).toBeLessThan(1000);
      expect(result.messages, name).toEqual(expected[name]);
    }
  });

  it('should show the offending line under a message, with a caret at its column', () => {
    const { stderr } = check(`${BROKEN}/truncated-footer.txt`);
    const [, excerpt, caret] = stderr[0]!.split('\n');
    expect(excerpt).toBe('  47 | 报:中央文明办,首都文明委主任、');
    // Before the 、 stand 13 Chinese characters (two columns each) and two half-width marks.
    expect(caret).toBe(`     | ${' '.repeat(13 * 2 + 2)}^`);
  });

  it('should never print a stack trace, from parse or check, on any broken input', () => {
    const bin = join(ROOT, 'bin/briefing.js');
    const files = cases.flatMap((name) => (name.endsWith('.txt') ? [`${BROKEN}/${name}`] : []));
    for (const args of [...files.map((file) => ['parse', file]), ...cases.map((name) => ['check', `${BROKEN}/${name}`])]) {
      const run = spawnSync(process.execPath, [bin, ...args], { cwd: ROOT, encoding: 'utf-8' });
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stderr, args.join(' ')).not.toMatch(/^\s+at .+[(:]\d+/m);
      expect(run.stderr, args.join(' ')).toMatch(/^tests\/broken\/\S+:\d+:\d+: /m);
      if (args[0] === 'parse') expect(run.stdout).toBe('');
    }
    // One process per case and command, each starting Node: minutes when the machine is shared.
  }, 240_000);
});
