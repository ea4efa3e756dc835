/**
 * The synthetic archive generator (site.md §6, src/lib/synthetic/):
 * deterministic from its seed, read by the parser exactly as planned, valid
 * across files, numbered and dated like the real archive, a realistic mix
 * of issue kinds, carrying the raw format's noise, and varied in its text.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkArchive, DISTRICTS, parseBriefing, type ArchiveEntry, type Issue } from '../../src/lib/briefing/index.ts';
import { generateArchive, GenerateError, planCalendar, readSources, writeArchive, type GeneratedFile } from '../../src/lib/synthetic/index.ts';
import { splitSentences } from '../../src/lib/synthetic/material.ts';

const CONTENT = join(import.meta.dirname, '../../content');
const sources = readSources(CONTENT);
const COUNT = 300;
const archive = generateArchive({ count: COUNT, seed: 1, sources });
const parsed = archive.map((file) => ({ file, ...parseBriefing(Buffer.from(file.text, 'utf-8'), file.name) }));
const issues = parsed.map(({ issue }) => issue).filter((issue): issue is Issue => issue !== undefined);

const articlesOf = (issue: Issue) => issue.sections.flatMap((section) => section.articles);
const paragraphsOf = (issue: Issue) => articlesOf(issue).flatMap((article) => article.blocks.filter((block) => block.type === 'paragraph').map((block) => block.text));
const sourceIssues = sources.map((source) => parseBriefing(source.bytes, source.name).issue!);
const share = (count: number) => count / COUNT;

describe('generateArchive', () => {
  it('should give the same bytes for the same seed', () => {
    const again = generateArchive({ count: COUNT, seed: '1', sources: [...sources].reverse() });
    expect(again.map((file) => file.name)).toEqual(archive.map((file) => file.name));
    expect(again.every((file, index) => file.text === archive[index]!.text)).toBe(true);
  });

  it('should give another archive for another seed', () => {
    const other = generateArchive({ count: COUNT, seed: 2, sources });
    const differing = other.filter((file, index) => file.text !== archive[index]!.text).length;
    expect(differing).toBeGreaterThanOrEqual(COUNT * 0.95);
    const dates = (files: GeneratedFile[]) => files.map(({ plan: { slot } }) => `${slot.year}-${slot.month}-${slot.day}`).join();
    expect(dates(other)).not.toBe(dates(archive));
  });

  it('should name each file by its 总期号 and write UTF-8 with LF line ends and the corpus header', () => {
    for (const { file, issue } of parsed) {
      expect(file.name).toBe(`${issue!.totalIssue}.txt`);
      expect(file.text).not.toContain('\r');
      const lines = file.text.split('\n');
      expect(lines.slice(0, 4)).toEqual(['', '', '首都精神文明建设情况简报', '']);
      expect(lines[4]).toMatch(/^第 \d+ 期$/);
      expect(lines[6]).toMatch(/^[(（]总第 \d+ 期[)）]$/);
      expect(lines[10]).toMatch(/^\d{4} 年 \d{1,2} 月 \d{1,2} 日$/);
      expect(file.text.endsWith('。\n')).toBe(true);
    }
  });

  it('should pass the parser with no problem at all, file by file and across the archive', () => {
    const problems = parsed.flatMap(({ problems }) => problems.map(String));
    expect(problems).toEqual([]);
    expect(issues).toHaveLength(COUNT);
    const entries: ArchiveEntry[] = parsed.map(({ file, issue, places }) => ({ file: file.name, issue: issue!, places }));
    expect(checkArchive(entries).map(String)).toEqual([]);
  });

  it('should be read back exactly as planned: page breaks joined, punctuation widened, spaces dropped', () => {
    for (const { file, issue } of parsed) {
      const planned = file.plan.sections.map((section) => ({
        name: section.name,
        articles: section.articles.map((article) => ({
          kicker: article.kicker,
          title: article.title,
          subtitle: article.subtitle?.replace(/^——/, '') ?? null,
          blocks: article.blocks,
          source: article.source,
        })),
      }));
      const read = issue!.sections.map((section) => ({
        name: section.name,
        articles: section.articles.map(({ kicker, title, subtitle, blocks, source }) => ({ kicker, title, subtitle, blocks, source })),
      }));
      expect(read, file.name).toEqual(planned);
      const { slot } = file.plan;
      expect([issue!.issue, issue!.totalIssue, issue!.date]).toEqual([slot.issue, slot.totalIssue, `${slot.year}-${String(slot.month).padStart(2, '0')}-${String(slot.day).padStart(2, '0')}`]);
      expect([issue!.editor, issue!.reviewer, issue!.contact, issue!.distribution]).toEqual([file.plan.editor, file.plan.reviewer, file.plan.contact, file.plan.distribution]);
    }
  });

  it('should number and date the issues like the real archive', () => {
    const totals = issues.map((issue) => issue.totalIssue);
    expect(totals).toEqual(Array.from({ length: COUNT }, (_, index) => 2178 - COUNT + 1 + index));
    const years = Map.groupBy(issues, (issue) => Number(issue.date.slice(0, 4)));
    const yearList = [...years.keys()];
    expect(yearList).toEqual(Array.from({ length: yearList.length }, (_, index) => yearList[0]! + index));
    for (const [year, ofYear] of years) {
      // 期号 starts again at 1 every January and runs on without a gap.
      expect(ofYear.map((issue) => issue.issue), String(year)).toEqual(ofYear.map((_, index) => index + 1));
      if (year !== yearList.at(-1)) expect(ofYear.length).toBeGreaterThanOrEqual(46);
      expect(ofYear.length).toBeLessThanOrEqual(54);
    }
    const dates = issues.map((issue) => issue.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates.at(-1)! <= '2026-12-31').toBe(true);
    expect(dates.every((date) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()))).toBe(true);
    expect(new Set(dates).size).toBeLessThan(COUNT); // some issues share a date (2169 and 2171 did)
    expect(new Set(dates).size).toBeGreaterThan(COUNT * 0.85);
  });

  it('should reach back about a century for 5000 issues, ending no later than 2021', () => {
    const slots = planCalendar(5000, '1');
    expect(slots.map((slot) => slot.totalIssue)).toEqual(Array.from({ length: 5000 }, (_, index) => index + 1));
    const first = slots[0]!;
    const last = slots.at(-1)!;
    expect(first.issue).toBe(1);
    expect(last.year).toBeLessThanOrEqual(2021);
    expect(last.year - first.year).toBeGreaterThanOrEqual(90);
    expect(slots.filter((slot) => slot.issue === 1)).toHaveLength(last.year - first.year + 1);
  });

  it('should mix single reports and multi-item issues as the corpus does', () => {
    const multiItem = issues.filter((issue) => issue.sections.some((section) => section.articles.length >= 2));
    expect(share(multiItem.length)).toBeGreaterThanOrEqual(0.3);
    expect(share(multiItem.length)).toBeLessThanOrEqual(0.7);

    for (const issue of multiItem) {
      for (const section of issue.sections) {
        expect(section.name).not.toBeNull();
        expect(section.articles.length).toBeGreaterThanOrEqual(2);
        expect(section.articles.length).toBeLessThanOrEqual(6);
        for (const item of section.articles) {
          expect(item.title).toBeNull();
          expect(item.lead).not.toBeNull();
          expect(item.districts).toHaveLength(1);
        }
      }
    }
    expect(multiItem.filter((issue) => issue.sections.length === 2).length).toBeGreaterThan(0);

    const reports = issues.filter((issue) => !multiItem.includes(issue)).map((issue) => articlesOf(issue)[0]!);
    expect(reports.every((report) => report.title !== null)).toBe(true);
    const blockTexts = (pattern: RegExp) => reports.filter((report) => report.blocks.some((block) => pattern.test(block.text))).length;
    expect(blockTexts(/^一、/)).toBeGreaterThan(10);
    expect(blockTexts(/^（一）/)).toBeGreaterThan(0);
    expect(blockTexts(/^一是/)).toBeGreaterThan(10);
    expect(reports.filter((report) => report.districts.length === 0 && /处$/.test(report.source!)).length).toBeGreaterThan(10);
    expect(reports.filter((report) => report.kicker !== null).length).toBeGreaterThan(10);
    expect(reports.filter((report) => report.subtitle !== null).length).toBeGreaterThan(10);
    expect(reports.filter((report) => report.kicker === null && report.subtitle === null).length).toBeGreaterThan(10);

    const sectionNames = new Set(issues.flatMap((issue) => issue.sections.map((section) => section.name)).filter((name) => name !== null));
    expect(sectionNames.size).toBeGreaterThanOrEqual(4);
    expect(sectionNames.size).toBeLessThanOrEqual(12);
  });

  it('should name an item’s district in its text and in its attribution alike', () => {
    const names = new RegExp(DISTRICTS.join('|'), 'g');
    let items = 0;
    for (const issue of issues) {
      for (const article of articlesOf(issue)) {
        if (article.districts.length === 0) continue;
        items += 1;
        const [district] = article.districts;
        expect(article.source).toMatch(new RegExp(`^${district}(?:文明办|委宣传部)$`));
        const named = new Set(article.blocks.flatMap((block) => block.text.match(names) ?? []));
        expect([...named].filter((name) => name !== district), article.source!).toEqual([]);
        if (article.lead !== null) expect(article.lead.startsWith(district!)).toBe(true);
      }
    }
    expect(items).toBeGreaterThan(COUNT);
    const districts = new Set(issues.flatMap((issue) => articlesOf(issue).flatMap((article) => article.districts)));
    expect(districts.size).toBe(DISTRICTS.length);
  });

  it('should carry the noise of the raw format: mixed punctuation width, extraction spaces, page breaks', () => {
    const bodies = archive.map((file) => {
      const lines = file.text.split('\n');
      const footer = lines.findIndex((line) => /^(?:责编|核稿)[:：]/.test(line));
      return lines.slice(11, footer);
    });
    const closing = /[。！？；：…”’」』）)》!?;:]$/;
    const withBreaks = bodies.filter((lines) => lines.some((line) => line.replaceAll(' ', '').length > 40 && !closing.test(line))).length;
    expect(share(withBreaks)).toBeGreaterThan(0.6);
    expect(share(bodies.filter((lines) => lines.some((line) => /[\u4e00-\u9fff],[\u4e00-\u9fff]/.test(line))).length)).toBeGreaterThan(0.3);
    expect(share(bodies.filter((lines) => lines.some((line) => /[\u4e00-\u9fff]，[\u4e00-\u9fff]/.test(line))).length)).toBeGreaterThan(0.3);
    expect(share(bodies.filter((lines) => lines.some((line) => /\d 年|[\u4e00-\u9fff] \d/.test(line))).length)).toBeGreaterThan(0.3);
    expect(share(bodies.filter((lines) => lines.some((line) => /^[(（][^()（）]+(?:文明办|处|宣传部)[)）]$/.test(line))).length)).toBeGreaterThan(0.3);
    expect(share(bodies.filter((lines) => lines.some((line) => /。 ?[(（][^()（）]+[)）]$/.test(line))).length)).toBeGreaterThan(0.3);

    expect(new Set(issues.map((issue) => issue.editor)).size).toBeGreaterThanOrEqual(2);
    expect(archive.some((file) => file.text.includes('\n责编:'))).toBe(true);
    expect(archive.some((file) => file.text.includes('\n责编：'))).toBe(true);
  });

  it('should use only characters of the corpus, district names and ASCII', () => {
    const allowed = new Set([...sources.map((source) => new TextDecoder().decode(source.bytes)).join(''), ...DISTRICTS.join('')]);
    const foreign = new Set<string>();
    for (const file of archive) for (const char of file.text) if (char > '\u007e' && !allowed.has(char)) foreign.add(char);
    expect([...foreign]).toEqual([]);
  });

  /**
   * The four corpus issues hold about 130 sentences. Shuffling whole
   * paragraphs, or sentences without varying them, could never give more
   * distinct sentences than that; recombining sentences and varying their
   * numbers, districts, offices and list order gives about 18 times as many
   * over 300 issues. We ask for at least 10 times, every paragraph distinct,
   * no sentence making up more than 3% of the text, and nine in ten of the
   * corpus's sentences used somewhere (not a favoured handful).
   */
  it('should vary its text: distinct paragraphs, many distinct sentences, the whole corpus used', () => {
    const paragraphs = issues.flatMap(paragraphsOf);
    expect(new Set(paragraphs).size).toBeGreaterThanOrEqual(paragraphs.length * 0.99);

    const sourceSentences = new Set(sourceIssues.flatMap(paragraphsOf).flatMap(splitSentences));
    const sentences = paragraphs.flatMap(splitSentences);
    const counts = new Map<string, number>();
    for (const sentence of sentences) counts.set(sentence, (counts.get(sentence) ?? 0) + 1);
    expect(counts.size).toBeGreaterThanOrEqual(sourceSentences.size * 10);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(sentences.length * 0.03);

    const text = paragraphs.join('\n');
    const districtName = new RegExp(DISTRICTS.map((name) => name.slice(0, 2)).join('|'));
    const markers = [...sourceSentences]
      .map((sentence) => sentence.split(/[，；：、“”《》（）。！？]/).filter((clause) => clause.length >= 4 && !/\d/.test(clause) && !districtName.test(clause)).sort((a, b) => b.length - a.length)[0])
      .filter((clause) => clause !== undefined);
    const used = markers.filter((clause) => text.includes(clause));
    expect(used.length).toBeGreaterThanOrEqual(markers.length * 0.9);
  });

  it('should make 5000 issues in a few seconds', () => {
    const started = performance.now();
    const files = generateArchive({ count: 5000, seed: 3, sources });
    const seconds = (performance.now() - started) / 1000;
    expect(files).toHaveLength(5000);
    // About 1.5 s on a laptop; the bound only catches work that stops growing linearly.
    expect(seconds).toBeLessThan(20);
  }, 60_000);
});

