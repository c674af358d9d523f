import type { FunctionTool } from '@org/core';
import { runToolCalls, toolRunStopReason } from '@org/core/internal';
import { functionCallsOf } from './function-calls-of.js';
import type { CreateResponse, Response, Tool } from './generated/types.js';
import { nextToolRequest } from './next-tool-request.js';
import { ResponseFailedError } from './response-failed-error.js';
import type { ResponseToolRunBody, ResponseToolRunResult, ResponseToolStep } from './response-tool-run.js';
import { toResponseTool } from './to-response-tool.js';

export interface ResponseToolLoopSettings<Item> {
  maxSteps: number;
  onStep: ((step: ResponseToolStep) => void | Promise<void>) | undefined;
  /** One model call: a response, or (streamed) a generator that yields its events and returns it. */
  callModel: (request: CreateResponse, index: number) => Promise<Response> | AsyncGenerator<Item, Response>;
  /** What a finished step is yielded as. */
  toItem: (step: ResponseToolStep) => Item;
}

/** Calls the model, runs the function calls it asks for in parallel, sends the results back; until it answers. */
export async function* responseToolLoop<Item>(
  body: ResponseToolRunBody,
  settings: ResponseToolLoopSettings<Item>,
  signal: AbortSignal,
  settle: (result: ResponseToolRunResult) => void,
): AsyncGenerator<Item, ResponseToolRunResult> {
  const definitions = body.tools.filter(isDefinition);
  let request: CreateResponse = {
    ...body,
    tools: body.tools.map((tool) => (isDefinition(tool) ? toResponseTool(tool) : tool)),
  };
  const steps: ResponseToolStep[] = [];
  for (let index = 0; ; index++) {
    const call = settings.callModel(request, index);
    const response = call instanceof Promise ? await call : yield* call;
    if (response.status === 'failed') throw new ResponseFailedError(response);
    const calls = functionCallsOf(response);
    const toolResults = calls.length > 0 ? await runToolCalls(definitions, calls, signal) : [];
    const step: ResponseToolStep = { index, response, toolResults };
    steps.push(step);
    await settings.onStep?.(step);
    const stopReason = toolRunStopReason(calls.length, index, settings.maxSteps);
    if (stopReason) {
      const result = { response, steps, stopReason };
      settle(result);
      yield settings.toItem(step);
      return result;
    }
    yield settings.toItem(step);
    request = nextToolRequest(request, response, toolResults);
  }
}

function isDefinition(tool: FunctionTool | Tool): tool is FunctionTool {
  return typeof (tool as Partial<FunctionTool>).run === 'function';
}
