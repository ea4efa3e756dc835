/** /data/issue.schema.json: the JSON Schema of an issue's JSON, from the zod schema (src/lib/site/data/schema-json.ts). */
import type { APIRoute } from 'astro';
import { downloadAt } from '../../lib/site/data/downloads.ts';
import { urls } from '../../lib/site/urls.ts';

export const GET: APIRoute = ({ site }) => downloadAt(site!, urls.dataSchema);
