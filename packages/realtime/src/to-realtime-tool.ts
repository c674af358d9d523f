import type { FunctionTool } from '@org/core';
import type { RealtimeFunctionTool } from './generated/types.js';

/** A tool made with `defineTool` or `zodTool`, as a realtime session takes it in `tools` (no `strict` here). */
export function toRealtimeTool({ name, description, parameters }: FunctionTool): RealtimeFunctionTool {
  return { type: 'function', name, ...(description === undefined ? {} : { description }), parameters };
}
