import type { $ZodType, output } from 'zod/v4/core';
import type { FunctionTool, ToolContext } from '../tools/function-tool.js';
import { parseWithSchema } from './parse-with-schema.js';
import { requireZod } from './require-zod.js';
import { toStrictJsonSchema } from './to-strict-json-schema.js';

/**
 * A tool whose arguments are described by a zod schema: sent as a strict JSON
 * schema, and parsed and validated before `run` sees them, typed.
 */
export function zodTool<Schema extends $ZodType, Result>(definition: {
  name: string;
  description?: string;
  parameters: Schema;
  run: (args: output<Schema>, context: ToolContext) => Result | Promise<Result>;
}): FunctionTool<output<Schema>, Result> {
  requireZod('zodTool');
  const what = `The arguments of tool \`${definition.name}\``;
  return {
    name: definition.name,
    description: definition.description,
    parameters: toStrictJsonSchema(definition.parameters, `tool ${definition.name} parameters`),
    strict: true,
    parse: (text) => parseWithSchema(definition.parameters, text || '{}', what),
    run: definition.run,
  };
}
