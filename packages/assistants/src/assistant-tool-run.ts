import type { FunctionTool, ToolRunStopReason, WaitOptions } from '@org/core';
import type { ToolResult, ToolRunSettings } from '@org/core/internal';
import type {
  AssistantToolsCode,
  AssistantToolsFileSearch,
  AssistantToolsFunction,
  CreateRunRequest,
  RunObject,
} from './generated/types.js';

/** A tool of a run: one this loop runs (`defineTool`, `zodTool`), or one of the API's, sent as it is. */
export type AssistantRunTool = FunctionTool | AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction;

/**
 * A run body whose `tools` may be run here. The run's `tools` replace the assistant's for this run, so list every tool
 * it should have: the ones this loop runs, beside the API's (`{ type: 'file_search' }`).
 */
export interface AssistantToolRunBody extends Omit<CreateRunRequest, 'tools' | 'stream'> {
  tools: AssistantRunTool[];
}

/** One stop of the run: the run as it stopped, and the results of the tool calls it asked for (none at the end). */
export interface AssistantToolStep {
  /** From 0. */
  index: number;
  run: RunObject;
  toolResults: ToolResult[];
}

/** In a streamed tool run, comes after the run's events of each step. */
export interface AssistantToolStepEvent {
  event: 'tool_step';
  step: AssistantToolStep;
}

export interface AssistantToolRunOptions extends WaitOptions, ToolRunSettings<AssistantToolStep> {}

export interface AssistantToolRunResult {
  /** The run as it ended: `completed`, unless the step limit was reached (then `requires_action`). */
  run: RunObject;
  steps: AssistantToolStep[];
  /**
   * `max_steps`: the run still asked for tools at step `maxSteps`. Those tools did run, but their outputs were not
   * sent: the run waits for them (until it expires). Send them with `submitToolOutputsAndPoll(client, run.thread_id,
   * run.id, { tool_outputs: toolOutputsOf(lastStep.toolResults) })`, or `cancelRun`.
   */
  stopReason: ToolRunStopReason;
}
