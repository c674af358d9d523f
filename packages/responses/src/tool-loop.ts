import { runToolCalls, type FunctionTool as ToolDefinition } from '@org/core';
import { functionCallsOf } from './function-calls-of.js';
import type { CreateResponse, Response, Tool } from './generated/types.js';
import { nextToolRequest } from './next-tool-request.js';
import { ResponseFailedError } from './response-failed-error.js';
import type { ResponseStreamOptions } from './resume-options.js';
import { toResponseTool } from './to-response-tool.js';
import type { ResponseToolsBody, ResponseToolsOptions, ToolStep } from './tool-step.js';
import { ToolStepLimitError } from './tool-step-limit-error.js';

/** One model call of the loop: a response, or (streamed) a generator that yields its events and returns it. */
export type CallModel<Item> = (
  request: CreateResponse,
  signal: AbortSignal,
) => Promise<Response> | AsyncGenerator<Item, Response>;

export interface ToolLoopSettings<Item> {
  maxSteps: number;
  onStep: ((step: ToolStep) => void | Promise<void>) | undefined;
  callModel: CallModel<Item>;
  /** What a finished step is yielded as. */
  toItem: (step: ToolStep) => Item;
  /** Told the final response before the last step is yielded. */
  finish: (response: Response) => void;
}

/** Calls the model, runs the function calls it asks for in parallel, sends the results back; until it answers. */
export async function* toolLoop<Item>(
  body: ResponseToolsBody,
  settings: ToolLoopSettings<Item>,
  signal: AbortSignal,
): AsyncGenerator<Item, Response> {
  const definitions = body.tools.filter(isDefinition);
  let request: CreateResponse = {
    ...body,
    tools: body.tools.map((tool) => (isDefinition(tool) ? toResponseTool(tool) : tool)),
  };
  for (let index = 0; ; index++) {
    const call = settings.callModel(request, signal);
    const response = call instanceof Promise ? await call : yield* call;
    if (response.status === 'failed') throw new ResponseFailedError(response);
    const calls = functionCallsOf(response);
    if (calls.length > 0 && index + 1 >= settings.maxSteps) throw new ToolStepLimitError(settings.maxSteps, response);
    const toolResults = calls.length > 0 ? await runToolCalls(definitions, calls, signal) : [];
    const step: ToolStep = { index, response, toolResults };
    await settings.onStep?.(step);
    if (calls.length === 0) settings.finish(response);
    yield settings.toItem(step);
    signal.throwIfAborted();
    if (calls.length === 0) return response;
    request = nextToolRequest(request, response, toolResults);
  }
}

function isDefinition(tool: ToolDefinition | Tool): tool is ToolDefinition {
  return typeof (tool as Partial<ToolDefinition>).run === 'function';
}

/** The options each model call of a run gets: the run's own minus its settings, and minus a one-call idempotency key. */
export function modelCallOptions(options: ResponseToolsOptions): ResponseStreamOptions {
  const { maxSteps: _maxSteps, onStep: _onStep, signal: _signal, idempotencyKey: _key, ...rest } = options;
  return rest;
}
