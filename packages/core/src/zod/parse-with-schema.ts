import type { $ZodType, output } from 'zod/v4/core';
import { OutputParseError } from '../errors/output-errors.js';
import { parseJsonOutput } from '../structured/parse-json-output.js';
import { requireZod } from './require-zod.js';

/** Parses JSON text and checks it against the schema; `what` names the text in errors ("The response", a tool). */
export function parseWithSchema<Schema extends $ZodType>(schema: Schema, text: string, what: string): output<Schema> {
  const { safeParse } = requireZod('parseWithSchema');
  const result = safeParse(schema, parseJsonOutput(text, what));
  if (result.success) return result.data;
  const problems = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw new OutputParseError(`${what} does not match the schema: ${problems}`, text, { cause: result.error });
}
