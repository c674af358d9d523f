import { type Client, type RequestOptions, type Stream, StreamError } from '@org/core';
import { StreamHelper } from '@org/core/internal';
import { streamTranscription } from './generated/functions/stream-transcription.js';
import type {
  CreateTranscriptionRequest,
  CreateTranscriptionResponseStreamEvent,
  TranscriptTextDoneEvent,
  TranscriptTextSegmentEvent,
} from './generated/types.js';

/** A streamed transcription once over: what `transcript.text.done` says, and the speakers' segments that came before. */
export interface StreamedTranscript extends Omit<TranscriptTextDoneEvent, 'type'> {
  /** The `transcript.text.segment` events of a diarizing model, in order; empty for the others. */
  segments: TranscriptTextSegmentEvent[];
}

type Events = Stream<CreateTranscriptionResponseStreamEvent>;

/**
 * A streamed transcription that assembles itself: iterate it (once) for the typed events (`transcript.text.delta`,
 * `transcript.text.segment`, `transcript.text.done`) while `text` grows with each delta; await `finalTranscript()` or
 * `finalText()`, which read the stream themselves when nothing iterates it. A stream that ends before
 * `transcript.text.done` rejects with `StreamError`. `abort()` frees the connection.
 */
export class TranscriptionStream extends StreamHelper<CreateTranscriptionResponseStreamEvent, StreamedTranscript> {
  readonly #events: Promise<Events>;
  #text = '';

  /** `open` starts the streamed call, listening to the signal it is given; `signal` aborts this stream. */
  constructor(open: (signal: AbortSignal) => Promise<Events>, signal?: AbortSignal) {
    super();
    this.follow(signal);
    this.#events = this.connect(open(this.signal));
  }

  /** The text so far: the deltas joined, then the final text once `transcript.text.done` has come. */
  get text(): string {
    return this.#text;
  }

  /** The transcript: its text, usage and log probabilities, and the segments of a diarizing model. */
  finalTranscript(): Promise<StreamedTranscript> {
    return this.settled();
  }

  /** The transcript's text; like `finalTranscript()`. */
  finalText(): Promise<string> {
    return this.settled((transcript) => transcript.text);
  }

  protected async *produce(): AsyncGenerator<CreateTranscriptionResponseStreamEvent, StreamedTranscript> {
    const segments: TranscriptTextSegmentEvent[] = [];
    let transcript: StreamedTranscript | undefined;
    for await (const event of await this.#events) {
      if (event.type === 'transcript.text.delta') this.#text += event.delta;
      else if (event.type === 'transcript.text.segment') segments.push(event);
      else if (event.type === 'transcript.text.done') {
        const { type, ...done } = event;
        this.#text = done.text;
        transcript = { ...done, segments };
      }
      yield event;
    }
    if (!transcript) throw new StreamError('The transcription stream ended before transcript.text.done.');
    return transcript;
  }
}

/**
 * Starts a streamed transcription and returns it at once as a `TranscriptionStream`. The file goes as any upload does
 * (`fileFromPath`, a `Blob`, bytes or a stream through `toFile`); `options.signal` aborts it.
 */
export function transcriptionStream(
  client: Client,
  body: CreateTranscriptionRequest,
  options?: RequestOptions,
): TranscriptionStream {
  return new TranscriptionStream(
    (signal) => streamTranscription(client, body, { ...options, signal }),
    options?.signal,
  );
}
