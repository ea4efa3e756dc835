/**
 * /data/issue.schema.json: the JSON Schema of an issue's JSON (format.md
 * §2), made from the parser's zod schema by zod 4's own export, so the
 * schema has one source. A date is checked by a function in zod, which JSON
 * Schema cannot carry: the export gives its shape as a pattern instead.
 */
import { z } from 'zod';
import { isoDateSchema, issueSchema } from '../../briefing/index.ts';
import { t } from '../strings.ts';

export function issueJsonSchema(id: string): Record<string, unknown> {
  const schema = z.toJSONSchema(issueSchema, {
    io: 'output',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === isoDateSchema) jsonSchema.pattern = '^\\d{4}-\\d{2}-\\d{2}$';
    },
  });
  return { ...schema, $id: id, title: t('data.schemaTitle') };
}
