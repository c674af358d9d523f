import { type Client, ToolRun } from '@org/core';
import { checkMaxSteps, stepOptions } from '@org/core/internal';
import type { CreateResponse, Response, ResponseStreamEvent } from './generated/types.js';
import { responseStream } from './response-stream.js';
import { responseToolLoop } from './response-tool-loop.js';
import type {
  ResponseToolRunBody,
  ResponseToolRunOptions,
  ResponseToolRunResult,
  ResponseToolStepEvent,
} from './response-tool-run.js';

/** What a streamed tool run yields: every model event of every step, and a `tool_step` event after each step. */
export type ResponseToolRunEvent = ResponseStreamEvent | ResponseToolStepEvent;

/**
 * `runResponseTools`, streamed: each model call is a `ResponseStream` (resumed if it is a background response that
 * drops) whose events are passed on as they come, followed by a `tool_step` event once its tools have run.
 */
export function streamResponseTools(
  client: Client,
  body: ResponseToolRunBody,
  { maxSteps, onStep, ...options }: ResponseToolRunOptions = {},
): ToolRun<ResponseToolRunEvent, ResponseToolRunResult> {
  const limit = checkMaxSteps(maxSteps);
  return new ToolRun((signal, settle) => {
    async function* callModel(request: CreateResponse, index: number): AsyncGenerator<ResponseToolRunEvent, Response> {
      const stream = responseStream(client, { ...request, stream: true }, stepOptions({ ...options, signal }, index));
      yield* stream;
      return await stream.finalResponse();
    }
    return responseToolLoop(
      body,
      { maxSteps: limit, onStep, callModel, toItem: (step) => ({ type: 'tool_step', step }) },
      signal,
      settle,
    );
  }, options.signal);
}
