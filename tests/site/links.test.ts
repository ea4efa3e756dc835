/**
 * The link checker (scripts/check-links.ts) on sites it must fault, built
 * by hand, and on the corpus built at the root and under /jianbao/: every
 * internal link of the pages, the feed, the sitemap, archive.json and the
 * search index's list of shards resolves, anchors included.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/check-links.ts';

const ROOT = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'briefing-links-'));
const SITE = 'https://example.org';

function site(name: string, files: Record<string, string>): string {
  const dist = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the link checker', () => {
  const dist = site('hand', {
    'index.html': [
      '<a href="/jianbao/issues/1/#a1">ok</a>',
      '<a href="/jianbao/issues/1/#a9">no such anchor</a>',
      '<a href="/jianbao/issues/2/">no such page</a>',
      '<a href="/issues/1/">outside the base</a>',
      '<a href="javascript:alert(1)">script</a>',
      '<a href="https://elsewhere.example/x">another site</a>',
      '<a href="issues/1">relative, a folder</a>',
      '<a href="#top" id="top">this page</a>',
    ].join('\n'),
    'issues/1/index.html': '<article id="a1"></article>',
    'feed.xml': `<feed><link href="${SITE}/jianbao/"/><link href="${SITE}/jianbao/gone/"/></feed>`,
    'archive.json': JSON.stringify([{ url: '/jianbao/issues/1/#a2', title: '/jianbao/text, not a link', sections: [{ pageUrl: '/jianbao/issues/3/' }] }]),
  });

  it('should name every link that does not resolve, with why, and pass the others', () => {
    const { broken } = checkLinks({ dist, base: '/jianbao/', site: SITE });
    expect(broken.map(({ source, link, reason }) => `${source}: ${link}: ${reason}`).sort()).toEqual(
      [
        'archive.json: /jianbao/issues/3/: no such file in the built site',
        'archive.json: /jianbao/issues/1/#a2: no element with id “a2” in issues/1/index.html',
        'feed.xml: https://example.org/jianbao/gone/: no such file in the built site',
        'index.html: /jianbao/issues/1/#a9: no element with id “a9” in issues/1/index.html',
        'index.html: /jianbao/issues/2/: no such file in the built site',
        'index.html: /issues/1/: outside the site\'s base /jianbao/',
        'index.html: javascript:alert(1): a javascript: URL',
      ].sort(),
    );
  });
});

describe('links of the corpus site', () => {
  const builds = { '/': join(work, 'root'), '/jianbao/': join(work, 'jianbao') };

  beforeAll(() => {
    for (const [base, out] of Object.entries(builds)) {
      const run = spawnSync(process.execPath, [join(ROOT, 'tests/browser/support/build-site.ts'), out, `${out}-cache`], {
        cwd: ROOT,
        encoding: 'utf-8',
        env: { ...process.env, BRIEFING_CONTENT: join(ROOT, 'content'), BRIEFING_BASE: base, BRIEFING_SITE: SITE, BRIEFING_PRECOMPRESS: '0' },
      });
      if (run.status !== 0) throw new Error(`the build under ${base} failed:\n${run.stdout}${run.stderr}`);
    }
  }, 240_000);

  for (const base of ['/', '/jianbao/'] as const) {
    it(`should have no broken link when published at ${base}`, () => {
      const { checked, broken } = checkLinks({ dist: builds[base], base, site: SITE });
      expect(broken).toEqual([]);
      // Pages, feed, sitemap, archive.json and the shards: hundreds of links, not a handful.
      expect(checked).toBeGreaterThan(250);
    });
  }

  it('should find the links of a site built under /jianbao/ broken when it is published at the root', () => {
    const { broken } = checkLinks({ dist: builds['/jianbao/'], base: '/', site: SITE });
    expect(broken.length).toBeGreaterThan(250);
  });
});
