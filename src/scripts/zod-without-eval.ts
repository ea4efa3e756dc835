/**
 * Zod compiles its object parsers with `new Function` where it may, and
 * probes for that once; under the site's Content-Security-Policy (no
 * 'unsafe-eval', deploy/nginx.conf) the browser reports even the caught
 * probe as a violation. In the browser Zod parses without compiled code:
 * imported first by every page script that parses with Zod.
 */
import { config } from 'zod';

config({ jitless: true });
