import { type Client, ToolRun } from '@org/core';
import { checkMaxSteps, stepOptions } from '@org/core/internal';
import { ChatCompletionStream } from './chat-completion-stream.js';
import type { ChatCompletionStreamEvent, StreamedChatCompletion } from './chat-completion-stream-event.js';
import { chatToolLoop } from './chat-tool-loop.js';
import type { ChatToolRunBody, ChatToolRunOptions, ChatToolRunResult, ChatToolStepEvent } from './chat-tool-run.js';
import { streamChatCompletion } from './generated/functions/stream-chat-completion.js';

/** What a streamed tool run yields: each model call's stream events, then a `tool_step` once its tools have run. */
export type ChatToolRunEvent = ChatCompletionStreamEvent | ChatToolStepEvent<StreamedChatCompletion>;

/** `runChatTools`, with every model call streamed: iterate the run to see the answer arrive. */
export function streamChatTools(
  client: Client,
  body: ChatToolRunBody,
  { maxSteps, onStep, ...options }: ChatToolRunOptions<StreamedChatCompletion> = {},
): ToolRun<ChatToolRunEvent, ChatToolRunResult<StreamedChatCompletion>> {
  const limit = checkMaxSteps(maxSteps);
  return new ToolRun(
    (signal, settle) =>
      chatToolLoop<ChatToolRunEvent, StreamedChatCompletion>(
        body,
        {
          maxSteps: limit,
          onStep,
          callModel: async function* (request, index) {
            const stream = new ChatCompletionStream(
              (streamSignal) =>
                streamChatCompletion(client, request, stepOptions({ ...options, signal: streamSignal }, index)),
              signal,
            );
            yield* stream;
            return await stream.finalChatCompletion();
          },
          toItem: (step) => ({ type: 'tool_step', step }),
        },
        signal,
        settle,
      ),
    options.signal,
  );
}
