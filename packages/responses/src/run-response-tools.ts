import { type Client, ToolRun } from '@org/core';
import { checkMaxSteps, stepOptions } from '@org/core/internal';
import { createResponse } from './generated/functions/create-response.js';
import { responseToolLoop } from './response-tool-loop.js';
import type {
  ResponseToolRunBody,
  ResponseToolRunOptions,
  ResponseToolRunResult,
  ResponseToolStep,
} from './response-tool-run.js';

/**
 * Runs a tool loop: calls the model, runs the function calls it asks for (in parallel, with `runToolCalls`), sends
 * the results back, until the model answers without calling a tool or `maxSteps` calls were made. Iterate the run
 * for its steps; `result()` gives the final response and every step. `options.signal` or `run.abort()` stops it,
 * tools included.
 */
export function runResponseTools(
  client: Client,
  body: ResponseToolRunBody,
  { maxSteps, onStep, resume: _resume, ...options }: ResponseToolRunOptions = {},
): ToolRun<ResponseToolStep, ResponseToolRunResult> {
  const limit = checkMaxSteps(maxSteps);
  return new ToolRun(
    (signal, settle) =>
      responseToolLoop<ResponseToolStep>(
        body,
        {
          maxSteps: limit,
          onStep,
          callModel: (request, index) =>
            createResponse(client, { ...request, stream: false }, stepOptions({ ...options, signal }, index)),
          toItem: (step) => step,
        },
        signal,
        settle,
      ),
    options.signal,
  );
}
