// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import issueFiles from './src/integrations/issue-files.ts';
import pagefind from './src/integrations/pagefind.ts';
import pdfCMaps from './src/integrations/pdf-cmaps.ts';
import precompress from './src/integrations/precompress.ts';
import { siteBase, urls } from './src/lib/site/urls.ts';

/**
 * The archive site. Every page is a folder with an index.html
 * (`/issues/2178/`), so its URLs end in a slash; the raw text, JSON and
 * feeds are files with an extension (`/issues/2178.txt`). A URL typed
 * without the slash (`/issues/2178`) finds the page on a static host, which
 * redirects to the folder, and so it must in `npm start` (astro preview)
 * and `npm run dev`, which answer it only when trailing slashes are
 * `ignore`d; the pages built are the same either way.
 *
 * BRIEFING_SITE sets the public origin used in the feed, the sitemap and
 * canonical links; BRIEFING_BASE the path the site is published under
 * (`/jianbao/`; src/lib/site/urls.ts reads it too, so every URL it makes
 * agrees with Astro's); BRIEFING_CONTENT (read in src/content.config.ts)
 * picks the archive folder.
 */
export default defineConfig({
  site: process.env.BRIEFING_SITE ?? 'https://example.org',
  base: siteBase(),
  trailingSlash: 'ignore',
  // Stylesheets always as files: an inlined <style> would need 'unsafe-inline' in the Content-Security-Policy (deploy/nginx.conf).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Each issue's raw text and JSON, written without a route each; the Pagefind index of articles (see each integration for why);
  // the sitemap of every page Astro built (@astrojs/sitemap leaves out the 404 page; the editors' desk, noindex, is left out
  // too); PDF.js's character maps for the desk;
  // last, a gzip and a brotli copy of every text file the others wrote, for a web server to send as they are (deploy/nginx.conf).
  integrations: [issueFiles(), pagefind(), sitemap({ filter: (page) => new URL(page).pathname !== urls.desk }), pdfCMaps(), precompress()],
  // `astro dev` previews the archive for editors; the toolbar would only get in their way.
  devToolbar: { enabled: false },
  // The scale benchmark gives each archive size its own content-layer cache; unset, Astro's default.
  cacheDir: process.env.BRIEFING_CACHE_DIR,
});
