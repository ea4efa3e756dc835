/**
 * PDF.js's character maps (node_modules/pdfjs-dist/cmaps/), served by the
 * site itself at urls.deskCMaps: the editor's desk reads a PDF whose
 * Chinese font is not embedded (STSong-Light, UniGB-UCS2-H) through them,
 * and fetches nothing from anywhere else. Copied into the build; answered
 * from node_modules in `astro dev`. Only a PDF that needs one fetches it.
 */
import { createReadStream } from 'node:fs';
import { cp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { inBuiltSite, routes, urls } from '../lib/site/urls.ts';

const CMAPS = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');
/** A CMap's name: letters, digits and `-`, then `.bcmap` (nothing that could leave the folder). */
const CMAP_FILE = /^[\w-]+\.bcmap$/;

export default function pdfCMapsIntegration(): AstroIntegration {
  return {
    name: 'briefing-pdf-cmaps',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const requested = decodeURIComponent((request.url ?? '').split('?')[0]!);
          // With or without the base, as the dev server hands the path on.
          const folder = [urls.deskCMaps, routes.deskCMaps].find((prefix) => requested.startsWith(prefix));
          const name = folder === undefined ? '' : requested.slice(folder.length);
          if (!CMAP_FILE.test(name)) return next();
          response.setHeader('Content-Type', 'application/octet-stream');
          createReadStream(path.join(CMAPS, name))
            .on('error', () => next())
            .pipe(response);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        await cp(CMAPS, inBuiltSite(dir, routes.deskCMaps), { recursive: true, filter: (source) => source === CMAPS || CMAP_FILE.test(path.basename(source)) });
        logger.info(`copied PDF.js's character maps to ${urls.deskCMaps}`);
      },
    },
  };
}
