import type { FunctionTool, RequestOptions, ToolResult } from '@org/core';
import type {
  ChatCompletionRequestMessage,
  ChatCompletionResponseMessage,
  CreateChatCompletionRequest,
} from './generated/types.js';
import { IterableTask } from './iterable-task.js';

/** A chat request whose `tools` are core `FunctionTool`s (`defineTool`, `zodTool`), which the run executes. */
export type ChatToolRunBody = Omit<CreateChatCompletionRequest, 'tools' | 'stream'> & {
  tools: readonly FunctionTool[];
};

export interface ChatToolRunOptions extends RequestOptions {
  /** The most model calls the run makes; 10 by default. */
  maxSteps?: number;
}

/** The least the loop reads from a completion, streamed or not. */
export interface ToolLoopCompletion {
  choices: Array<{ message: ChatCompletionResponseMessage }>;
}

/** One model call and the tools it asked for, already run. */
export interface ChatToolStep<C extends ToolLoopCompletion> {
  /** 0 for the first call. */
  index: number;
  completion: C;
  /** Empty on the final answer. */
  toolResults: ToolResult[];
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
  stopReason: 'final_answer' | 'max_steps';
}

/** A tool loop: iterate it (once) to watch its steps, and await `result()`; `abort()` stops the model and the tools. */
export class ChatToolRun<Item, C extends ToolLoopCompletion> extends IterableTask<Item, ChatToolRunResult<C>> {
  readonly #produce: (signal: AbortSignal) => AsyncGenerator<Item, ChatToolRunResult<C>>;

  constructor(produce: (signal: AbortSignal) => AsyncGenerator<Item, ChatToolRunResult<C>>, signal?: AbortSignal) {
    super();
    this.#produce = produce;
    this.follow(signal);
  }

  /** The outcome; runs the loop to its end if nothing iterates it. */
  result(): Promise<ChatToolRunResult<C>> {
    return this.settled();
  }

  protected produce(): AsyncGenerator<Item, ChatToolRunResult<C>> {
    return this.#produce(this.signal);
  }
}
