import { parseJsonOutput } from '../structured/parse-json-output.js';
import type { FunctionTool, ToolContext } from './function-tool.js';

/** A tool from a plain JSON schema; its arguments are parsed as JSON but not validated (see `zodTool` for that). */
export function defineTool<Args = Record<string, unknown>, Result = unknown>(definition: {
  name: string;
  description?: string;
  parameters: Record<string, unknown>;
  strict?: boolean;
  run: (args: Args, context: ToolContext) => Result | Promise<Result>;
}): FunctionTool<Args, Result> {
  return {
    name: definition.name,
    description: definition.description,
    parameters: definition.parameters,
    strict: definition.strict ?? false,
    parse: (text) => parseJsonOutput(text || '{}', `The arguments of tool \`${definition.name}\``) as Args,
    run: definition.run,
  };
}
