import { parseWithSchema, requireZod, toStrictJsonSchema } from '@org/core/zod';
import type { $ZodType, output } from 'zod/v4/core';
import { jsonSchemaTextFormat, type ParsableTextFormat } from './parsable-text-format.js';

/**
 * A strict `json_schema` text format from a zod 4 schema (classic or mini), for `text: { format }`: the model is held
 * to the schema, and `parseResponse` validates and types the output with it. An `.optional()` field is refused
 * (`InvalidInputError` naming it): strict mode wants `.nullable()`.
 */
export function zodTextFormat<Schema extends $ZodType>(
  schema: Schema,
  name: string,
  options?: { description?: string },
): ParsableTextFormat<output<Schema>> {
  requireZod('zodTextFormat');
  const what = `The output of text format \`${name}\``;
  return jsonSchemaTextFormat(
    {
      name,
      ...(options?.description === undefined ? {} : { description: options.description }),
      schema: toStrictJsonSchema(schema, `text format ${name}`),
      strict: true,
    },
    (text) => parseWithSchema(schema, text, what),
  );
}
