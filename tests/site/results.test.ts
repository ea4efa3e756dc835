/**
 * Results of merged shards, whose ids (Pagefind's short page hashes) two
 * pages of different shards can share: the 5,000-issue benchmark had one
 * such pair, and a lookup by id lost one page of it from every search.
 */
import { describe, expect, it, vi } from 'vitest';
import { positionsIn } from '../../src/lib/search/results.ts';

/** A page: its id and its URL, as a merged search returns it. */
const page = (id: string, url: string) => ({ id, url });
type Page = ReturnType<typeof page>;

// Every page of the index in its order (newest first); `en_b` is in two shards.
const pages = [page('en_a', '/issues/9/#a1'), page('en_b', '/issues/8/#a1'), page('en_c', '/issues/5/#a1'), page('en_b', '/issues/4/#a2'), page('en_d', '/issues/1/#a1')];

describe('positionsIn', () => {
  it('should find each result’s place in the index, fetching no URL for an id of its own', async () => {
    const urlOf = vi.fn(async (result: Page) => result.url);
    expect(await positionsIn(pages, urlOf)([pages[4]!, pages[0]!, pages[2]!])).toEqual([4, 0, 2]);
    expect(urlOf).not.toHaveBeenCalled();
  });

  it('should tell two pages sharing an id apart by their URLs', async () => {
    const positionsOf = positionsIn(pages, async (result: Page) => result.url);
    expect(await positionsOf([pages[3]!, pages[0]!])).toEqual([3, 0]);
    expect(await positionsOf([pages[3]!, pages[1]!])).toEqual([3, 1]);
  });

  it('should fail on a result that is no page of the index', async () => {
    await expect(positionsIn(pages, async (result: Page) => result.url)([page('en_b', '/issues/7/#a1')])).rejects.toThrow('search result /issues/7/#a1 is not a page of the index');
  });
});
