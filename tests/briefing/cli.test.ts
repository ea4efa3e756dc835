import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/briefing.ts';

const ROOT = join(import.meta.dirname, '../..');

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = main(args, { stdout: (text) => stdout.push(text), stderr: (text) => stderr.push(text), env, cwd: ROOT });
  return { status, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describe('briefing parse', () => {
  it('should print the structured issue with the contract’s field names', () => {
    const { status, stdout, stderr } = run(['parse', 'content/2178.txt']);
    expect([status, stderr]).toEqual([0, '']);
    const issue = JSON.parse(stdout);
    expect(Object.keys(issue).slice(0, 11)).toEqual(['id', 'publication', 'issue', 'totalIssue', 'publisher', 'date', 'sections', 'editor', 'reviewer', 'contact', 'distribution']);
    expect(issue.id).toBe('2178');
  });

  it('should explain itself in Chinese and English', () => {
    const { status, stdout } = run(['parse', '--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('解析');
    expect(stdout).toContain('Parse one briefing');
  });

  it('should say what is wrong with the command line and exit 2', () => {
    expect(run(['parse']).status).toBe(2);
    expect(run(['frobnicate']).status).toBe(2);
  });

  it('should name a file that does not exist', () => {
    const { status, stderr } = run(['parse', 'content/none.txt']);
    expect(status).toBe(1);
    expect(stderr).toBe('content/none.txt:1:1: 文件 (file): no such file (expected a readable text file)');
  });
});

describe('briefing check', () => {
  it('should summarise each good file of content/ in one line and exit 0', () => {
    const { status, stdout, stderr } = run(['check']);
    expect([status, stderr]).toEqual([0, '']);
    expect(stdout.split('\n')).toEqual([
      'content/2169.txt: 总第2169期（第3期） 2021年1月18日 · 栏目：（无栏目） · 文章 1 篇 · 区：—',
      'content/2171.txt: 总第2171期（第5期） 2021年1月18日 · 栏目：文明创建 · 文章 1 篇 · 区：海淀区',
      'content/2177.txt: 总第2177期（第11期） 2021年2月25日 · 栏目：文明创建 · 文章 3 篇 · 区：东城区、房山区、昌平区',
      'content/2178.txt: 总第2178期（第12期） 2021年3月8日 · 栏目：（无栏目） · 文章 1 篇 · 区：—',
      '4 个文件，4 期无误，0 个错误，0 个警告 (4 files, 0 errors, 0 warnings)',
    ]);
  });

  it('should check the folder BRIEFING_CONTENT names', () => {
    const folder = mkdtempSync(join(tmpdir(), 'briefing-'));
    writeFileSync(join(folder, 'new.txt'), '');
    const { status, stderr } = run(['check'], { BRIEFING_CONTENT: folder });
    expect(status).toBe(1);
    expect(stderr).toContain(`${join(folder, 'new.txt')}:1:1: 编码 (encoding): the file is empty`);
  });

  it('should report every problem of every file in one run', () => {
    const { status, stderr, stdout } = run(['check', 'tests/broken/empty.txt', 'tests/broken/bad-email.txt', 'content/2178.txt']);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^tests\/broken\/empty\.txt:1:1: /m);
    expect(stderr).toMatch(/^tests\/broken\/bad-email\.txt:45:4: /m);
    expect(stdout).toContain('content/2178.txt: 总第2178期');
  });
});
