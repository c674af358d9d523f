import { runToolCalls, toolRunStopReason } from '@org/core/internal';
import type { AssistantToolRunBody, AssistantToolRunResult, AssistantToolStep } from './assistant-tool-run.js';
import type { CreateRunRequest, RunObject, SubmitToolOutputsRunRequest } from './generated/types.js';
import { requiredToolCalls } from './required-tool-calls.js';
import { isFunctionTool, toAssistantTools } from './to-assistant-tools.js';
import { toolOutputsOf } from './tool-outputs-of.js';

/** What one step of the loop sends: the run to create, or the outputs a run waits for. */
export type AssistantToolRequest =
  | { type: 'create'; body: Omit<CreateRunRequest, 'stream'> }
  | { type: 'submit'; run: RunObject; body: Omit<SubmitToolOutputsRunRequest, 'stream'> };

export interface AssistantToolLoopSettings<Item> {
  maxSteps: number;
  onStep: ((step: AssistantToolStep) => void | Promise<void>) | undefined;
  /** Sends one step's request and follows the run until it stops, as `yield*`: yields what it streams, returns the run. */
  callModel: (request: AssistantToolRequest, index: number) => AsyncGenerator<Item, RunObject>;
  toItem: (step: AssistantToolStep) => Item;
}

/**
 * The loop shared by `runAssistantTools` and `streamAssistantTools`: create the run, and each time it stops for tool
 * outputs, run the tools it asks for (in parallel) and send their outputs; until it completes.
 */
export async function* assistantToolLoop<Item>(
  body: AssistantToolRunBody,
  settings: AssistantToolLoopSettings<Item>,
  signal: AbortSignal,
  settle: (result: AssistantToolRunResult) => void,
): AsyncGenerator<Item, AssistantToolRunResult> {
  const definitions = body.tools.filter(isFunctionTool);
  let request: AssistantToolRequest = { type: 'create', body: { ...body, tools: toAssistantTools(body.tools) } };
  const steps: AssistantToolStep[] = [];
  for (let index = 0; ; index++) {
    const run: RunObject = yield* settings.callModel(request, index);
    const calls = requiredToolCalls(run);
    const toolResults = calls.length > 0 ? await runToolCalls(definitions, calls, signal) : [];
    const step: AssistantToolStep = { index, run, toolResults };
    steps.push(step);
    await settings.onStep?.(step);
    const stopReason = toolRunStopReason(calls.length, index, settings.maxSteps);
    if (stopReason) {
      const result = { run, steps, stopReason };
      settle(result);
      yield settings.toItem(step);
      return result;
    }
    yield settings.toItem(step);
    request = { type: 'submit', run, body: { tool_outputs: toolOutputsOf(toolResults) } };
  }
}
