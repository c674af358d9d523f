import {
  APIError,
  APITimeoutError,
  APIUserAbortError,
  type FunctionTool,
  InvalidInputError,
  OpenAIError,
  StreamError,
} from '@org/core';
import { backoffDelay, noop, onAbort, PushedIterator, runToolCalls, sleep } from '@org/core/internal';
import type { RealtimeConnectSettings } from './connect-options.js';
import type {
  RealtimeClientEvent,
  RealtimeConversationItem,
  RealtimeResponse,
  RealtimeResponseCreateParams,
  RealtimeServerEvent,
  RealtimeServerEventError,
  RealtimeServerEventSessionUpdated,
} from './generated/types.js';
import { ListenerRegistry } from './listener-registry.js';
import { Outbox } from './outbox.js';
import { type Pcm16Audio, pcm16Bytes } from './pcm16-bytes.js';
import { RealtimeClosedError } from './realtime-closed-error.js';
import type {
  RealtimeCloseEvent,
  RealtimeLifecycleListeners,
  RealtimeServerEventOf,
  RealtimeServerEventType,
  RealtimeUnknownEvent,
} from './realtime-event-types.js';
import { RealtimeServerError } from './realtime-server-error.js';
import type { RealtimeSessionInput } from './realtime-session-input.js';
import type { OpenRealtimeTransport, RealtimeTransport } from './realtime-transport.js';
import { RealtimeTurn } from './realtime-turn.js';
import type { RealtimeFunctionCall, RealtimeResponseOutput } from './realtime-turn-result.js';
import { isReconnectableClose } from './reconnect-policy.js';
import { toRealtimeTool } from './to-realtime-tool.js';
import { TurnFeed } from './turn-feed.js';
import { TURN_TAG, TurnRouter } from './turn-router.js';
import { Waiters } from './waiters.js';

/** The session as the server last described it (`session.created`, `session.updated`). */
export type RealtimeSession = RealtimeServerEventSessionUpdated['session'];

/** Where the connection stands. */
export type RealtimeConnectionState = 'connecting' | 'open' | 'reconnecting' | 'closed';

/** Options of a turn (`createResponse`). */
export interface RealtimeResponseOptions {
  /** Milliseconds the turn waits for the server's next event; the connection's `timeout` by default. */
  timeout?: number;
  /** Aborts the turn: it rejects with `APIUserAbortError`, and its response is cancelled. */
  signal?: AbortSignal;
}

/**
 * 256 KiB, about 5.5 s of 24 kHz PCM16: well under the server's 15 MiB per event once base64 grows it. Written as a
 * literal: esbuild keeps an unused `256 * 1024`, and a bundle of the REST calls alone would carry it.
 */
const DEFAULT_AUDIO_CHUNK = 262_144;
/** Input transcripts kept for `inputTranscript` after they arrive, so a late ask still finds them. */
const KEPT_TRANSCRIPTS = 32;

type Listener = (payload: never) => void;

/**
 * A realtime session over one socket at a time: typed events in (`on`, `for await`), typed events out (`send`), and
 * helpers that do what apps otherwise write by hand (`updateSession`, `addMessage`, `createResponse`, `appendAudio`,
 * `commitAudio`). Made by `connectRealtime`, open at once: what is sent before the socket opens waits for it.
 *
 * Every promise it hands out settles: with the server's answer, a typed error the server's `error` event raised, a
 * timeout, or `RealtimeClosedError` when the connection closes first.
 */
