import {
  ChatCompletionChunkStream,
  type ChatCompletionResponseMessage,
  type ChatCompletionStreamEvent,
  type ChatCompletionTokenLogprob,
  type CreateChatCompletionRequest,
  type CreateChatCompletionStreamResponse,
  type StreamedChatCompletion,
  streamChatCompletion,
} from '@org/chat';
import type { Client, RequestOptions } from '@org/core';
import { iterateOfficialEvent } from './iterate-official-event.js';
import {
  type EmittedEvent,
  type OfficialEventMethods,
  OfficialEvents,
  type OfficialLifecycleEvents,
} from './official-events.js';

type Usage = NonNullable<StreamedChatCompletion['usage']>;

/** The events of the official `ChatCompletionStream`, with their official names and payloads. */
export interface OfficialChatCompletionStreamEvents extends OfficialLifecycleEvents {
  chunk: (chunk: CreateChatCompletionStreamResponse, snapshot: StreamedChatCompletion) => void;
  content: (delta: string, snapshot: string) => void;
  'content.delta': (event: { delta: string; snapshot: string; parsed: unknown | null }) => void;
  'content.done': (event: { content: string; parsed: unknown | null }) => void;
  'refusal.delta': (event: { delta: string; snapshot: string }) => void;
  'refusal.done': (event: { refusal: string }) => void;
  'tool_calls.function.arguments.delta': (event: {
    name: string;
    index: number;
    arguments: string;
    parsed_arguments: unknown;
    arguments_delta: string;
  }) => void;
  'tool_calls.function.arguments.done': (event: {
    name: string;
    index: number;
    arguments: string;
    parsed_arguments: unknown;
  }) => void;
  'logprobs.content.delta': (event: {
    content: ChatCompletionTokenLogprob[];
    snapshot: ChatCompletionTokenLogprob[];
  }) => void;
  'logprobs.content.done': (event: { content: ChatCompletionTokenLogprob[] }) => void;
  'logprobs.refusal.delta': (event: {
    refusal: ChatCompletionTokenLogprob[];
    snapshot: ChatCompletionTokenLogprob[];
  }) => void;
  'logprobs.refusal.done': (event: { refusal: ChatCompletionTokenLogprob[] }) => void;
  /** The assistant message, once the stream is over. */
  message: (message: ChatCompletionResponseMessage) => void;
  chatCompletion: (completion: StreamedChatCompletion) => void;
  /** Only when the final message has text. */
  finalContent: (content: string) => void;
  finalMessage: (message: ChatCompletionResponseMessage) => void;
  finalChatCompletion: (completion: StreamedChatCompletion) => void;
  /** Only when the server sent usage (`stream_options: { include_usage: true }`). */
  totalUsage: (usage: Usage) => void;
}

/**
 * `ChatCompletionChunkStream` with the official stream's listeners: `on('content', …)` and the rest. Registering a
 * listener makes the stream run to its end even when nothing iterates it; a loop beside the listeners still gets the
 * chunks (from then on, when it begins after the stream started).
 */
