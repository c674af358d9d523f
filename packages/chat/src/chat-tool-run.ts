import type { FunctionTool, RequestOptions, ToolRunStopReason } from '@org/core';
import type { ToolResult, ToolRunSettings } from '@org/core/internal';
import type {
  ChatCompletionRequestMessage,
  ChatCompletionResponseMessage,
  CreateChatCompletionRequest,
} from './generated/types.js';

/** A chat request whose `tools` are core `FunctionTool`s (`defineTool`, `zodTool`), which the run executes. */
export type ChatToolRunBody = Omit<CreateChatCompletionRequest, 'tools' | 'stream'> & {
  tools: readonly FunctionTool[];
};

/** The least the loop reads from a completion, streamed or not. */
export interface ToolLoopCompletion {
  choices: Array<{ message: ChatCompletionResponseMessage }>;
}

export interface ChatToolRunOptions<C extends ToolLoopCompletion = ToolLoopCompletion>
  extends RequestOptions,
    ToolRunSettings<ChatToolStep<C>> {}

/** One model call and the tools it asked for, already run. */
export interface ChatToolStep<C extends ToolLoopCompletion> {
  /** 0 for the first call. */
  index: number;
  completion: C;
  /** Empty on the final answer. */
  toolResults: ToolResult[];
}

/** In a streamed tool run, comes after the stream events of each step. */
export interface ChatToolStepEvent<C extends ToolLoopCompletion> {
  type: 'tool_step';
  step: ChatToolStep<C>;
}

export interface ChatToolRunResult<C extends ToolLoopCompletion> {
  /** The last completion: the final answer, unless the step limit was reached. */
  completion: C;
  /** The conversation: the request's messages, then each assistant message and its tool results. */
  messages: ChatCompletionRequestMessage[];
  steps: ChatToolStep<C>[];
  /**
   * `max_steps`: the model still wanted tools after `maxSteps` calls. Those tools did run and their results are in
   * `messages`, so passing `messages` to another run picks up where this one stopped.
   */
  stopReason: ToolRunStopReason;
}
