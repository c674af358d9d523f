import type { FunctionTool as ToolDefinition } from '@org/core';
import type { FunctionTool } from './generated/types.js';

/** A tool made with `defineTool` or `zodTool`, as the Responses API takes it in `tools`. */
export function toResponseTool(tool: ToolDefinition): FunctionTool {
  return {
    type: 'function',
    name: tool.name,
    ...(tool.description === undefined ? {} : { description: tool.description }),
    parameters: tool.parameters,
    strict: tool.strict,
  };
}