export class OfficialChatCompletionStream
  extends ChatCompletionChunkStream
  implements OfficialEventMethods<OfficialChatCompletionStreamEvents>
{
  readonly #events = new OfficialEvents<OfficialChatCompletionStreamEvents>(() => {
    // A turn later, as the official stream starts: a loop begun right after `on()` reads the stream itself.
    setTimeout(() => {
      const readByListeners = !this.#iterated;
      // Awaiting the result reads the stream when nothing iterates it, through the iterator below.
      this.finalChatCompletion()
        .then((completion) => this.#emitFinal(completion))
        .catch((error: unknown) => this.#events.fail(error));
      this.#readByListeners = readByListeners;
    }, 0);
  });
  #iterated = false;
  #readByListeners = false;

  /** The chunks; in a loop begun once listeners already read the stream, the chunks from then on. */
  override [Symbol.asyncIterator](): AsyncGenerator<CreateChatCompletionStreamResponse, void> {
    if (this.#readByListeners)
      return iterateOfficialEvent(
        this.#events,
        'chunk',
        (chunk) => chunk,
        () => this.abort(),
      );
    this.#iterated = true;
    return super[Symbol.asyncIterator]();
  }

  on<Event extends keyof OfficialChatCompletionStreamEvents>(
    event: Event,
    listener: OfficialChatCompletionStreamEvents[Event],
  ): this {
    this.#events.on(event, listener);
    return this;
  }

  off<Event extends keyof OfficialChatCompletionStreamEvents>(
    event: Event,
    listener: OfficialChatCompletionStreamEvents[Event],
  ): this {
    this.#events.off(event, listener);
    return this;
  }

  once<Event extends keyof OfficialChatCompletionStreamEvents>(
    event: Event,
    listener: OfficialChatCompletionStreamEvents[Event],
  ): this {
    this.#events.on(event, listener, true);
    return this;
  }

  emitted<Event extends keyof OfficialChatCompletionStreamEvents>(
    event: Event,
  ): Promise<EmittedEvent<Parameters<OfficialChatCompletionStreamEvents[Event]>>> {
    return this.#events.emitted(event) as never;
  }

  /** Settles once the stream is over and its listeners were told: after `end`, or with the stream's error. */
  override async done(): Promise<void> {
    try {
      await super.done();
    } finally {
      await this.#events.ended();
    }
  }

  protected override async *produce(): AsyncGenerator<CreateChatCompletionStreamResponse, StreamedChatCompletion> {
    await this.chunks;
    this.#events.emit('connect');
    return yield* super.produce();
  }

  protected override observe(
    events: readonly ChatCompletionStreamEvent[],
    chunk?: CreateChatCompletionStreamResponse,
    snapshot?: StreamedChatCompletion,
  ): void {
    if (chunk && snapshot) this.#events.emit('chunk', chunk, snapshot);
    for (const event of events) this.#emitStreamEvent(event);
  }

  #emitStreamEvent(event: ChatCompletionStreamEvent): void {
    const events = this.#events;
    switch (event.type) {
      case 'content.delta':
        events.emit('content', event.delta, event.snapshot);
        events.emit('content.delta', { delta: event.delta, snapshot: event.snapshot, parsed: null });
        return;
      case 'content.done':
        events.emit('content.done', { content: event.content, parsed: null });
        return;
      case 'refusal.delta':
        events.emit('refusal.delta', { delta: event.delta, snapshot: event.snapshot });
        return;
      case 'refusal.done':
        events.emit('refusal.done', { refusal: event.refusal });
        return;
      case 'tool_call.arguments.delta':
        events.emit('tool_calls.function.arguments.delta', {
          name: event.name,
          index: event.index,
          arguments: event.snapshot,
          parsed_arguments: null,
          arguments_delta: event.delta,
        });
        return;
      case 'tool_call.arguments.done':
        events.emit('tool_calls.function.arguments.done', {
          name: event.name,
          index: event.index,
          arguments: event.arguments,
          parsed_arguments: null,
        });
        return;
      case 'logprobs.content.delta':
        events.emit('logprobs.content.delta', { content: event.delta, snapshot: event.snapshot });
        return;
      case 'logprobs.content.done':
        events.emit('logprobs.content.done', { content: event.content });
        return;
      case 'logprobs.refusal.delta':
        events.emit('logprobs.refusal.delta', { refusal: event.delta, snapshot: event.snapshot });
        return;
      case 'logprobs.refusal.done':
        events.emit('logprobs.refusal.done', { refusal: event.refusal });
        return;
    }
  }

  #emitFinal(completion: StreamedChatCompletion): void {
    const events = this.#events;
    events.emit('chatCompletion', completion);
    const message = completion.choices[0]?.message;
    if (message) events.emit('message', message);
    events.emit('finalChatCompletion', completion);
    if (message) events.emit('finalMessage', message);
    if (message?.content) events.emit('finalContent', message.content);
    if (completion.usage) events.emit('totalUsage', completion.usage);
    events.end();
  }
}

/** `chatCompletionChunkStream` from `@org/chat`, as an `OfficialChatCompletionStream`. */
export function officialChatCompletionStream(
  client: Client,
  body: CreateChatCompletionRequest & { stream?: true },
  options?: RequestOptions,
): OfficialChatCompletionStream {
  return new OfficialChatCompletionStream(
    (signal) => streamChatCompletion(client, body, { ...options, signal }),
    options?.signal,
  );
}
