import { describe, expect, it } from 'vitest';
import { excerptAround } from '../../src/lib/site/excerpt.ts';

const join = (parts: ReturnType<typeof excerptAround>) => parts.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');

describe('excerpts', () => {
  it('should mark every occurrence of every term inside the excerpt', () => {
    expect(join(excerptAround('重点抓好垃圾分类和物业管理，垃圾减量。', ['垃圾', '物业']))).toBe('重点抓好[垃圾]分类和[物业]管理，[垃圾]减量。');
  });

  it('should start a little before the first match, with an ellipsis where text was cut', () => {
    const text = `${'甲'.repeat(50)}回天${'乙'.repeat(100)}`;
    const parts = excerptAround(text, ['回天'], 30);
    expect(join(parts)).toBe(`…${'甲'.repeat(20)}[回天]${'乙'.repeat(8)}…`);
  });

  it('should keep to the paragraph of the first match, with an ellipsis where the text goes on', () => {
    const text = `一、工作开展情况\n${'甲'.repeat(30)}推进垃圾分类。\n二、下一步工作\n继续抓好垃圾分类。`;
    expect(join(excerptAround(text, ['垃圾']))).toBe(`…${'甲'.repeat(18)}推进[垃圾]分类。…`);
    expect(join(excerptAround(text, ['下一步']))).toBe('…二、[下一步]工作…');
    expect(join(excerptAround(text, ['没有']))).toBe('一、工作开展情况…');
  });

  it('should keep markup-like text as text', () => {
    const parts = excerptAround('见<script>alert(1)</script>与<img src=x onerror=alert(1)>', ['script']);
    expect(parts.map((part) => part.text).join('')).toBe('见<script>alert(1)</script>与<img src=x onerror=alert(1)>');
    expect(parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['script', 'script']);
  });

  it('should ignore case as the search does', () => {
    expect(join(excerptAround('手机APP平台', ['app']))).toBe('手机[APP]平台');
  });
});
