import { type Client, ToolRun } from '@org/core';
import { checkMaxSteps, stepOptions } from '@org/core/internal';
import { type AssistantToolRequest, assistantToolLoop } from './assistant-tool-loop.js';
import type {
  AssistantToolRunBody,
  AssistantToolRunOptions,
  AssistantToolRunResult,
  AssistantToolStepEvent,
} from './assistant-tool-run.js';
import type { RunObject } from './generated/types.js';
import { runStream, submitToolOutputsStream } from './run-stream.js';
import type { RunStreamEvent } from './run-stream-event.js';

/** What a streamed tool run yields: every event of the run, and a `tool_step` event each time its tools have run. */
export type AssistantToolRunEvent = RunStreamEvent | AssistantToolStepEvent;

/**
 * `runAssistantTools`, streamed: the run and each submission of tool outputs is a `RunStream` whose events are passed
 * on as they come, followed by a `tool_step` event once the tools it asked for have run.
 */
export function streamAssistantTools(
  client: Client,
  threadId: string,
  body: AssistantToolRunBody,
  { maxSteps, onStep, pollIntervalMs, pollTimeoutMs, ...options }: AssistantToolRunOptions = {},
): ToolRun<AssistantToolRunEvent, AssistantToolRunResult> {
  const limit = checkMaxSteps(maxSteps);
  return new ToolRun((signal, settle) => {
    async function* callModel(
      request: AssistantToolRequest,
      index: number,
    ): AsyncGenerator<AssistantToolRunEvent, RunObject> {
      const callOptions = stepOptions({ ...options, signal }, index);
      const stream =
        request.type === 'create'
          ? runStream(client, threadId, request.body, callOptions)
          : submitToolOutputsStream(client, threadId, request.run.id, request.body, callOptions);
      yield* stream;
      return await stream.finalRun();
    }
    return assistantToolLoop<AssistantToolRunEvent>(
      body,
      { maxSteps: limit, onStep, callModel, toItem: (step) => ({ event: 'tool_step', step }) },
      signal,
      settle,
    );
  }, options.signal);
}
