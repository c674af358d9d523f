import type { FunctionTool } from '@org/core';
import type { AssistantRunTool } from './assistant-tool-run.js';
import type { AssistantToolsCode, AssistantToolsFileSearch, AssistantToolsFunction } from './generated/types.js';

type ApiTool = AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction;

/** Whether a run tool is one to run here (`defineTool`, `zodTool`) rather than one of the API's. */
export function isFunctionTool(tool: AssistantRunTool): tool is FunctionTool {
  return typeof (tool as Partial<FunctionTool>).run === 'function';
}

/** A run's tools as the API takes them: core `FunctionTool`s described as `function` tools, the others as they are. */
export function toAssistantTools(tools: readonly AssistantRunTool[]): ApiTool[] {
  return tools.map((tool) => {
    if (!isFunctionTool(tool)) return tool;
    const { name, description, parameters, strict } = tool;
    return {
      type: 'function',
      function: description === undefined ? { name, parameters, strict } : { name, description, parameters, strict },
    };
  });
}
