import type { FunctionTool as ToolDefinition, ToolResult } from '@org/core';
import type { CreateResponse, Response, Tool } from './generated/types.js';
import type { ResponseStreamOptions } from './resume-options.js';

/** A create body whose tools may be run here: `defineTool` / `zodTool` tools, beside built-in tools sent as they are. */
export interface ResponseToolsBody extends Omit<CreateResponse, 'tools' | 'stream'> {
  tools: Array<ToolDefinition | Tool>;
}

/** One model call of a tool run, and the results of the calls it asked for (none on the final step). */
export interface ToolStep {
  /** From 0. */
  index: number;
  response: Response;
  toolResults: ToolResult[];
}

/** In a streamed tool run, comes after the model events of each step. */
export interface ToolStepEvent {
  type: 'tool_step';
  step: ToolStep;
}

export interface ResponseToolsOptions extends ResponseStreamOptions {
  /** The most model calls; 10 by default. A model still asking for tools on the last one raises `ToolStepLimitError`. */
  maxSteps?: number;
  /** Called after each step's tools have run (and after the final step); a throw ends the run with that error. */
  onStep?: (step: ToolStep) => void | Promise<void>;
}
