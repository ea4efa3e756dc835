/**
 * /issues/{总期号}.pdf: the original the archive keeps beside the text, byte
 * for byte. Served from here by `astro dev`; `astro build` copies these
 * files itself (src/integrations/issue-files.ts).
 */
import { originalRoute } from '../../lib/site/original-route.ts';

export const { getStaticPaths, GET } = originalRoute('pdf');
