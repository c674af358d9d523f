import type { $ZodType } from 'zod/v4/core';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { requireZod } from './require-zod.js';

type JsonSchema = Record<string, unknown>;

/**
 * Converts a zod 4 schema (classic or mini) to the JSON schema the API's strict
 * mode accepts: an object at the root, every property required, no extra
 * properties. Strict mode has no optional fields, so an `.optional()` field is
 * refused by its path: make it `.nullable()` instead, which strict mode allows.
 */
export function toStrictJsonSchema(schema: $ZodType, what = 'schema'): JsonSchema {
  const { toJSONSchema } = requireZod('toStrictJsonSchema');
  // A zod 3 schema (`import { z } from 'zod'` with zod 3.25) has no `_zod`; zod 3.25 also ships zod 4 as `zod/v4`.
  if (typeof schema !== 'object' || schema === null || !('_zod' in schema)) {
    throw new InvalidInputError(what, "expected a zod 4 schema: with zod 3.25 or later, import { z } from 'zod/v4'");
  }
  let converted: JsonSchema;
  try {
    // `draft-7`: zod 4 reads it as `draft-07`, and it is the only name zod 3.25's `zod/v4` knows.
    converted = toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'throw' }) as JsonSchema;
  } catch (cause) {
    throw new InvalidInputError(what, `cannot be expressed as JSON schema: ${(cause as Error).message}`);
  }
  delete converted.$schema;
  if (converted.type !== 'object') {
    throw new InvalidInputError(
      what,
      `the root must be an object schema (z.object), got ${String(converted.type ?? 'a union')}`,
    );
  }
  makeStrict(converted, [], what);
  return converted;
}

function makeStrict(node: unknown, path: string[], what: string): void {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) makeStrict(item, [...path, String(index)], what);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const schema = node as JsonSchema;
  if (schema.type === 'object' && typeof schema.properties === 'object' && schema.properties !== null) {
    const names = Object.keys(schema.properties);
    const required = new Set((schema.required as string[] | undefined) ?? []);
    const optional = names.find((name) => !required.has(name));
    if (optional !== undefined) {
      const where = [...path.filter((part) => part !== 'properties' && part !== 'items'), optional].join('.');
      throw new InvalidInputError(
        what,
        `field \`${where}\` is optional, but strict structured outputs require every field; use .nullable() instead of .optional()`,
      );
    }
    schema.required = names;
    schema.additionalProperties = false;
  }
  for (const [key, value] of Object.entries(schema)) {
    if (key !== 'required' && key !== 'enum' && key !== 'const') makeStrict(value, [...path, key], what);
  }
}
