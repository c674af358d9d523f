import type { Client } from '@org/core';
import { noop } from '@org/core/internal';
import {
  type CreateResponse,
  type Response,
  type ResponseFunctionCallArgumentsDeltaEvent,
  type ResponseStream,
  type ResponseStreamEvent,
  type ResponseStreamOptions,
  type ResponseTextDeltaEvent,
  responseStream,
} from '@org/responses';
import { iterateOfficialEvent } from './iterate-official-event.js';
import {
  type OfficialEventMethods,
  OfficialEvents,
  type OfficialLifecycleEvents,
  withOfficialEvents,
} from './official-events.js';

type SnapshotEventType = 'response.output_text.delta' | 'response.function_call_arguments.delta';

type EventsByType = {
  [Type in Exclude<ResponseStreamEvent['type'], 'error' | SnapshotEventType>]: (
    event: Extract<ResponseStreamEvent, { type: Type }>,
  ) => void;
};

/**
 * The events of the official `ResponseStream`: each server event under its `type` (its `error` event arrives as the
 * stream's `error`), every one of them as `event` too, and the deltas with the text so far as `snapshot`.
 */
export interface OfficialResponseStreamEvents extends OfficialLifecycleEvents, EventsByType {
  event: (event: ResponseStreamEvent) => void;
  /** `snapshot` is the text of the content part so far. */
  'response.output_text.delta': (event: ResponseTextDeltaEvent & { snapshot: string }) => void;
  /** `snapshot` is the call's arguments so far. */
  'response.function_call_arguments.delta': (
    event: ResponseFunctionCallArgumentsDeltaEvent & { snapshot: string },
  ) => void;
}

/** The `ResponseStream` of `openai.responses.stream`, with the official stream's listeners; `done()` waits for them. */
export type OfficialResponseStream = ResponseStream & OfficialEventMethods<OfficialResponseStreamEvents>;

/**
 * `responseStream` from `@org/responses` with the official listeners. The events are seen where the stream hands them
 * out, so iterating it and listening work together; registering a listener makes the stream run to its end even when
 * nothing iterates it.
 */
export function officialResponseStream(
  client: Client,
  body: CreateResponse & { stream?: true },
  options?: ResponseStreamOptions,
): OfficialResponseStream {
  const stream = responseStream(client, body, options);
  const settled = stream.done.bind(stream);
  let iterated: () => void = noop;
  // The response settles before its last event is handed out: `end` waits for the events too.
  const eventsOver = new Promise<void>((resolve) => {
    iterated = resolve;
  });
  let started = false;
  let readByListeners = false;
  const events = new OfficialEvents<OfficialResponseStreamEvents>(() => {
    // A turn later, as the official stream starts: a loop begun right after `on()` reads the stream itself.
    setTimeout(() => {
      const unread = !started;
      // Awaiting the result reads the stream when nothing iterates it, through the iterator below.
      stream
        .finalResponse()
        .then(() => eventsOver)
        .then(() => events.end())
        .catch((error: unknown) => events.fail(error));
      readByListeners = unread;
    }, 0);
  });
  const iterate = stream[Symbol.asyncIterator].bind(stream);
  stream[Symbol.asyncIterator] = () => {
    // A loop begun once listeners already read the stream gets the events from then on.
    if (readByListeners)
      return iterateOfficialEvent(
        events,
        'event',
        (event) => event,
        () => stream.abort(),
      );
    started = true;
    return emitting(iterate(), stream, events, iterated);
  };
  const done = async () => {
    try {
      await settled();
    } finally {
      await events.ended();
    }
  };
  return withOfficialEvents(Object.assign(stream, { done }), events);
}

async function* emitting(
  items: AsyncGenerator<ResponseStreamEvent, void>,
  stream: ResponseStream,
  events: OfficialEvents<OfficialResponseStreamEvents>,
  iterated: () => void,
): AsyncGenerator<ResponseStreamEvent, void> {
  let next: IteratorResult<ResponseStreamEvent, void> | undefined;
  try {
    next = await items.next();
    if (!next.done) events.emit('connect');
    while (!next.done) {
      emitEvent(next.value, stream.currentResponse, events);
      yield next.value;
      next = await items.next();
    }
  } finally {
    // The consumer left early: closing the stream's own iteration aborts it, as leaving its loop does.
    if (next && !next.done) await items.return(undefined);
    iterated();
  }
}

function emitEvent(
  event: ResponseStreamEvent,
  response: Response | undefined,
  events: OfficialEvents<OfficialResponseStreamEvents>,
): void {
  events.emit('event', event);
  switch (event.type) {
    case 'error':
      return;
    case 'response.output_text.delta':
      events.emit(event.type, { ...event, snapshot: textSnapshot(response, event) });
      return;
    case 'response.function_call_arguments.delta':
      events.emit(event.type, { ...event, snapshot: argumentsSnapshot(response, event) });
      return;
    default:
      events.emit(event.type as keyof EventsByType, event as never);
  }
}

function textSnapshot(response: Response | undefined, event: ResponseTextDeltaEvent): string {
  const item = response?.output[event.output_index];
  const part = item && 'content' in item && Array.isArray(item.content) ? item.content[event.content_index] : undefined;
  return part && 'text' in part && typeof part.text === 'string' ? part.text : event.delta;
}

function argumentsSnapshot(response: Response | undefined, event: ResponseFunctionCallArgumentsDeltaEvent): string {
  const item = response?.output[event.output_index];
  return item && 'arguments' in item && typeof item.arguments === 'string' ? item.arguments : event.delta;
}