export class RealtimeConnection implements AsyncIterable<RealtimeServerEvent> {
  readonly #open: OpenRealtimeTransport;
  readonly #settings: RealtimeConnectSettings;
  readonly #listeners = new ListenerRegistry();
  readonly #outbox: Outbox;
  readonly #waiters: Waiters;
  readonly #turns = new TurnRouter();
  /** Aborts the wait before a reconnection when the connection closes meanwhile; made only when one is needed. */
  #backoff: AbortController | undefined;
  readonly #opened: Promise<void>;
  readonly #done: Promise<void>;
  #resolveOpened: () => void = noop;
  #rejectOpened: (error: Error) => void = noop;
  #resolveDone: () => void = noop;
  #rejectDone: (error: Error) => void = noop;
  #state: RealtimeConnectionState = 'connecting';
  #transport: RealtimeTransport | undefined;
  /** Counts sockets: events of an older one are ignored. */
  #generation = 0;
  #everOpened = false;
  #failures = 0;
  #reconnects = 0;
  /** What the current socket's transport said went wrong, before its close. */
  #failure: OpenAIError | undefined;
  /** Why the connection is over, once it is. */
  #final: OpenAIError | undefined;
  #openTimer: ReturnType<typeof setTimeout> | undefined;
  /** Every session update so far, merged: sent again when a new socket opens. */
  #sessionConfig: Record<string, unknown> | undefined;
  #session: RealtimeSession | undefined;
  #iterator: PushedIterator<RealtimeServerEvent> | undefined;
  #iterated = false;
  #stopFollowing: () => void = noop;
  readonly #idPrefix = Math.random().toString(36).slice(2, 8);
  #ids = 0;
  /** Input transcripts by item id, the latest few; made on the first. */
  #transcripts: Map<string, string> | undefined;

