import type { Client } from '@org/core';
import { createResponseStream } from './create-response-stream.js';
import type { CreateResponse, Response, ResponseStreamEvent } from './generated/types.js';
import { modelCallOptions, toolLoop } from './tool-loop.js';
import { ToolRun } from './tool-run.js';
import type { ResponseToolsBody, ResponseToolsOptions, ToolStepEvent } from './tool-step.js';

/** What a streamed tool run yields: every model event of every step, and a `tool_step` event after each step. */
export type ToolRunEvent = ResponseStreamEvent | ToolStepEvent;

/**
 * `runResponseTools`, streamed: each model call is a `ResponseStream` (resumed if it is a background response that
 * drops) whose events are passed on as they come, followed by a `tool_step` event once its tools have run.
 */
export function streamResponseTools(
  client: Client,
  body: ResponseToolsBody,
  options: ResponseToolsOptions = {},
): ToolRun<ToolRunEvent> {
  const streamOptions = modelCallOptions(options);
  async function* callModel(request: CreateResponse, signal: AbortSignal): AsyncGenerator<ToolRunEvent, Response> {
    const stream = await createResponseStream(client, { ...request, stream: true }, { ...streamOptions, signal });
    yield* stream;
    return await stream.finalResponse();
  }
  return new ToolRun<ToolRunEvent>(
    (signal, finish) =>
      toolLoop(
        body,
        {
          maxSteps: options.maxSteps ?? 10,
          onStep: options.onStep,
          callModel,
          toItem: (step) => ({ type: 'tool_step', step }),
          finish,
        },
        signal,
      ),
    options.signal,
  );
}
