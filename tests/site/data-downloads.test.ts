/**
 * The /data/ downloads, read back with other tools than made them: the CSV
 * with csv-parse, each year's zip with fflate's reader, the JSON Schema
 * with ajv and ajv-formats (a JSON Schema validator that knows nothing of zod).
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { allArticles } from '../../src/lib/site/archive.ts';
import { ARTICLE_COLUMNS, articlesCsv } from '../../src/lib/site/data/articles-csv.ts';
import { issueJsonSchema } from '../../src/lib/site/data/schema-json.ts';
import { formatSize } from '../../src/lib/site/data/size.ts';
import { yearZip } from '../../src/lib/site/data/year-zip.ts';
import { jsonText } from '../../src/lib/site/responses.ts';
import { article, corpusIssues, issue as makeIssue } from './support.ts';

const SITE = 'https://example.org';

describe('articles.csv', () => {
  it('should start with a UTF-8 byte-order mark, for Excel on a Chinese Windows', () => {
    const bytes = new TextEncoder().encode(articlesCsv(corpusIssues(), SITE));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('should read back with a CSV parser as one row per article, every field equal to the archive’s', () => {
    const issues = corpusIssues();
    const rows: string[][] = parse(articlesCsv(issues, SITE), { bom: true });
    expect(rows[0]).toEqual([...ARTICLE_COLUMNS]);
    const refs = allArticles(issues);
    // 2169, 2171 and 2178 hold one article each, 2177 three district items (the corpus files).
    expect(refs).toHaveLength(6);
    expect(rows.slice(1)).toEqual(
      refs.map((ref) => [
        String(ref.issue.totalIssue),
        String(ref.issue.issue),
        ref.issue.date,
        ref.section ?? '',
        ref.article.districts.join('、'),
        ref.article.kicker ?? '',
        ref.article.title ?? ref.article.lead ?? '',
        ref.article.source ?? '',
        `${SITE}/issues/${ref.issue.totalIssue}/#${ref.anchor}`,
        String(ref.article.blocks.map((block) => block.text.replace(/\s+/g, '')).join('').length),
      ]),
    );
  });

  it('should quote by RFC 4180: commas, quotes and line breaks in a field survive, rows end in CRLF', () => {
    const tricky = makeIssue({ totalIssue: 1, sections: [{ name: null, articles: [article({ title: '标题, 带"引号"', source: '第一行\n第二行' })] }] });
    const text = articlesCsv([tricky], SITE);
    expect(text).toContain('"标题, 带""引号"""');
    expect(text.split('\r\n')).toHaveLength(3);
    const rows: string[][] = parse(text, { bom: true, columns: true });
    expect(rows[0]).toMatchObject({ 标题或导语: '标题, 带"引号"', 来源: '第一行\n第二行', 字数: '3' });
  });
});

describe('a year’s zip', () => {
  it('should hold each issue’s raw file byte for byte and its JSON, in the year’s folder', () => {
    const files = ['2169', '2171', '2177', '2178'].map((name) => readFileSync(`content/${name}.txt`));
    const issues = corpusIssues();
    const zip = yearZip('2021', issues.map((issue, index) => ({ issue, bytes: files[index]! })));
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped).sort()).toEqual(['2169', '2171', '2177', '2178'].flatMap((name) => [`2021/${name}.json`, `2021/${name}.txt`]));
    issues.forEach((issue, index) => {
      expect(Buffer.from(unzipped[`2021/${issue.totalIssue}.txt`]!).equals(files[index]!)).toBe(true);
      expect(new TextDecoder().decode(unzipped[`2021/${issue.totalIssue}.json`])).toBe(jsonText(issue));
    });
  });

  it('should be the same bytes for the same archive, in whatever order the issues come', () => {
    const issues = corpusIssues().map((issue) => ({ issue, bytes: readFileSync(`content/${issue.totalIssue}.txt`) }));
    expect(Buffer.from(yearZip('2021', issues)).equals(Buffer.from(yearZip('2021', [...issues].reverse())))).toBe(true);
  });
});

describe('issue.schema.json', () => {
  const schema = issueJsonSchema(`${SITE}/data/issue.schema.json`);
  const ajv = new Ajv2020({ strict: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);

  it('should validate every corpus issue’s JSON as published', () => {
    for (const issue of corpusIssues()) {
      expect(validate(JSON.parse(jsonText(issue))), `${issue.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('should reject an issue with a field missing, a number as text, or a date not written YYYY-MM-DD', () => {
    const issue = JSON.parse(jsonText(corpusIssues()[0]!)) as Record<string, unknown>;
    const { totalIssue: _dropped, ...withoutTotal } = issue;
    expect(validate(withoutTotal)).toBe(false);
    expect(validate({ ...issue, issue: '3' })).toBe(false);
    expect(validate({ ...issue, date: '2021年1月18日' })).toBe(false);
    expect(validate({ ...issue, sections: [] })).toBe(false);
  });

  it('should name itself and say what it describes', () => {
    expect(schema.$id).toBe(`${SITE}/data/issue.schema.json`);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});

describe('sizes on the /data/ page', () => {
  it('should state bytes, KB and MB', () => {
    expect(formatSize(850)).toBe('850 字节');
    expect(formatSize(12_595)).toBe('12.3 KB');
    expect(formatSize(42_048_307)).toBe('40.1 MB');
  });
});
