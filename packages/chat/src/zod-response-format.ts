import { InvalidInputError } from '@org/core';
import { parseWithSchema, requireZod, toStrictJsonSchema } from '@org/core/zod';
import type { $ZodType, output } from 'zod/v4/core';
import type { ParsableResponseFormat } from './parsable-response-format.js';

/**
 * A strict `json_schema` response format from a zod 4 schema (classic or mini), whose answer `parseChatCompletion`
 * reads into `message.parsed`, validated and typed. Strict mode has no optional fields: use `.nullable()`.
 */
export function zodResponseFormat<Schema extends $ZodType>(
  schema: Schema,
  name: string,
  options?: { description?: string },
): ParsableResponseFormat<output<Schema>> {
  requireZod('zodResponseFormat');
  if (!/^[\w-]{1,64}$/.test(name)) throw new InvalidInputError('name', 'use 1 to 64 letters, digits, _ or -');
  const format = {
    type: 'json_schema' as const,
    json_schema: {
      name,
      ...options,
      schema: toStrictJsonSchema(schema, `response_format ${name}`),
      strict: true,
    },
  };
  const parse = (text: string) => parseWithSchema(schema, text, 'The response');
  return Object.defineProperty(format, 'parse', { value: parse, enumerable: false }) as ParsableResponseFormat<
    output<Schema>
  >;
}
