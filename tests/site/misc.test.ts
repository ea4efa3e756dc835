import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/lib/site/chart.ts';
import { formatDate, isoDate, yearOf } from '../../src/lib/site/dates.ts';
import { textCharset } from '../../src/lib/site/raw.ts';
import { filterOptions } from '../../src/lib/site/search-options.ts';
import { strings, t } from '../../src/lib/site/strings.ts';
import { corpusIssues } from './support.ts';

describe('dates', () => {
  it('should print dates as the briefing does', () => {
    expect(formatDate('2021-03-08')).toBe('2021年3月8日');
    expect(formatDate('2020-12-28')).toBe('2020年12月28日');
    expect(isoDate('2021年3月8日')).toBe('2021-03-08');
    expect(isoDate('2020年12月28日')).toBe('2020-12-28');
    expect(isoDate('3月8日')).toBe('');
    expect(yearOf('2021-03-08')).toBe('2021');
  });
});

describe('strings', () => {
  it('should fill placeholders and leave unknown ones', () => {
    expect(t('issue.numbers', { issue: 12, total: 2178 })).toBe('第12期 · 总第2178期');
    expect(t('search.none', {})).toBe('没有找到与“{query}”相关的稿件。');
  });

  it('should have no empty string', () => {
    for (const value of Object.values(strings)) expect(value.trim()).not.toBe('');
  });
});

describe('bar chart', () => {
  it('should scale bars to the largest count and keep zero years flat', () => {
    const chart = barChart([
      { year: '2019', count: 0 },
      { year: '2020', count: 2 },
      { year: '2021', count: 4 },
    ]);
    expect(chart.max).toBe(4);
    expect(chart.bars.map((bar) => bar.height)).toEqual([0, 32, 64]);
    expect(chart.bars.every((bar) => bar.y + bar.height === chart.plotHeight)).toBe(true);
    expect(chart.bars.map((bar) => bar.x)).toEqual([7, 43, 79]);
    expect(chart.width).toBe(108);
  });

  it('should draw an empty chart without dividing by zero', () => {
    const chart = barChart([]);
    expect(chart.bars).toEqual([]);
    expect(Number.isFinite(chart.width)).toBe(true);
  });
});

describe('raw text charset', () => {
  it('should read the charset off the bytes as the parser decodes them', () => {
    expect(textCharset(new TextEncoder().encode('简报'))).toBe('utf-8');
    expect(textCharset(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('utf-8');
    expect(textCharset(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe('utf-16le');
    expect(textCharset(new Uint8Array([0xfe, 0xff, 0x00, 0x41]))).toBe('utf-16be');
    expect(textCharset(new Uint8Array([0xbc, 0xf2, 0xb1, 0xa8]))).toBe('gb18030'); // 简报 in GBK
  });
});

describe('search filter options', () => {
  it('should offer districts in the official order, 栏目 and years', () => {
    expect(filterOptions(corpusIssues())).toEqual([
      { name: '区', values: ['东城区', '海淀区', '房山区', '昌平区'] },
      { name: '栏目', values: ['文明创建'] },
      { name: '年份', values: ['2021'] },
    ]);
  });
});

describe('static paths', () => {
  it('should name issue pages by 总期号 with their neighbours', async () => {
    const { issuePaths } = await import('../../src/lib/site/paths.ts');
    expect(issuePaths(corpusIssues()).map(({ params, props }) => [params.id, props.previous?.id, props.next?.id])).toEqual([
      ['2178', '2177', undefined],
      ['2177', '2171', '2178'],
      ['2171', '2169', '2177'],
      ['2169', undefined, '2171'],
    ]);
  });

  it('should name district and section pages by their path segment, never raw text', async () => {
    const { districtPaths, sectionPaths, yearPaths } = await import('../../src/lib/site/paths.ts');
    const { article, issue } = await import('./support.ts');
    const odd = issue({ totalIssue: 7, sections: [{ name: '../../etc', articles: [article({ districts: ['a/b'] })] }] });
    const names = [...districtPaths([odd]).map((path) => path.params.district), ...sectionPaths([odd]).map((path) => path.params.section)];
    for (const name of names) expect(name).not.toMatch(/[/\\.]/);
    expect(yearPaths(corpusIssues()).map((path) => path.params.year)).toEqual(['2021']);
  });
});