describe('writeArchive', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'generate-archive-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const listing = (folder: string) => readdirSync(folder, { recursive: true }).map(String).sort();

  it('should refuse to write into the project’s content/ folder, or anywhere inside it', () => {
    const before = listing(CONTENT);
    expect(() => writeArchive({ count: 3, out: CONTENT, force: true })).toThrow(GenerateError);
    expect(() => writeArchive({ count: 3, out: join(CONTENT, 'synthetic') })).toThrow(/content\/ folder/);
    expect(() => writeArchive({ count: 3, out: join(CONTENT, '..', 'content', '.') })).toThrow(GenerateError);
    expect(listing(CONTENT)).toEqual(before);
  });

  it('should refuse to write into the folder it reads from', () => {
    const from = join(scratch, 'from');
    mkdirSync(from);
    writeFileSync(join(from, '2178.txt'), readFileSync(join(CONTENT, '2178.txt')));
    expect(() => writeArchive({ count: 3, from, out: from, force: true })).toThrow(/read from/);
  });

  it('should write only {总期号}.txt files into --out, and refuse a non-empty folder unless forced', () => {
    const out = join(scratch, 'out', 'nested');
    const summary = writeArchive({ count: 5, seed: 9, out });
    expect(summary).toMatchObject({ files: 5, firstTotalIssue: 2174, lastTotalIssue: 2178, replaced: 0 });
    expect(listing(out)).toEqual(['2174.txt', '2175.txt', '2176.txt', '2177.txt', '2178.txt']);
    const expected = generateArchive({ count: 5, seed: 9, sources });
    for (const file of expected) expect(readFileSync(join(out, file.name), 'utf-8')).toBe(file.text);
    expect(summary.bytes).toBe(expected.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0));

    expect(() => writeArchive({ count: 5, seed: 9, out })).toThrow(/not empty/);
    writeFileSync(join(out, 'notes.md'), 'kept');
    const again = writeArchive({ count: 3, seed: 9, out, force: true });
    expect(again.replaced).toBe(5);
    expect(listing(out)).toEqual(['2176.txt', '2177.txt', '2178.txt', 'notes.md']);
    expect(existsSync(join(scratch, 'out', '2178.txt'))).toBe(false);
  });
});
