import type { FunctionTool } from '@org/core';
import type { ChatCompletionTool } from './generated/types.js';

/** Describes core `FunctionTool`s (from `defineTool` or `zodTool`) as the `tools` of a chat completion request. */
export function toChatTools(tools: readonly FunctionTool[]): ChatCompletionTool[] {
  return tools.map(({ name, description, parameters, strict }) => ({
    type: 'function',
    function: description === undefined ? { name, parameters, strict } : { name, description, parameters, strict },
  }));
}
