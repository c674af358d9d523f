import type { Client } from '@org/core';
import { createResponse } from './generated/functions/create-response.js';
import { modelCallOptions, toolLoop } from './tool-loop.js';
import { ToolRun } from './tool-run.js';
import type { ResponseToolsBody, ResponseToolsOptions, ToolStep } from './tool-step.js';

/**
 * Runs a tool loop: calls the model, runs the function calls it asks for (in parallel, with `runToolCalls`), sends
 * the results back, and repeats until the model answers without calling a tool. Iterate the run for its steps,
 * and/or await `run.finalResponse()`. A model still calling tools on step `maxSteps` (10) raises `ToolStepLimitError`.
 */
export function runResponseTools(
  client: Client,
  body: ResponseToolsBody,
  options: ResponseToolsOptions = {},
): ToolRun<ToolStep> {
  const { resume: _resume, ...requestOptions } = modelCallOptions(options);
  return new ToolRun(
    (signal, finish) =>
      toolLoop<ToolStep>(
        body,
        {
          maxSteps: options.maxSteps ?? 10,
          onStep: options.onStep,
          callModel: (request, callSignal) =>
            createResponse(client, { ...request, stream: false }, { ...requestOptions, signal: callSignal }),
          toItem: (step) => step,
          finish,
        },
        signal,
      ),
    options.signal,
  );
}
