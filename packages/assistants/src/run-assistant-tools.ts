import { type Client, ToolRun } from '@org/core';
import { checkMaxSteps, stepOptions } from '@org/core/internal';
import type { AssistantToolRequest } from './assistant-tool-loop.js';
import { assistantToolLoop } from './assistant-tool-loop.js';
import type {
  AssistantToolRunBody,
  AssistantToolRunOptions,
  AssistantToolRunResult,
  AssistantToolStep,
} from './assistant-tool-run.js';
import { createRunAndPoll } from './create-run-and-poll.js';
import type { RunObject } from './generated/types.js';
import { submitToolOutputsAndPoll } from './submit-tool-outputs-and-poll.js';

/**
 * Runs an assistant on a thread with tools: creates the run and polls it; each time it stops for tool outputs, runs
 * the tools it asks for (in parallel) and sends their outputs, until the run completes or `maxSteps` stops were made.
 * Iterate the run for each step; `result()` gives the final run. A run that ends `failed`, `cancelled`, `expired` or
 * `incomplete` rejects with `RunFailedError`. `options.signal` or `abort()` stops the wait and the tools; the run
 * itself goes on upstream (`cancelRun` stops it).
 */
export function runAssistantTools(
  client: Client,
  threadId: string,
  body: AssistantToolRunBody,
  { maxSteps, onStep, ...options }: AssistantToolRunOptions = {},
): ToolRun<AssistantToolStep, AssistantToolRunResult> {
  const limit = checkMaxSteps(maxSteps);
  return new ToolRun(
    (signal, settle) =>
      assistantToolLoop(
        body,
        {
          maxSteps: limit,
          onStep,
          // biome-ignore lint/correctness/useYield: the loop takes each step as a generator; a polled one yields nothing
          callModel: async function* (request: AssistantToolRequest, index: number): AsyncGenerator<never, RunObject> {
            const callOptions = stepOptions({ ...options, signal }, index);
            return request.type === 'create'
              ? await createRunAndPoll(client, threadId, request.body, callOptions)
              : await submitToolOutputsAndPoll(client, threadId, request.run.id, request.body, callOptions);
          },
          toItem: (step) => step,
        },
        signal,
        settle,
      ),
    options.signal,
  );
}