  /** Made by `connectRealtime`; `open` opens one socket, and is called again to reconnect. */
  constructor(open: OpenRealtimeTransport, settings: RealtimeConnectSettings) {
    this.#open = open;
    this.#settings = settings;
    this.#outbox = new Outbox(settings.maxBufferedBytes);
    this.#waiters = new Waiters(settings.timeout);
    this.#opened = new Promise((resolve, reject) => {
      this.#resolveOpened = resolve;
      this.#rejectOpened = reject;
    });
    this.#opened.catch(noop);
    this.#done = new Promise((resolve, reject) => {
      this.#resolveDone = resolve;
      this.#rejectDone = reject;
    });
    this.#done.catch(noop);
    const tools = settings.tools.map(toRealtimeTool);
    if (settings.session || tools.length > 0) {
      const session: Record<string, unknown> = { type: 'realtime', ...settings.session };
      if (tools.length > 0) session.tools = [...((session.tools as unknown[] | undefined) ?? []), ...tools];
      this.#sessionConfig = session;
    }
    const { signal } = settings;
    if (signal) {
      this.#stopFollowing = onAbort(signal, () =>
        this.#closeWith(1000, '', new APIUserAbortError({ cause: signal.reason })),
      );
    }
    void this.#connect();
  }

  get state(): RealtimeConnectionState {
    return this.#state;
  }

  /** The session as the server last described it (`session.created`, `session.updated`). */
  get session(): RealtimeSession | undefined {
    return this.#session;
  }

  /** Bytes waiting to go out: the socket's `bufferedAmount` and what is queued while it is not open. */
  get bufferedBytes(): number {
    return this.#outbox.bufferedBytes;
  }

  /** Resolves once the socket is open; rejects when the connection closes before it ever opens. */
  opened(): Promise<void> {
    return this.#opened;
  }

  /**
   * Settles once the connection is over and its socket closed: resolves after `close()` or a normal close by the
   * server; rejects with why it ended otherwise (`RealtimeClosedError` for a drop, `APIUserAbortError` for the signal).
   */
  done(): Promise<void> {
    return this.#done;
  }

  /** Listens to the connection's own events: `open`, `close`, `error` (typed errors) and `reconnect`. */
  on<Type extends keyof RealtimeLifecycleListeners>(type: Type, listener: RealtimeLifecycleListeners[Type]): () => void;
  /** Listens to server events of one type, typed by it (`response.output_text.delta`). */
  on<Type extends Exclude<RealtimeServerEventType, 'error'>>(
    type: Type,
    listener: (event: RealtimeServerEventOf<Type>) => void,
  ): () => void;
  /** Listens to server events of a type the SDK does not know yet. */
  on(type: string & {}, listener: (event: RealtimeUnknownEvent) => void): () => void;
  on(type: string, listener: Listener): () => void {
    if (typeof listener !== 'function') throw new InvalidInputError('listener', 'expected a function');
    if (this.#state === 'closed' && this.#final) return noop;
    return this.#listeners.add(type, listener);
  }

  off(type: string, listener: Listener): void {
    this.#listeners.remove(type, listener);
  }

  /** Listeners registered, of one type or in all: a count that must come back down when listeners are removed. */
  listenerCount(type?: string): number {
    return this.#listeners.count(type);
  }

  /** The next server event of `type` (that `filter` accepts); rejects when the connection closes first. */
  waitFor<Type extends RealtimeServerEventType>(
    type: Type,
    filter?: (event: RealtimeServerEventOf<Type>) => boolean,
  ): Promise<RealtimeServerEventOf<Type>> {
    if (this.#final) return handled(Promise.reject(this.#final));
    return this.#waiters.next(
      (event) => event.type === type && (!filter || filter(event as RealtimeServerEventOf<Type>)),
    ) as Promise<RealtimeServerEventOf<Type>>;
  }

  /**
   * Every server event, in order, from now until the connection is over (unknown types included): iterate it once.
   * Leaving the loop early closes the connection, as leaving any stream of this SDK frees it.
   */
  [Symbol.asyncIterator](): AsyncIterator<RealtimeServerEvent> {
    if (this.#iterated) throw new StreamError('This connection was already iterated: iterate it once.');
    this.#iterated = true;
    const iterator = new PushedIterator<RealtimeServerEvent>(() => void this.close());
    if (this.#final) iterator.end(this.#endsNormally() ? undefined : this.#final);
    else this.#iterator = iterator;
    return iterator;
  }

  /**
   * Sends a client event as is. Throws `RealtimeClosedError` once the connection is over, and
   * `RealtimeSendBufferFullError` when the bytes waiting to go out would pass `maxBufferedBytes`.
   */
  send(event: RealtimeClientEvent): void {
    this.#push(event);
  }

  /**
   * Updates the session (`type: 'realtime'` unless given); resolves with the session `session.updated` describes.
   * The update joins those sent again after a reconnection.
   */
  updateSession(session: RealtimeSessionInput): Promise<RealtimeSession> {
    const eventId = this.#nextId('event');
    return this.#request(
      { type: 'session.update', event_id: eventId, session: { type: 'realtime', ...session } as never },
      (event) => event.type === 'session.updated',
      (updated) => (updated as RealtimeServerEventSessionUpdated).session,
    );
  }

  /**
   * Adds an item to the conversation (given an id unless it has one); resolves with the item as the server added it.
   */
  addItem(
    item: RealtimeConversationItem,
    options: { previousItemId?: string } = {},
  ): Promise<RealtimeConversationItem> {
    const withId = { ...item, id: (item as { id?: string }).id ?? this.#nextId('item') } as RealtimeConversationItem;
    return this.#request(
      {
        type: 'conversation.item.create',
        event_id: this.#nextId('event'),
        item: withId,
        ...(options.previousItemId === undefined ? {} : { previous_item_id: options.previousItemId }),
      },
      (event) =>
        (event.type === 'conversation.item.added' || event.type === 'conversation.item.created') &&
        (event.item as { id?: string }).id === (withId as { id?: string }).id,
      (added) => (added as { item: RealtimeConversationItem }).item,
    );
  }

  /** Adds a text message, the user's by default; resolves with the item as the server added it. */
  addMessage(
    text: string,
    options: { role?: 'user' | 'system' | 'assistant' } = {},
  ): Promise<RealtimeConversationItem> {
    const role = options.role ?? 'user';
    const type = role === 'assistant' ? 'output_text' : 'input_text';
    return this.addItem({ type: 'message', role, content: [{ type, text }] } as RealtimeConversationItem);
  }

  /**
   * Asks for a response and returns its turn at once: iterate it for the response's events, await `result()` for
   * its text, audio, transcript and function calls. With tools on the connection, the turn goes on through their
   * answers until a response calls none (or `maxSteps`).
   */
  createResponse(response: RealtimeResponseCreateParams = {}, options: RealtimeResponseOptions = {}): RealtimeTurn {
    const feed = new TurnFeed(this.#turnHost, this.#nextId('turn'), options.timeout ?? this.#settings.timeout);
    const turn = new RealtimeTurn(feed);
    feed.turn = turn;
    if (options.signal) {
      const { signal } = options;
      const stop = onAbort(signal, () => turn.abort(signal.reason));
      feed.controller.signal.addEventListener('abort', stop, { once: true });
    }
    try {
      this.#requestResponse(feed, response);
    } catch (error) {
      feed.fail(error as Error);
    }
    return turn;
  }

  /** Asks the server to cancel a response: the one given, or the one in progress. */
  cancelResponse(responseId?: string): void {
    this.#push({ type: 'response.cancel', ...(responseId === undefined ? {} : { response_id: responseId }) });
  }

  /**
   * Appends PCM16 audio to the input buffer, as base64 appends of `chunkBytes` (256 KiB by default, well under the
   * server's limit per event). Resolves once the last append is handed to the socket. Audio of any length is taken
   * unless the send buffer is full already (then it rejects with `RealtimeSendBufferFullError`), and goes out chunk by
   * chunk as the socket drains, encoded as it goes: it takes no more memory than the audio itself. Until it has, it
   * counts as waiting to go out, so other sends may find the buffer full.
   */
  appendAudio(audio: Pcm16Audio, options: { chunkBytes?: number } = {}): Promise<void> {
    const chunkBytes = options.chunkBytes ?? DEFAULT_AUDIO_CHUNK;
    if (!Number.isInteger(chunkBytes) || chunkBytes < 2 || chunkBytes % 2 !== 0) {
      throw new InvalidInputError('options.chunkBytes', 'expected an even number of bytes (whole PCM16 samples)');
    }
    const bytes = pcm16Bytes(audio);
    if (this.#final) return handled(Promise.reject(this.#final));
    if (bytes.byteLength === 0) return Promise.resolve();
    try {
      return handled(this.#outbox.pushAudio(bytes, chunkBytes));
    } catch (error) {
      return handled(Promise.reject(error));
    }
  }

  /** Commits the input buffer as a user item; resolves with its id once the server confirms. */
  commitAudio(): Promise<{ itemId: string }> {
    return this.#request(
      { type: 'input_audio_buffer.commit', event_id: this.#nextId('event') },
      (event) => event.type === 'input_audio_buffer.committed',
      (committed) => ({ itemId: (committed as { item_id: string }).item_id }),
    );
  }

  /** Drops the audio appended and not yet committed. */
  clearAudio(): void {
    this.#push({ type: 'input_audio_buffer.clear' });
  }

  /**
   * The transcript of a user audio item (the session's input transcription must be on); rejects with
   * `RealtimeServerError` when its transcription failed.
   */
  inputTranscript(itemId: string): Promise<string> {
    const kept = this.#transcripts?.get(itemId);
    if (kept !== undefined) return Promise.resolve(kept);
    if (this.#final) return handled(Promise.reject(this.#final));
    const transcribed = this.#waiters.next(
      (event) =>
        (event.type === 'conversation.item.input_audio_transcription.completed' ||
          event.type === 'conversation.item.input_audio_transcription.failed') &&
        event.item_id === itemId,
    );
    return handled(
      transcribed.then((event) => {
        if (event.type !== 'conversation.item.input_audio_transcription.failed') {
          return (event as { transcript: string }).transcript;
        }
        const { error } = event;
        throw new RealtimeServerError({
          type: 'error',
          event_id: event.event_id,
          error: {
            type: error.type ?? 'transcription_error',
            code: error.code,
            message: error.message ?? 'The transcription failed.',
            param: error.param,
          },
        });
      }),
    );
  }

  /**
   * Closes the connection with `code` (1000, or 3000 to 4999) and stops reconnecting. What waits rejects with
   * `RealtimeClosedError` at once; the promise resolves once the socket is closed.
   */
  close(code = 1000, reason = ''): Promise<void> {
    if (code !== 1000 && !(Number.isInteger(code) && code >= 3000 && code <= 4999)) {
      throw new InvalidInputError('code', 'expected 1000, or 3000 to 4999');
    }
    this.#closeWith(code, reason, new RealtimeClosedError(code, reason, true));
    return this.#done.catch(noop);
  }

  // ——— sending ———

  #push(event: RealtimeClientEvent, sent?: () => void): void {
    if (this.#final) throw this.#final;
    if (event.type !== 'session.update') {
      this.#outbox.push(JSON.stringify(event), sent);
      return;
    }
    // Kept once sent: an update still queued goes out on the next socket anyway, after the ones kept.
    this.#outbox.push(JSON.stringify(event), () => {
      this.#sessionConfig = { ...this.#sessionConfig, ...(event.session as object) };
      sent?.();
    });
  }

  /**
   * Sends an event and waits for the server event that confirms it, read by `map`. The promise is marked handled: an
   * app that sends without waiting for the confirmation gets no unhandled rejection when the connection closes.
   */
  #request<T>(
    event: RealtimeClientEvent & { event_id: string },
    confirms: (event: RealtimeServerEvent) => boolean,
    map: (event: RealtimeServerEvent) => T,
  ): Promise<T> {
    if (this.#final) return handled(Promise.reject(this.#final));
    const wait = this.#waiters.confirm(event.event_id, confirms);
    try {
      this.#push(event, wait.sent);
    } catch (error) {
      this.#waiters.rejectEvent(event.event_id, error as Error);
    }
    return handled(wait.promise.then(map));
  }

  #requestResponse(feed: TurnFeed, params: RealtimeResponseCreateParams): void {
    const eventId = this.#nextId('event');
    const metadata = params.metadata ?? {};
    // Metadata holds 16 pairs at most: a full one goes untagged, and the turn is matched by order.
    const tagged = Object.keys(metadata).length < 16 ? { ...metadata, [TURN_TAG]: feed.tag } : metadata;
    feed.followUp(eventId);
    this.#turns.wait(feed);
    this.#push({ type: 'response.create', event_id: eventId, response: { ...params, metadata: tagged } }, () =>
      feed.markSent(),
    );
  }

  readonly #turnHost = {
    cancel: (responseId: string) => {
      if (!this.#final) this.#push({ type: 'response.cancel', response_id: responseId });
    },
    release: (feed: TurnFeed) => this.#turns.release(feed),
  };

  #nextId(kind: string): string {
    return `${kind}_${this.#idPrefix}${(this.#ids++).toString(36)}`;
  }

  // ——— receiving ———

  #receive(text: string): void {
    let event: RealtimeServerEvent;
    try {
      event = JSON.parse(text);
    } catch {
      this.#report(new StreamError(`A realtime frame was not JSON (${text.length} characters).`));
      return;
    }
    if (typeof event !== 'object' || event === null || typeof event.type !== 'string') {
      this.#report(new StreamError('A realtime frame was not an event: no string `type`.'));
      return;
    }
    const type = event.type;
    if (type === 'error') this.#serverError(event);
    else {
      const owned = this.#turns.busy && this.#route(event);
      if (type === 'session.created' || type === 'session.updated') this.#session = event.session;
      else if (type === 'conversation.item.input_audio_transcription.completed') this.#keepTranscript(event);
      else if (type === 'response.done' && !owned) this.#answerCalls(event.response, undefined);
      this.#listeners.emit(type, event, this.#listenerThrew);
    }
    if (this.#waiters.size > 0) this.#waiters.settle(event);
    this.#iterator?.push(event);
  }

  /** Hands an event to the turn of its response; false when it belongs to none. */
  #route(event: RealtimeServerEvent): boolean {
    if (event.type === 'response.created') {
      const feed = this.#turns.created(event.response);
      feed?.push(event);
      return feed !== undefined;
    }
    const responseId =
      event.type === 'response.done' ? event.response.id : (event as { response_id?: string }).response_id;
    const feed = responseId === undefined ? undefined : this.#turns.feedOf(responseId);
    if (!feed) return false;
    feed.push(event);
    if (event.type === 'response.done') {
      this.#turns.responseDone(responseId as string);
      const output = feed.responseDone(event.response);
      if (!this.#answerCalls(event.response, feed, output)) feed.finish();
    }
    return true;
  }

  /**
   * Answers a done response's function calls with the connection's tools, then asks for the next response; false
   * when there is nothing to answer (no tools, no calls, the response did not complete, the turn's steps are used up).
   */
  #answerCalls(response: RealtimeResponse, feed: TurnFeed | undefined, output?: RealtimeResponseOutput): boolean {
    const tools = this.#settings.tools;
    const calls = output?.functionCalls ?? functionCallsOf(response);
    if (tools.length === 0 || calls.length === 0 || response.status !== 'completed') return false;
    const turn = feed ?? new TurnFeed(this.#turnHost, this.#nextId('turn'), this.#settings.timeout);
    if (!feed)
      turn.outputs.push({
        response,
        status: 'completed',
        text: '',
        transcript: '',
        audio: new Uint8Array(),
        functionCalls: calls,
      });
    if (turn.outputs.length >= this.#settings.maxSteps) return false;
    turn.pause();
    void this.#runTools(tools, calls, turn);
    return true;
  }

  async #runTools(tools: readonly FunctionTool[], calls: RealtimeFunctionCall[], feed: TurnFeed): Promise<void> {
    try {
      const results = await runToolCalls(
        tools,
        calls.map((call) => ({ id: call.callId, name: call.name, arguments: call.arguments })),
        feed.controller.signal,
      );
      if (feed.over || this.#final) return;
      for (const [index, result] of results.entries()) {
        const call = calls[index] as RealtimeFunctionCall;
        call.output = result.output;
        if (result.error) call.error = result.error;
        const eventId = this.#nextId('event');
        feed.eventIds.add(eventId);
        this.#push({
          type: 'conversation.item.create',
          event_id: eventId,
          item: { type: 'function_call_output', call_id: call.callId, output: result.output },
        });
      }
      this.#requestResponse(feed, {});
    } catch (error) {
      feed.fail(error instanceof OpenAIError ? error : new OpenAIError(String(error), { cause: error }));
    }
  }

  #serverError(event: RealtimeServerEventError): void {
    const error = new RealtimeServerError(event);
    const eventId = error.eventId;
    if (eventId !== null) {
      if (!this.#waiters.rejectEvent(eventId, error)) this.#turns.byEventId(eventId)?.fail(error);
    } else {
      this.#turns.inFlight()?.fail(error);
    }
    this.#report(error);
  }

  #keepTranscript(event: { item_id: string; transcript: string }): void {
    this.#transcripts ??= new Map();
    this.#transcripts.set(event.item_id, event.transcript);
    if (this.#transcripts.size > KEPT_TRANSCRIPTS) {
      this.#transcripts.delete(this.#transcripts.keys().next().value as string);
    }
  }

  /** An error for the `error` listeners; with none, it reaches the promises it concerns and the iterator only. */
  #report(error: OpenAIError): void {
    this.#listeners.emit('error', error, (thrown) =>
      queueMicrotask(() => {
        throw thrown;
      }),
    );
  }

  /** A listener threw: the `error` listeners hear of it, or, with none, it is thrown on its own as a listener's would. */
  readonly #listenerThrew = (thrown: unknown): void => {
    if (this.#listeners.has('error')) {
      this.#report(
        thrown instanceof OpenAIError
          ? thrown
          : new OpenAIError(`A realtime listener threw: ${String((thrown as Error)?.message ?? thrown)}`, {
              cause: thrown,
            }),
      );
    } else {
      queueMicrotask(() => {
        throw thrown;
      });
    }
  };

  // ——— lifecycle ———

  async #connect(): Promise<void> {
    const generation = ++this.#generation;
    this.#failure = undefined;
    const current = () => generation === this.#generation;
    const handlers = {
      open: () => current() && this.#onOpen(),
      message: (text: string) => current() && !this.#final && this.#receive(text),
      close: (code: number, reason: string) => current() && this.#onClose(code, reason),
      error: (error: OpenAIError) => current() && this.#fail(error),
    };
    const timeout = this.#settings.timeout;
    this.#openTimer = setTimeout(() => {
      if (!current()) return;
      this.#fail(new APITimeoutError('attempt', timeout));
      if (this.#transport) this.#transport.close(1000, '');
      else this.#onClose(1006, '');
    }, timeout);
    let transport: RealtimeTransport;
    try {
      transport = await this.#open(handlers);
    } catch (error) {
      if (!current()) return;
      this.#fail(error instanceof OpenAIError ? error : new OpenAIError(String(error), { cause: error }));
      this.#onClose(1006, '');
      return;
    }
    if (!current() || this.#final) {
      transport.close(1000, '');
      return;
    }
    this.#transport = transport;
  }

  /** What went wrong with the socket being opened, told before its close. */
  #fail(error: OpenAIError): void {
    this.#failure = error;
    this.#report(error);
  }

  #onOpen(): void {
    clearTimeout(this.#openTimer);
    const transport = this.#transport;
    if (!transport || this.#final) return;
    this.#state = 'open';
    this.#everOpened = true;
    this.#failures = 0;
    if (this.#sessionConfig) transport.send(JSON.stringify({ type: 'session.update', session: this.#sessionConfig }));
    this.#outbox.attach(transport);
    this.#listeners.emit('open', { reconnects: this.#reconnects }, this.#listenerThrew);
    this.#resolveOpened();
  }

  #onClose(code: number, reason: string): void {
    clearTimeout(this.#openTimer);
    this.#generation++;
    this.#transport = undefined;
    this.#outbox.detach();
    if (this.#final) {
      // Closed by the app: the socket is now closed too.
      this.#ended({ code, reason, byClient: true, willReconnect: false });
      return;
    }
    const opened = this.#state === 'open';
    const failure = this.#failure;
    const error = failure ?? new RealtimeClosedError(code, reason, false, { opened });
    const policy = this.#settings.reconnect;
    if (
      policy &&
      this.#everOpened &&
      this.#failures < policy.maxAttempts &&
      isReconnectableClose(code) &&
      worthRetrying(failure)
    ) {
      const dropped = new RealtimeClosedError(code, reason, false, { opened, cause: failure });
      this.#state = 'reconnecting';
      const lostFeeds = this.#turns.all().filter((feed) => feed.responseId !== undefined || feed.sent);
      for (const feed of lostFeeds) feed.fail(dropped);
      this.#waiters.rejectSent(dropped);
      const delayMs = backoffDelay(this.#failures++, policy.initialDelayMs, policy.maxDelayMs);
      this.#listeners.emit('close', { code, reason, byClient: false, willReconnect: true }, this.#listenerThrew);
      this.#listeners.emit(
        'reconnect',
        {
          attempt: this.#failures,
          delayMs,
          code,
          reason,
          lostTurns: lostFeeds.flatMap((feed) => (feed.turn ? [feed.turn] : [])),
        },
        this.#listenerThrew,
      );
      this.#backoff = new AbortController();
      sleep(delayMs, this.#backoff.signal).then(() => {
        this.#reconnects++;
        return this.#connect();
      }, noop);
      return;
    }
    this.#settle(error);
    this.#ended({ code, reason, byClient: false, willReconnect: false });
  }

  /** Ends the connection by the app's hand: `close()`, or its signal. */
  #closeWith(code: number, reason: string, error: OpenAIError): void {
    if (this.#final) return;
    this.#settle(error);
    const transport = this.#transport;
    if (transport) transport.close(code, reason);
    else this.#ended({ code, reason, byClient: true, willReconnect: false });
  }

  /** Settles everything that waits with `error`: the connection is over, though its socket may still be closing. */
  #settle(error: OpenAIError): void {
    this.#final = error;
    this.#state = 'closed';
    clearTimeout(this.#openTimer);
    this.#backoff?.abort();
    this.#stopFollowing();
    this.#outbox.clear(error);
    for (const feed of this.#turns.all()) feed.fail(error);
    this.#waiters.rejectAll(error);
    this.#iterator?.end(this.#endsNormally() ? undefined : error);
    this.#iterator = undefined;
    this.#rejectOpened(error);
  }

  /** The socket is closed for good: `done()` settles, `close` listeners hear it last, and every listener is let go. */
  #ended(event: RealtimeCloseEvent): void {
    if (this.#endsNormally()) this.#resolveDone();
    else this.#rejectDone(this.#final as OpenAIError);
    this.#listeners.emit('close', event, this.#listenerThrew);
    this.#listeners.clear();
  }

  /** Whether the connection ended as it should: closed by the app, or normally by the server. */
  #endsNormally(): boolean {
    const final = this.#final;
    return final instanceof RealtimeClosedError && (final.byClient || final.code === 1000);
  }
}

/** `promise`, marked handled: a rejection the app never asked about does not surface as unhandled. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(noop);
  return promise;
}

function functionCallsOf(response: RealtimeResponse): RealtimeFunctionCall[] {
  const calls: RealtimeFunctionCall[] = [];
  for (const item of response.output ?? []) {
    if (item.type === 'function_call') {
      calls.push({ callId: item.call_id ?? '', name: item.name, arguments: item.arguments, itemId: item.id ?? '' });
    }
  }
  return calls;
}

/** A refused handshake is worth another try only when the status says the server may let the next one in. */
function worthRetrying(failure: OpenAIError | undefined): boolean {
  if (failure instanceof InvalidInputError) return false;
  if (failure instanceof APIError) return failure.status === 408 || failure.status === 429 || failure.status >= 500;
  return true;
}
