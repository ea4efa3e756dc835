import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../src/lib/site/excerpt.ts';

describe('excerpt parts', () => {
  it('should split marks from plain text', () => {
    expect(excerptParts('加强<mark>垃圾</mark><mark>分类</mark>工作')).toEqual([
      { text: '加强', mark: false },
      { text: '垃圾分类', mark: true },
      { text: '工作', mark: false },
    ]);
  });

  it("should give back the characters Pagefind wrote as &lt; and &gt;, as text", () => {
    // Pagefind's excerpt of “垃圾分类 <script>alert(1)</script> & <img src=x onerror=alert(1)>”.
    const parts = excerptParts('<mark>垃圾</mark><mark>分类 </mark>&lt;script&gt;alert(1)&lt;/script&gt; & &lt;img src=x <mark>onerror</mark>=alert(1)&gt;');
    expect(parts.map((part) => part.text).join('')).toBe('垃圾分类 <script>alert(1)</script> & <img src=x onerror=alert(1)>');
    expect(parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['垃圾分类 ', 'onerror']);
  });

  it('should treat any other tag-like text as text', () => {
    expect(excerptParts('<b>x</b>')).toEqual([{ text: '<b>x</b>', mark: false }]);
    expect(excerptParts('')).toEqual([]);
  });
});
