import {
  type CreateRunRequest,
  type CreateThreadAndRunRequest,
  type MessageContentImageFileObject,
  type MessageContentTextObject,
  type MessageDeltaContentTextObject,
  type MessageDeltaObject,
  type MessageObject,
  type RunApiEvent,
  RunFailedError,
  type RunObject,
  type RunSnapshot,
  type RunStepDeltaObject,
  type RunStepObject,
  type RunStepToolCall,
  type RunStepToolCallDelta,
  RunStream,
  type RunStreamEvent,
  type SubmitToolOutputsRunRequest,
  streamRun,
  streamSubmitToolOutputsToRun,
  streamThreadAndRun,
} from '@org/assistants';
import type { Client, RequestOptions, Stream } from '@org/core';
import { iterableToReadableStream, ndjsonLine, noop } from '@org/core/internal';
import { iterateAfterStart } from './iterate-official-event.js';
import {
  type EmittedEvent,
  type OfficialEventMethods,
  OfficialEvents,
  type OfficialLifecycleEvents,
} from './official-events.js';

/** A text part of a message (`Text` in the official package). */
type Text = MessageContentTextObject['text'];
/** An image file part of a message (`ImageFile`). */
type ImageFile = MessageContentImageFileObject['image_file'];
type MessageContent = MessageObject['content'][number];
type MessageEvent = Extract<RunApiEvent, { data: MessageObject | MessageDeltaObject }>;
type RunStepEvent = Extract<RunApiEvent, { data: RunStepObject | RunStepDeltaObject }>;

/** The events of the official `AssistantStream`, with their official names and payloads. */
export interface OfficialRunStreamEvents extends OfficialLifecycleEvents {
  /** Every event the API sends, as sent. */
  event: (event: RunApiEvent) => void;
  /** The run the stream ended with (`completed`, or `requires_action`), just before `end`. */
  run: (run: RunObject) => void;
  messageCreated: (message: MessageObject) => void;
  /** `snapshot` is the message with the delta merged. */
  messageDelta: (delta: MessageDeltaObject['delta'], snapshot: MessageObject) => void;
  messageDone: (message: MessageObject) => void;
  runStepCreated: (runStep: RunStepObject) => void;
  /** `snapshot` is the run step with the delta merged. */
  runStepDelta: (delta: RunStepDeltaObject['delta'], snapshot: RunStepObject) => void;
  runStepDone: (runStep: RunStepObject, snapshot: RunStepObject) => void;
  /** A tool call's first delta, merged into its snapshot: no `toolCallDelta` comes for that one. */
  toolCallCreated: (toolCall: RunStepToolCall) => void;
  toolCallDelta: (delta: RunStepToolCallDelta, snapshot: RunStepToolCall) => void;
  /** The call as its deltas built it: when the next call begins, its run step ends, or the run stops. */
  toolCallDone: (toolCall: RunStepToolCall) => void;
  /** A text part's first delta, merged into its snapshot; its `textDelta` follows. */
  textCreated: (content: Text) => void;
  textDelta: (delta: NonNullable<MessageDeltaContentTextObject['text']>, snapshot: Text) => void;
  /** When the message's next part begins (after that part's first delta), or the message ends. */
  textDone: (content: Text, snapshot: MessageObject) => void;
  imageFileDone: (content: ImageFile, snapshot: MessageObject) => void;
}

/**
 * `RunStream` with the official `AssistantStream`'s listeners (`on('textDelta', …)` and the rest) and its
 * `currentEvent()`, `currentMessageSnapshot()` and `currentRunStepSnapshot()`. Registering a listener makes the stream
 * run to its end even when nothing iterates it; a loop beside the listeners still gets the events (from then on, when
 * it begins after the stream started). The snapshots are those the run stream assembles. As in the official stream, a
 * run that ends `failed`, `cancelled`, `expired` or `incomplete` is the final run, not an error: `finalRun()` resolves
 * to it, listeners get `run` then `end`, and a loop ends after its event.
 */
