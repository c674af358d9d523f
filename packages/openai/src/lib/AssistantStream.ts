// `openai/lib/AssistantStream`: the umbrella's run stream under its official name, to rebuild one relayed by an app's
// own backend.
import type {
  AssistantStreamEvent,
  CreateRunRequest,
  CreateThreadAndRunRequest,
  SubmitToolOutputsRunRequest,
} from '@org/assistants';
import { type Client, InvalidInputError, streamFromReadableStream } from '@org/core';
// For the build's sake: the ESM build puts the modules this entry shares with the main one in a chunk of their own.
// Sharing the main entry's whole graph keeps that chunk in the main entry's module order; sharing only the run
// stream's modules put them first, which cost every umbrella bundle 0.44 KB gzip for the same code.
import '../index.js';
import { OfficialRunStream } from '../official-run-stream.js';

export type { OfficialRunStreamEvents as AssistantStreamEvents } from '../official-run-stream.js';
/** The params of `runs.stream()`, as the official module names them. */
export type RunCreateParamsBaseStream = CreateRunRequest & { stream?: true };
/** The params of `threads.createAndRunStream()`. */
export type ThreadCreateAndRunParamsBaseStream = CreateThreadAndRunRequest & { stream?: true };
/** The params of `runs.submitToolOutputsStream()` but `thread_id`. */
export type RunSubmitToolOutputsParamsStream = SubmitToolOutputsRunRequest & { stream?: true };

/** Where the stream was rebuilt, no client: nothing is sent from there. */
const noClient = {} as Client;

/**
 * The run stream `openai.beta.threads.runs.stream()` and the others give (`on()`, `for await`, `final…()`,
 * `current…()`), with the official static `fromReadableStream`.
 */
export class AssistantStream extends OfficialRunStream {
  /**
   * Rebuilds a run stream from the bytes its `toReadableStream()` gave, e.g. relayed by an app's backend to a browser:
   * the same events, listeners and `final…()`. Those bytes have no last line, as the official ones: the run's own end
   * (`completed` or `requires_action`) tells that nothing was lost, and a run cut short rejects with
   * `StreamTruncatedError`. `signal` aborts it, as `abort()` does.
   */
  static fromReadableStream(readable: ReadableStream<Uint8Array>, options?: { signal?: AbortSignal }): AssistantStream {
    const events = streamFromReadableStream<AssistantStreamEvent>(readable, { lenientStreamEnd: true });
    return new AssistantStream(noClient, async () => events, { signal: options?.signal });
  }

  /** A rebuilt stream has no client to send them with: send them where the run was started. */
  override submitToolOutputs(): void {
    throw new InvalidInputError(
      'toolOutputs',
      'a stream rebuilt by fromReadableStream() cannot send tool outputs: send them where the run was started',
    );
  }
}
