import { APIUserAbortError, OpenAIError } from '@org/core';

// biome-ignore lint/suspicious/noExplicitAny: listener maps are checked per event by `OfficialEventMap`
type Listener = (...args: any[]) => void;

/** The events every official stream and runner emits around its own ones. */
export interface OfficialLifecycleEvents {
  connect: () => void;
  error: (error: OpenAIError) => void;
  abort: (error: APIUserAbortError) => void;
  end: () => void;
}

/** An event name to its listener, as the official package types its emitters. */
export type OfficialEventMap<Events> = OfficialLifecycleEvents & { [Event in keyof Events]: Listener };

/** What `emitted(event)` resolves to: nothing, the one argument, or the arguments as a tuple. */
export type EmittedEvent<Args extends unknown[]> = Args extends []
  ? undefined
  : Args extends [infer Only]
    ? Only
    : Args;

/** The official emitter methods, as the streams and runners of the umbrella carry them. */
export interface OfficialEventMethods<Events extends OfficialEventMap<Events>> {
  /** Calls `listener` each time `event` fires. */
  on<Event extends keyof Events>(event: Event, listener: Events[Event]): this;
  /** Removes one registration of `listener` for `event`. */
  off<Event extends keyof Events>(event: Event, listener: Events[Event]): this;
  /** Calls `listener` the next time `event` fires only. */
  once<Event extends keyof Events>(event: Event, listener: Events[Event]): this;
  /** The next `event`'s payload; rejects when the stream fails, is aborted, or ends without it. */
  emitted<Event extends keyof Events>(event: Event): Promise<EmittedEvent<Parameters<Events[Event]>>>;
}

interface Registration {
  listener: Listener;
  once: boolean;
}

/**
 * The listeners of one stream or runner. The first registration calls `start`, which makes the stream run to its end
 * whether or not anything iterates it, as the official package's streams do.
 */
export class OfficialEvents<Events extends OfficialEventMap<Events>> {
  readonly #registrations = new Map<keyof Events, Registration[]>();
  readonly #start: () => void;
  #started = false;
  #ended = false;
  #failure: Error | undefined;
  #resolveEnded: () => void = () => {};
  readonly #endedPromise = new Promise<void>((resolve) => {
    this.#resolveEnded = resolve;
  });

  constructor(start: () => void) {
    this.#start = start;
  }

  /** `end` was emitted: nothing will be any more. */
  get isEnded(): boolean {
    return this.#ended;
  }

  /** The error or abort the stream ended with. */
  get failure(): Error | undefined {
    return this.#failure;
  }

  /** Resolves once `end` was emitted, or at once when nothing ever listened: what `done()` waits for last. */
  ended(): Promise<void> {
    return this.#started ? this.#endedPromise : Promise.resolve();
  }

  on(event: keyof Events, listener: Listener, once = false): void {
    const registrations = this.#registrations.get(event) ?? [];
    registrations.push({ listener, once });
    this.#registrations.set(event, registrations);
    if (this.#started) return;
    this.#started = true;
    this.#start();
  }

  off(event: keyof Events, listener: Listener): void {
    const registrations = this.#registrations.get(event);
    const index = registrations?.findIndex((registration) => registration.listener === listener) ?? -1;
    if (index >= 0) registrations?.splice(index, 1);
  }

  emitted(event: keyof Events): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const settle = (outcome: () => void) => () => {
        this.off(event, onEvent);
        this.off('error', onError);
        this.off('abort', onError);
        this.off('end', onEnd);
        outcome();
      };
      const onEvent = (...args: unknown[]) => settle(() => resolve(args.length > 1 ? args : args[0]))();
      const onError = (error: Error) => settle(() => reject(error))();
      const onEnd = settle(() => reject(new OpenAIError(`The stream ended without emitting '${String(event)}'.`)));
      this.on(event, onEvent, true);
      if (event !== 'error' && event !== 'abort') {
        this.on('error', onError, true);
        this.on('abort', onError, true);
      }
      if (event !== 'end') this.on('end', onEnd, true);
    });
  }

  emit<Event extends keyof Events>(event: Event, ...args: Parameters<Events[Event]>): void {
    this.#dispatch(event, args);
  }

  /**
   * Emits `abort` (for `APIUserAbortError`) or `error`, then `end`: the stream's failure, or a listener's throw while
   * the final events are emitted. Nothing once `end` was emitted.
   */
  fail(error: unknown): void {
    if (this.#ended) return;
    this.#failure =
      error instanceof OpenAIError
        ? error
        : error instanceof Error
          ? new OpenAIError(error.message, { cause: error })
          : new OpenAIError(String(error));
    this.#dispatch(error instanceof APIUserAbortError ? 'abort' : 'error', [this.#failure]);
    this.end();
  }

  /** Emits `end`; nothing is emitted after it. */
  end(): void {
    this.#dispatch('end', []);
    this.#ended = true;
    this.#resolveEnded();
  }

  #dispatch(event: keyof Events, args: unknown[]): void {
    if (this.#ended) return;
    const registrations = this.#registrations.get(event);
    if (!registrations?.length) return;
    for (const registration of [...registrations]) {
      if (registration.once) this.off(event, registration.listener);
      registration.listener(...args);
    }
  }
}

/** `target` with the official emitter methods over `events`, each returning `target` for chaining. */
export function withOfficialEvents<Target extends object, Events extends OfficialEventMap<Events>>(
  target: Target,
  events: OfficialEvents<Events>,
): Target & OfficialEventMethods<Events> {
  const methods: OfficialEventMethods<Events> = {
    on(event, listener) {
      events.on(event, listener);
      return this;
    },
    off(event, listener) {
      events.off(event, listener);
      return this;
    },
    once(event, listener) {
      events.on(event, listener, true);
      return this;
    },
    emitted(event) {
      return events.emitted(event) as never;
    },
  };
  return Object.assign(target, methods);
}
