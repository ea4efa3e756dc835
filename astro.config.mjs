// @ts-check
import { defineConfig } from 'astro/config';
import issueFiles from './src/integrations/issue-files.ts';
import pagefind from './src/integrations/pagefind.ts';

/**
 * The archive site. Every page is a folder with an index.html
 * (`/issues/2178/`), so URLs always end in a slash; the raw text, JSON and
 * feeds are files with an extension (`/issues/2178.txt`).
 *
 * BRIEFING_SITE sets the public origin used in the feed, the sitemap and
 * canonical links; BRIEFING_CONTENT (read in src/content.config.ts) picks the archive
 * folder.
 */
export default defineConfig({
  site: process.env.BRIEFING_SITE ?? 'https://example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Each issue's raw text and JSON, written without a route each; the Pagefind index of articles (see each integration for why).
  integrations: [issueFiles(), pagefind()],
  // `astro dev` previews the archive for editors; the toolbar would only get in their way.
  devToolbar: { enabled: false },
  // The scale benchmark gives each archive size its own content-layer cache; unset, Astro's default.
  cacheDir: process.env.BRIEFING_CACHE_DIR,
});
