import type { FunctionTool } from '@org/core';
import type { RealtimeFunctionTool } from './generated/types.js';

/** A tool made with `defineTool` or `zodTool`, as a realtime session takes it in `tools`. */
export function toRealtimeTool(tool: FunctionTool): RealtimeFunctionTool {
  return {
    type: 'function',
    name: tool.name,
    ...(tool.description === undefined ? {} : { description: tool.description }),
    parameters: tool.parameters,
  };
}
