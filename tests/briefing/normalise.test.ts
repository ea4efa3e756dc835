import { describe, expect, it } from 'vitest';
import { normaliseLine, normaliseLines, placeOf } from '../../src/lib/briefing/normalise.ts';

const text = (raw: string) => normaliseLine(raw, 1).text;

describe('normalise: punctuation width', () => {
  it('should widen half-width , : ; ? ! inside Chinese text', () => {
    expect(text('宣传发动,巡查督导;严格执法:约谈?惩治!')).toBe('宣传发动，巡查督导；严格执法：约谈？惩治！');
  });

  it('should widen a bracket pair together, even when one half touches only digits', () => {
    expect(text('三年行动计划(2021—2023年)')).toBe('三年行动计划（2021—2023年）');
    expect(text('计划(2021—2023)')).toBe('计划（2021—2023）');
    expect(text('(总第 2169 期)')).toBe('（总第2169期）');
  });

  it('should keep e-mail addresses and URLs as they are', () => {
    expect(text('邮箱:jswmzhxhc@163.com')).toBe('邮箱：jswmzhxhc@163.com');
    expect(text('网址:http://www.bjwmb.gov.cn/a?b=1,c')).toBe('网址：http://www.bjwmb.gov.cn/a?b=1,c');
  });

  it('should keep punctuation between digits and in Latin text', () => {
    expect(text('共1,000人,10:30开始')).toBe('共1,000人，10:30开始');
    expect(text('see (p. 3), ok?')).toBe('see (p. 3), ok?');
  });
});

describe('normalise: spaces', () => {
  it('should drop spaces between Chinese and digits or Latin letters', () => {
    expect(text('2021 年 1 月 18 日')).toBe('2021年1月18日');
    expect(text('利用“东城随手拍”手机 APP 平台')).toBe('利用“东城随手拍”手机APP平台');
    expect(text('第 3 期')).toBe('第3期');
  });

  it('should keep a deliberate space between two Chinese phrases, as one space', () => {
    expect(text('常态化推进 项目化落实')).toBe('常态化推进 项目化落实');
    expect(text('加快部署\u3000\u3000全面整改')).toBe('加快部署 全面整改');
  });

  it('should trim the line', () => {
    expect(text('  \u3000东城区坚持“四全”。 ')).toBe('东城区坚持“四全”。');
  });
});

describe('normalise: places', () => {
  it('should map each normalised character back to its raw column', () => {
    const line = normaliseLine('  2021 年 1 月 18 日', 7);
    expect(line.text).toBe('2021年1月18日');
    const columns = Array.from(line.text, (_, index) => placeOf(line, index).column);
    // raw: two spaces, then 2021·年·1·月·18·日 with a space between each part
    expect(columns).toEqual([3, 4, 5, 6, 8, 10, 12, 14, 15, 17]);
    expect(placeOf(line).line).toBe(7);
  });

  it('should number lines from the first line it is given', () => {
    expect(normaliseLines('a\n\nb', 5).map((line) => [line.number, line.text])).toEqual([
      [5, 'a'],
      [6, ''],
      [7, 'b'],
    ]);
  });
});
