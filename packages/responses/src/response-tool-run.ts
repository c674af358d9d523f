import type { FunctionTool, ToolRunStopReason } from '@org/core';
import type { ToolResult, ToolRunSettings } from '@org/core/internal';
import type { CreateResponse, Response, Tool } from './generated/types.js';
import type { ResponseStreamOptions } from './resume-options.js';

/** A create body whose tools may be run here: `defineTool` / `zodTool` tools, beside built-in tools sent as they are. */
export interface ResponseToolRunBody extends Omit<CreateResponse, 'tools' | 'stream'> {
  tools: Array<FunctionTool | Tool>;
}

/** One model call of a tool run, and the results of the calls it asked for (none on the final answer). */
export interface ResponseToolStep {
  /** From 0. */
  index: number;
  response: Response;
  toolResults: ToolResult[];
}

/** In a streamed tool run, comes after the model events of each step. */
export interface ResponseToolStepEvent {
  type: 'tool_step';
  step: ResponseToolStep;
}

export interface ResponseToolRunOptions extends ResponseStreamOptions, ToolRunSettings<ResponseToolStep> {}

export interface ResponseToolRunResult {
  /** The last response: the final answer, unless the step limit was reached. */
  response: Response;
  steps: ResponseToolStep[];
  /**
   * `max_steps`: the model still called tools on step `maxSteps`. Those tools did run; their results are in the last
   * step, for a run that goes on from `response.id`.
   */
  stopReason: ToolRunStopReason;
}
