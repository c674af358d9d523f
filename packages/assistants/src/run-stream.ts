import { type Client, InvalidInputError, type RequestOptions, type Stream, StreamTruncatedError } from '@org/core';
import { StreamHelper } from '@org/core/internal';
import { streamRun } from './generated/functions/stream-run.js';
import { streamSubmitToolOutputsToRun } from './generated/functions/stream-submit-tool-outputs-to-run.js';
import { streamThreadAndRun } from './generated/functions/stream-thread-and-run.js';
import type {
  AssistantStreamEvent,
  CreateRunRequest,
  CreateThreadAndRunRequest,
  MessageObject,
  RunObject,
  RunStepObject,
  SubmitToolOutputsRunRequest,
} from './generated/types.js';
import { isRunEvent, type RunApiEvent, RunAssembly, type RunSnapshot } from './run-assembly.js';
import { RunFailedError } from './run-failed-error.js';
import { runJobState } from './run-job-state.js';
import type { RunStreamEvent } from './run-stream-event.js';

type Events = Stream<AssistantStreamEvent>;

/**
 * A run's events as they come, typed (narrow on `event`), with the text and tool calls they build assembled: iterate
 * it once, and/or await `finalRun()`, `finalMessages()` or `finalRunSteps()`, which read the stream themselves when
 * nothing iterates it. When the run stops for tool outputs (`thread.run.requires_action`), `submitToolOutputs()` sends
 * them and the same stream goes on with the run's next events; without them the stream ends there. Leaving the loop
 * early or `abort()` frees the connection and rejects whatever waits with `APIUserAbortError`.
 */
export class RunStream extends StreamHelper<RunStreamEvent, RunObject> {
  readonly #client: Client;
  readonly #options: RequestOptions;
  readonly #assembly = new RunAssembly();
  #connection: Promise<Events> | undefined;
  #over = false;

  /**
   * Made by `runStream`, `threadAndRunStream` and `submitToolOutputsStream`. `open` starts the streamed call, listening
   * to the signal it is given; `options` are those of the tool outputs this stream submits, and their `signal` aborts
   * the stream.
   */
  constructor(client: Client, open: (signal: AbortSignal) => Promise<Events>, options: RequestOptions = {}) {
    super();
    // What belongs to the request that opened the stream stays with it (a run's `include[]` query among them).
    const { idempotencyKey, extraBody, query, ...submitOptions } = options;
    this.#client = client;
    this.#options = submitOptions;
    this.follow(options.signal);
    this.#connection = this.connect(open(this.signal));
  }

  /**
   * The run as the stream left it: `completed`, or `requires_action` when the stream ended waiting for tool outputs.
   * Rejects with `RunFailedError` for a run that ended `failed`, `cancelled`, `expired` or `incomplete`.
   */
  finalRun(): Promise<RunObject> {
    return this.settled();
  }

  /** Every message the stream created, assembled; like `finalRun()`. */
  finalMessages(): Promise<MessageObject[]> {
    return this.settled(() => this.#assembly.messages);
  }

  /** Every run step the stream created, assembled; like `finalRun()`. */
  finalRunSteps(): Promise<RunStepObject[]> {
    return this.settled(() => this.#assembly.runSteps);
  }

  /** The run as its last event sent it; undefined before the first. A method, as in the official `AssistantStream`. */
  currentRun(): RunObject | undefined {
    return this.#assembly.run;
  }

  /** The messages created so far, as assembled so far. */
  get currentMessages(): MessageObject[] {
    return this.#assembly.messages;
  }

  /**
   * Sends the outputs the run asked for, and goes on streaming its next events on this stream. Call it once the run
   * `requires_action` (on that event, in the loop), before the stream ends; after, use `submitToolOutputsStream`.
   * `options` go with this request, beside the stream's own.
   */
  submitToolOutputs(toolOutputs: SubmitToolOutputsRunRequest['tool_outputs'], options?: RequestOptions): void {
    const run = this.#assembly.run;
    if (this.#over || run?.status !== 'requires_action' || this.#connection) {
      const why = this.#over
        ? 'the stream is over'
        : this.#connection
          ? 'outputs were already sent'
          : `it is ${run?.status ?? 'not started'}`;
      throw new InvalidInputError('toolOutputs', `the run is not waiting for tool outputs: ${why}`);
    }
    this.#connection = this.connect(
      streamSubmitToolOutputsToRun(
        this.#client,
        run.thread_id,
        run.id,
        { tool_outputs: toolOutputs },
        { ...this.#options, ...options, signal: this.signal },
      ),
    );
  }

  protected async *produce(): AsyncGenerator<RunStreamEvent, RunObject> {
    try {
      const assembly = this.#assembly;
      const derived: RunStreamEvent[] = [];
      for (let connection = this.#connection; connection; connection = this.#connection) {
        this.#connection = undefined;
        for await (const event of await connection) {
          const apiEvent = event as RunApiEvent;
          const snapshot = assembly.add(apiEvent, derived);
          const failure = this.#failureOf(apiEvent);
          if (failure) this.failEarly(failure);
          else if (apiEvent.event === 'thread.run.completed') this.settleEarly(apiEvent.data);
          this.observe(apiEvent, snapshot);
          yield apiEvent;
          for (const item of derived) {
            this.observe(item);
            yield item;
          }
          derived.length = 0;
          if (failure) throw failure;
        }
      }
      assembly.end(derived);
      for (const item of derived) {
        this.observe(item);
        yield item;
      }
      const run = assembly.run;
      if (run?.status !== 'completed' && run?.status !== 'requires_action') {
        throw new StreamTruncatedError(`the run had not stopped (last status: ${run?.status ?? 'none'})`);
      }
      return run;
    } finally {
      this.#over = true;
    }
  }

  /**
   * Told of each event as it is handed out, and for one the API sent, of the message, run step or run it built (as
   * assembled so far; the same object until its next `created`, `in_progress` or terminal event). A run stream has no
   * use for it; a subclass emitting events of its own (the official package's listeners) does.
   */
  protected observe(_event: RunStreamEvent, _snapshot?: RunSnapshot): void {}

  #failureOf(event: RunApiEvent): RunFailedError | undefined {
    if (!isRunEvent(event)) return undefined;
    return typeof runJobState(event.data) === 'object' ? new RunFailedError(event.data) : undefined;
  }
}

/** Creates a run on a thread and streams it as a `RunStream`, returned at once. `options.query` takes `include[]`. */
export function runStream(
  client: Client,
  threadId: string,
  body: CreateRunRequest & { stream?: true },
  options?: RequestOptions,
): RunStream {
  return new RunStream(
    client,
    (signal) => streamRun(client, threadId, body, undefined, { ...options, signal }),
    options,
  );
}

/** Creates a thread and a run on it, and streams the run as a `RunStream` (its first event is `thread.created`). */
export function threadAndRunStream(
  client: Client,
  body: CreateThreadAndRunRequest & { stream?: true },
  options?: RequestOptions,
): RunStream {
  return new RunStream(client, (signal) => streamThreadAndRun(client, body, { ...options, signal }), options);
}

/** Sends a run's tool outputs and streams what the run does next as a `RunStream`, returned at once. */
export function submitToolOutputsStream(
  client: Client,
  threadId: string,
  runId: string,
  body: SubmitToolOutputsRunRequest & { stream?: true },
  options?: RequestOptions,
): RunStream {
  return new RunStream(
    client,
    (signal) => streamSubmitToolOutputsToRun(client, threadId, runId, body, { ...options, signal }),
    options,
  );
}
