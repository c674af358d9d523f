import type { Client } from '@org/core';
import { ChatCompletionStream } from './chat-completion-stream.js';
import type { ChatCompletionStreamEvent, StreamedChatCompletion } from './chat-completion-stream-event.js';
import { chatToolLoop, checkMaxSteps } from './chat-tool-loop.js';
import { ChatToolRun, type ChatToolRunBody, type ChatToolRunOptions, type ChatToolStep } from './chat-tool-run.js';
import { streamChatCompletion } from './generated/functions/stream-chat-completion.js';
import { stepOptions } from './step-options.js';

/** What a streamed tool run yields: each model call's stream events, then a `step` once its tools have run. */
export type ChatToolRunEvent = ChatCompletionStreamEvent | { type: 'step'; step: ChatToolStep<StreamedChatCompletion> };

/** `runChatTools`, with every model call streamed: iterate the run to see the answer arrive. */
export function streamChatTools(
  client: Client,
  body: ChatToolRunBody,
  { maxSteps, ...options }: ChatToolRunOptions = {},
): ChatToolRun<ChatToolRunEvent, StreamedChatCompletion> {
  const limit = checkMaxSteps(maxSteps);
  return new ChatToolRun(
    (signal) =>
      chatToolLoop<ChatToolRunEvent, StreamedChatCompletion>(
        body,
        limit,
        signal,
        async function* (request, index) {
          const stream = new ChatCompletionStream(
            (streamSignal) => streamChatCompletion(client, request, stepOptions(options, streamSignal, index)),
            signal,
          );
          yield* stream;
          return await stream.finalChatCompletion();
        },
        (step) => ({ type: 'step', step }),
      ),
    options.signal,
  );
}
