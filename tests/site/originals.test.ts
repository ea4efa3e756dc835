import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBriefing } from '../../src/lib/briefing/index.ts';
import { listIssueFiles } from '../../src/lib/content-folder.ts';
import { issueFileLinks } from '../../src/lib/site/issue-links.ts';
import { findOriginal } from '../../src/lib/site/originals.ts';
import { corpusText } from '../briefing/support/raw.ts';

const folder = mkdtempSync(join(tmpdir(), 'briefing-originals-'));
writeFileSync(join(folder, '2178.txt'), corpusText('2178.txt'));
writeFileSync(join(folder, '2178.pdf'), '%PDF-1.7');
writeFileSync(join(folder, '2177.txt'), corpusText('2177.txt'));
writeFileSync(join(folder, '2177.DOCX'), 'PK');
writeFileSync(join(folder, '2171.docx'), 'PK');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('originals kept beside the texts', () => {
  it('should not take an original for an issue of the archive', () => {
    expect(listIssueFiles(folder).map((path) => path.slice(folder.length + 1))).toEqual(['2177.txt', '2178.txt']);
  });

  it('should find {总期号}.pdf or .docx at the top of the archive folder', () => {
    expect(findOriginal(2178, folder)).toEqual({ kind: 'pdf', path: join(folder, '2178.pdf') });
    expect(findOriginal(2171, folder)).toEqual({ kind: 'docx', path: join(folder, '2171.docx') });
    expect(findOriginal(2169, folder)).toBeUndefined();
  });

  it('should link the original as 原件（PDF） or 原件（Word） after the text and the JSON', () => {
    const issue = parseBriefing(Buffer.from(corpusText('2178.txt')), '2178.txt').issue!;
    expect(issueFileLinks(issue, 'pdf').map((link) => [link.label, link.href, link.type])).toEqual([
      ['原始文本（TXT）', '/issues/2178.txt', 'text/plain'],
      ['结构化数据（JSON）', '/issues/2178.json', 'application/json'],
      ['原件（PDF）', '/issues/2178.pdf', 'application/pdf'],
    ]);
    expect(issueFileLinks(issue, 'docx').at(-1)!.label).toBe('原件（Word）');
    expect(issueFileLinks(issue).map((link) => link.label)).not.toContain('原件（PDF）');
  });
});
