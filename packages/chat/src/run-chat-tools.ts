import type { Client } from '@org/core';
import { chatToolLoop, checkMaxSteps } from './chat-tool-loop.js';
import { ChatToolRun, type ChatToolRunBody, type ChatToolRunOptions, type ChatToolStep } from './chat-tool-run.js';
import { createChatCompletion } from './generated/functions/create-chat-completion.js';
import type { CreateChatCompletionResponse } from './generated/types.js';
import { stepOptions } from './step-options.js';

/**
 * Runs a tool loop: calls the model, runs the tools it asks for (in parallel), sends their results back, until the
 * model answers without tools or `maxSteps` calls were made. Iterate the run for each step; `result()` gives the
 * final completion and the whole conversation. `options.signal` or `run.abort()` stops it, tools included.
 */
export function runChatTools(
  client: Client,
  body: ChatToolRunBody,
  { maxSteps, ...options }: ChatToolRunOptions = {},
): ChatToolRun<ChatToolStep<CreateChatCompletionResponse>, CreateChatCompletionResponse> {
  const limit = checkMaxSteps(maxSteps);
  return new ChatToolRun(
    (signal) =>
      chatToolLoop(
        body,
        limit,
        signal,
        // biome-ignore lint/correctness/useYield: the loop takes model calls as generators; this one has nothing to yield
        async function* (request, index) {
          return await createChatCompletion(client, request, stepOptions(options, signal, index));
        },
        (step) => step,
      ),
    options.signal,
  );
}
