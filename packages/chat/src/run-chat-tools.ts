import { type Client, ToolRun } from '@org/core';
import { checkMaxSteps, stepOptions } from '@org/core/internal';
import { chatToolLoop } from './chat-tool-loop.js';
import type { ChatToolRunBody, ChatToolRunOptions, ChatToolRunResult, ChatToolStep } from './chat-tool-run.js';
import { createChatCompletion } from './generated/functions/create-chat-completion.js';
import type { CreateChatCompletionResponse } from './generated/types.js';

type Completion = CreateChatCompletionResponse;

/**
 * Runs a tool loop: calls the model, runs the tools it asks for (in parallel), sends their results back, until the
 * model answers without tools or `maxSteps` calls were made. Iterate the run for each step; `result()` gives the
 * final completion and the whole conversation. `options.signal` or `run.abort()` stops it, tools included.
 */
export function runChatTools(
  client: Client,
  body: ChatToolRunBody,
  { maxSteps, onStep, ...options }: ChatToolRunOptions<Completion> = {},
): ToolRun<ChatToolStep<Completion>, ChatToolRunResult<Completion>> {
  const limit = checkMaxSteps(maxSteps);
  return new ToolRun(
    (signal, settle) =>
      chatToolLoop(
        body,
        {
          maxSteps: limit,
          onStep,
          // biome-ignore lint/correctness/useYield: the loop takes model calls as generators; this one has nothing to yield
          callModel: async function* (request, index) {
            return await createChatCompletion(client, request, stepOptions({ ...options, signal }, index));
          },
          toItem: (step) => step,
        },
        signal,
        settle,
      ),
    options.signal,
  );
}