export class OfficialRunStream extends RunStream implements OfficialEventMethods<OfficialRunStreamEvents> {
  readonly #events = new OfficialEvents<OfficialRunStreamEvents>(() => {
    // A turn later, as the official stream starts: a loop begun right after `on()` reads the stream itself.
    setTimeout(() => {
      const readByListeners = !this.#iterated;
      // Awaiting the result reads the stream when nothing iterates it, through the iterator below.
      this.finalRun().then(
        (run) => this.#afterEvents(() => this.#events.emit('run', run)),
        (error: unknown) => this.#afterEvents(() => this.#events.fail(error)),
      );
      this.#readByListeners = readByListeners;
    }, 0);
  });
  /** Those of loops begun after listeners started the stream. */
  readonly #feeds = new Set<(event: RunStreamEvent) => void>();
  #iterated = false;
  #readByListeners = false;
  #connected = false;
  /** Settles once the events are all handed out: the run settles before its last ones. */
  #handedOut: Promise<void> | undefined;

  // Where the official stream is: the last event, the message and run step being built, their open part and call.
  #event: RunApiEvent | undefined;
  #message: MessageObject | undefined;
  /** The indexes of the message's parts seen so far: a delta at another one creates a part. */
  readonly #parts = new Set<number>();
  #contentIndex: number | undefined;
  #content: MessageContent | undefined;
  #runStep: RunStepObject | undefined;
  #toolCallIndex: number | undefined;
  #toolCall: RunStepToolCall | undefined;

  /** The last event the API sent; undefined before the first. */
  currentEvent(): RunApiEvent | undefined {
    return this.#event;
  }

  /** The message being built, with the deltas so far; undefined before its `created` and after it is done. */
  currentMessageSnapshot(): MessageObject | undefined {
    return this.#message;
  }

  /** The run step being built, with the deltas so far; undefined before its `created` and after it is done. */
  currentRunStepSnapshot(): RunStepObject | undefined {
    return this.#runStep;
  }

  /**
   * The run's events as the API sent them, as NDJSON bytes (one event per line, with no last line: as the official
   * stream writes them, so its `AssistantStream.fromReadableStream` reads them too), to relay through an app's own
   * backend; `AssistantStream.fromReadableStream` of `@org/openai/lib/AssistantStream` rebuilds the stream on the other
   * side. Reading it reads this stream; cancelling it aborts it.
   */
  toReadableStream(): ReadableStream<Uint8Array> {
    return iterableToReadableStream(this, (event) => ('data' in event ? ndjsonLine(event) : undefined));
  }

  /** The events; in a loop begun once listeners already read the stream, the events from then on. */
  override [Symbol.asyncIterator](): AsyncGenerator<RunStreamEvent, void> {
    if (this.#readByListeners)
      return iterateAfterStart<OfficialRunStreamEvents, RunStreamEvent>(
        this.#events,
        (push) => {
          this.#feeds.add(push);
          return () => this.#feeds.delete(push);
        },
        () => this.abort(),
      );
    this.#iterated = true;
    return super[Symbol.asyncIterator]();
  }

  on<Event extends keyof OfficialRunStreamEvents>(event: Event, listener: OfficialRunStreamEvents[Event]): this {
    this.#events.on(event, listener);
    return this;
  }

  off<Event extends keyof OfficialRunStreamEvents>(event: Event, listener: OfficialRunStreamEvents[Event]): this {
    this.#events.off(event, listener);
    return this;
  }

  once<Event extends keyof OfficialRunStreamEvents>(event: Event, listener: OfficialRunStreamEvents[Event]): this {
    this.#events.on(event, listener, true);
    return this;
  }

  emitted<Event extends keyof OfficialRunStreamEvents>(
    event: Event,
  ): Promise<EmittedEvent<Parameters<OfficialRunStreamEvents[Event]>>> {
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

  /** The run stream's connection, told as `connect` once the first one is open (the response has arrived). */
  protected override connect<T>(opening: Stream<T> | Promise<Stream<T>>): Promise<Stream<T>> {
    const connection = super.connect(opening);
    // Called from the constructor too: the listeners are reached a turn later, once this object is whole.
    connection.then(() => {
      if (this.#connected) return;
      this.#connected = true;
      this.#events.emit('connect');
    }, noop);
    return connection;
  }

  protected override async *produce(): AsyncGenerator<RunStreamEvent, RunObject> {
    let handedOut = noop;
    this.#handedOut = new Promise((resolve) => {
      handedOut = resolve;
    });
    try {
      return yield* super.produce();
    } catch (error) {
      if (error instanceof RunFailedError) return error.run;
      throw error;
    } finally {
      handedOut();
    }
  }

  protected override failEarly(error: Error): void {
    if (error instanceof RunFailedError) this.settleEarly(error.run);
    else super.failEarly(error);
  }

  protected override observe(event: RunStreamEvent, snapshot?: RunSnapshot): void {
    if ('data' in event) this.#emitOfficial(event, snapshot);
    for (const feed of this.#feeds) feed(event);
  }

  /** Emits the last events once every event was handed out, then `end` (after `run`, or with the failure). */
  #afterEvents(last: () => void): void {
    Promise.resolve(this.#handedOut)
      .then(() => {
        last();
        this.#events.end();
      })
      .catch((error: unknown) => this.#events.fail(error));
  }

  /** The official events an event of the API causes, in the official order. */
  #emitOfficial(event: RunApiEvent, snapshot: RunSnapshot | undefined): void {
    this.#event = event;
    this.#events.emit('event', event);
    switch (event.event) {
      case 'thread.message.created':
      case 'thread.message.in_progress':
      case 'thread.message.delta':
      case 'thread.message.completed':
      case 'thread.message.incomplete':
        this.#emitMessage(event, snapshot as MessageObject);
        return;
      case 'thread.run.step.created':
      case 'thread.run.step.in_progress':
      case 'thread.run.step.delta':
      case 'thread.run.step.completed':
      case 'thread.run.step.failed':
      case 'thread.run.step.cancelled':
      case 'thread.run.step.expired':
        this.#emitRunStep(event, snapshot as RunStepObject);
        return;
      case 'thread.run.requires_action':
      case 'thread.run.completed':
      case 'thread.run.incomplete':
      case 'thread.run.failed':
      case 'thread.run.cancelled':
      case 'thread.run.expired':
        // The run stopped: the call being built is done.
        this.#toolCallDone();
        return;
    }
  }

  #emitMessage(event: MessageEvent, message: MessageObject): void {
    const events = this.#events;
    this.#message = message;
    switch (event.event) {
      case 'thread.message.created':
        this.#parts.clear();
        for (const index of message.content.keys()) this.#parts.add(index);
        this.#contentIndex = undefined;
        this.#content = undefined;
        events.emit('messageCreated', event.data);
        return;
      case 'thread.message.delta': {
        const parts = event.data.delta.content ?? [];
        for (const { index } of parts) {
          if (this.#parts.has(index)) continue;
          this.#parts.add(index);
          const created = message.content[index];
          if (created?.type === 'text') events.emit('textCreated', created.text);
        }
        events.emit('messageDelta', event.data.delta, message);
        for (const part of parts) {
          const content = message.content[part.index];
          if (part.type === 'text' && part.text && content?.type === 'text')
            events.emit('textDelta', part.text, content.text);
          // The part before is done once another one has had its first delta, as in the official stream.
          if (part.index !== this.#contentIndex) {
            this.#contentDone(this.#content, message);
            this.#contentIndex = part.index;
          }
          this.#content = content;
        }
        return;
      }
      case 'thread.message.completed':
      case 'thread.message.incomplete':
        if (this.#contentIndex !== undefined) this.#contentDone(message.content[this.#contentIndex], message);
        events.emit('messageDone', event.data);
        this.#message = undefined;
        this.#parts.clear();
        this.#contentIndex = undefined;
        this.#content = undefined;
        return;
    }
  }

  #contentDone(content: MessageContent | undefined, message: MessageObject): void {
    if (content?.type === 'text') this.#events.emit('textDone', content.text, message);
    else if (content?.type === 'image_file') this.#events.emit('imageFileDone', content.image_file, message);
  }

  #emitRunStep(event: RunStepEvent, runStep: RunStepObject): void {
    const events = this.#events;
    this.#runStep = runStep;
    switch (event.event) {
      case 'thread.run.step.created':
        this.#toolCallIndex = undefined;
        this.#toolCall = undefined;
        events.emit('runStepCreated', event.data);
        return;
      case 'thread.run.step.in_progress':
        return;
      case 'thread.run.step.delta': {
        const details = event.data.delta.step_details;
        const snapshots = runStep.step_details.type === 'tool_calls' ? runStep.step_details.tool_calls : [];
        for (const call of details?.type === 'tool_calls' ? (details.tool_calls ?? []) : []) {
          const snapshot = snapshots[call.index];
          if (call.index === this.#toolCallIndex) {
            if (snapshot) events.emit('toolCallDelta', call, snapshot);
            continue;
          }
          this.#toolCallDone();
          this.#toolCallIndex = call.index;
          this.#toolCall = snapshot;
          if (snapshot) events.emit('toolCallCreated', snapshot);
        }
        events.emit('runStepDelta', event.data.delta, runStep);
        return;
      }
      default:
        this.#runStep = undefined;
        this.#toolCallDone();
        events.emit('runStepDone', event.data, runStep);
    }
  }

  #toolCallDone(): void {
    const toolCall = this.#toolCall;
    this.#toolCallIndex = undefined;
    this.#toolCall = undefined;
    if (toolCall) this.#events.emit('toolCallDone', toolCall);
  }
}

/** `runStream` from `@org/assistants`, as an `OfficialRunStream`. */
export function officialRunStream(
  client: Client,
  threadId: string,
  body: CreateRunRequest & { stream?: true },
  options?: RequestOptions,
): OfficialRunStream {
  return new OfficialRunStream(
    client,
    (signal) => streamRun(client, threadId, body, undefined, { ...options, signal }),
    options,
  );
}

/** `threadAndRunStream` from `@org/assistants`, as an `OfficialRunStream`. */
export function officialThreadAndRunStream(
  client: Client,
  body: CreateThreadAndRunRequest & { stream?: true },
  options?: RequestOptions,
): OfficialRunStream {
  return new OfficialRunStream(client, (signal) => streamThreadAndRun(client, body, { ...options, signal }), options);
}

/** `submitToolOutputsStream` from `@org/assistants`, as an `OfficialRunStream`. */
export function officialSubmitToolOutputsStream(
  client: Client,
  threadId: string,
  runId: string,
  body: SubmitToolOutputsRunRequest & { stream?: true },
  options?: RequestOptions,
): OfficialRunStream {
  return new OfficialRunStream(
    client,
    (signal) => streamSubmitToolOutputsToRun(client, threadId, runId, body, { ...options, signal }),
    options,
  );
}
