/**
 * Build the site of one archive folder into one output folder, without
 * touching the project's own `dist/` or Astro's cache in node_modules:
 *
 *   BRIEFING_CONTENT=ARCHIVE node tests/browser/support/build-site.ts OUT_DIR CACHE_DIR
 *
 * It is Astro's own `build()` (the same config, integrations and Pagefind
 * index as `npm run build`), given only another outDir and cacheDir. Run it
 * as its own process from the project root: Astro reads BRIEFING_CONTENT
 * and the working folder when it loads the config.
 */
import { build } from 'astro';
import path from 'node:path';

const [outDir, cacheDir] = process.argv.slice(2);
if (outDir === undefined || cacheDir === undefined || process.env.BRIEFING_CONTENT === undefined) {
  console.error('usage: BRIEFING_CONTENT=ARCHIVE node tests/browser/support/build-site.ts OUT_DIR CACHE_DIR');
  process.exit(2);
}

await build({
  root: process.cwd(),
  outDir: path.resolve(outDir),
  cacheDir: path.resolve(cacheDir),
  logLevel: 'warn',
});
