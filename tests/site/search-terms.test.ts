import { describe, expect, it } from 'vitest';
import { queryTerms } from '../../src/scripts/search.ts';

describe('query terms', () => {
  it('should normalise a query as briefing text is normalised', () => {
    expect(queryTerms('2020 年')).toEqual(['2020年']);
    expect(queryTerms('目前,2020')).toEqual(['目前，2020']);
  });

  it('should split on spaces into terms that must all occur', () => {
    expect(queryTerms('  海淀\u3000回天  ')).toEqual(['海淀', '回天']);
    expect(queryTerms('   ')).toEqual([]);
  });
});
