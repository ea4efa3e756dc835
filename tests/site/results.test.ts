/**
 * Results of merged shards, whose ids (Pagefind's short page hashes) two
 * pages of different shards can share: the 5,000-issue benchmark had one
 * such pair, and a lookup by id lost one page of it from every search.
 */
import { describe, expect, it } from 'vitest';
import { alsoIn, inPageOrder } from '../../src/lib/search/results.ts';

/** A page: its id and its URL, as a merged search returns it. */
const page = (id: string, url: string) => ({ id, url });
type Page = ReturnType<typeof page>;
const urlOf = async (result: Page) => result.url;

// Every page of the index in its order (newest first); `en_b` is in two shards.
const pages = [page('en_a', '/issues/9/#a1'), page('en_b', '/issues/8/#a1'), page('en_c', '/issues/5/#a1'), page('en_b', '/issues/4/#a2'), page('en_d', '/issues/1/#a1')];

describe('alsoIn', () => {
  it('should keep both pages of a shared id, for the text check to settle', () => {
    const candidates = [pages[1]!, pages[3]!, pages[4]!];
    expect(alsoIn(candidates, [page('en_b', '?'), page('en_a', '?')])).toEqual([pages[1], pages[3]]);
  });
});

describe('inPageOrder', () => {
  it('should order results as the index does', async () => {
    expect(await inPageOrder(pages, [pages[4]!, pages[0]!, pages[2]!], urlOf)).toEqual([pages[0], pages[2], pages[4]]);
  });

  it('should keep only the page a result is, of two sharing its id, and keep both when both are results', async () => {
    expect(await inPageOrder(pages, [pages[3]!, pages[0]!], urlOf)).toEqual([pages[0], pages[3]]);
    expect(await inPageOrder(pages, [pages[3]!, pages[1]!], urlOf)).toEqual([pages[1], pages[3]]);
  });
});
