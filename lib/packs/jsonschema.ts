/** JSON Schema for editors (lib/packs/phrase-pack.schema.json), generated from the zod schema so the two never drift. */
import { z } from 'zod';
import { PhrasePackSchema } from './schema.ts';

export const JSON_SCHEMA_ID = 'https://tactful.app/lib/packs/phrase-pack.schema.json';

export function phrasePackJsonSchema(): Record<string, unknown> {
  // Refinements (pattern syntax, duplicates, examples) cannot be expressed in JSON Schema; `npm run pack -- check` runs them.
  const schema = z.toJSONSchema(PhrasePackSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: JSON_SCHEMA_ID,
    title: 'Tactful phrase pack',
    description: 'A pack of positive-language rewrite rules for Tactful. See the guide for trainers in README.md.',
  };
}
