import { type FunctionTool, InvalidInputError, type ToolContext } from '@org/core';
import { requireZod, zodTool } from '@org/core/zod';
import type { $ZodType, output } from 'zod/v4/core';

/**
 * The official `zodFunction({ name, parameters, function })`: a tool whose arguments a zod schema checks, for
 * `chat.completions.runTools` and the other tool runs. It is `zodTool` from `@org/core/zod` with the official key
 * `function` for what `zodTool` calls `run`; without one, calling the tool fails with a typed error.
 */
export function zodFunction<Schema extends $ZodType, Result = unknown>(definition: {
  name: string;
  description?: string;
  parameters: Schema;
  function?: (args: output<Schema>, context: ToolContext) => Result | Promise<Result>;
}): FunctionTool<output<Schema>, Result> {
  requireZod('zodFunction');
  const call = definition.function;
  return zodTool({
    name: definition.name,
    description: definition.description,
    parameters: definition.parameters,
    run: (args, context) => {
      if (call === undefined) throw new InvalidInputError('function', `tool ${definition.name} has no function to run`);
      return call(args, context);
    },
  });
}
